/**
 * Which files a run lints: explicit files, folders (walked recursively, supported
 * extensions only) and globs, minus what `.factlintignore`, `--ignore-pattern` and the
 * configuration's `ignorePatterns` exclude. A pattern that yields nothing is an error for
 * that pattern, so a typo never passes as "no problems".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { SUPPORTED_EXTENSIONS } from '../load/index.js';

export interface InputFile {
  /** The path as shown to the user (relative to cwd when under it). */
  path: string;
  absolutePath: string;
  /** Named on the command line, as opposed to found by walking a folder or a glob. */
  explicit: boolean;
}

export interface InputProblem {
  /** The pattern, folder or file the problem is about. */
  path: string;
  message: string;
}

export interface ResolveInputOptions {
  cwd: string;
  /** `.factlintignore` in cwd is read unless another file is given (or `false`). */
  ignorePath?: string | false;
  ignorePatterns?: string[];
}

/** Folders no one wants linted, skipped when walking. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const SUPPORTED_GLOB = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

export function toDisplayPath(cwd: string, absolutePath: string): string {
  const rel = relative(cwd, absolutePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : absolutePath;
}

/** The ignore matcher for a run: `.factlintignore` (or `--ignore-path`) plus extra patterns. */
export function buildIgnore(options: ResolveInputOptions): { matcher: Ignore; problems: InputProblem[] } {
  const matcher = ignore();
  const problems: InputProblem[] = [];
  if (options.ignorePath !== false) {
    const file = resolve(options.cwd, options.ignorePath ?? '.factlintignore');
    if (existsSync(file)) matcher.add(readFileSync(file, 'utf8'));
    else if (options.ignorePath) problems.push({ path: options.ignorePath, message: 'ignore file not found' });
  }
  if (options.ignorePatterns?.length) matcher.add(options.ignorePatterns);
  return { matcher, problems };
}

/** Is `absolutePath` ignored by `matcher`, whose patterns are relative to `baseDir`? */
export function isIgnored(matcher: Ignore, baseDir: string, absolutePath: string): boolean {
  const rel = relative(baseDir, absolutePath);
  // Paths outside the base folder cannot match its patterns (and `ignore` rejects them).
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  return matcher.ignores(rel.split(sep).join('/'));
}

function walkFolder(absoluteDir: string): string[] {
  return globSync(SUPPORTED_GLOB, { cwd: absoluteDir, absolute: true, ignore: ALWAYS_SKIPPED, dot: false, caseSensitiveMatch: false }).sort();
}

function expandGlob(pattern: string, cwd: string): string[] {
  return globSync(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true }).sort();
}

function noFilesMessage(): string {
  return `no files to lint (looked for ${SUPPORTED_EXTENSIONS.join(', ')})`;
}

/**
 * Expand patterns into files. Missing paths and empty folders or globs become problems; the
 * caller reports each as a fatal message and lints the rest.
 */
export function resolveInputs(patterns: string[], options: ResolveInputOptions): { files: InputFile[]; problems: InputProblem[] } {
  const { matcher, problems } = buildIgnore(options);
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (absolutePath: string, explicit: boolean): 'added' | 'seen' | 'ignored' => {
    if (seen.has(absolutePath)) return 'seen';
    if (isIgnored(matcher, options.cwd, absolutePath)) return 'ignored';
    seen.add(absolutePath);
    files.push({ path: toDisplayPath(options.cwd, absolutePath), absolutePath, explicit });
    return 'added';
  };
  // A folder or glob whose every file is ignored would otherwise pass silently as "clean".
  const addAll = (pattern: string, found: string[]): void => {
    const outcomes = found.map((f) => add(f, false));
    if (outcomes.length > 0 && outcomes.every((o) => o === 'ignored')) {
      problems.push({ path: pattern, message: 'every file here is ignored (by .factlintignore or an ignore pattern)' });
    }
  };
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern);
    const stats = existsSync(absolute) ? statSync(absolute) : undefined;
    if (stats?.isDirectory()) {
      const found = walkFolder(absolute);
      if (found.length === 0) problems.push({ path: pattern, message: noFilesMessage() });
      addAll(pattern, found);
    } else if (stats) {
      // A file named explicitly is linted whatever its extension (read as plain text), unless
      // ignored: `factlint *.md` in a shell must agree with `factlint .`.
      add(absolute, true);
    } else if (isDynamicPattern(pattern)) {
      const found = expandGlob(pattern, options.cwd);
      if (found.length === 0) problems.push({ path: pattern, message: 'no files match this pattern' });
      addAll(pattern, found);
    } else {
      problems.push({ path: pattern, message: 'no such file or folder' });
    }
  }
  return { files, problems };
}

