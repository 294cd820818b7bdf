/**
 * Which files a run lints: explicit files, folders (walked recursively, supported
 * extensions only) and globs, minus what `.factlintignore`, `--ignore-pattern` and the
 * configuration's `ignorePatterns` exclude. A pattern that yields nothing is an error for
 * that pattern, so a typo never passes as "no problems".
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { SUPPORTED_EXTENSIONS } from '../load/index.js';
import { describeFsError, readRegularFile } from '../base/read-regular.js';

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
    if (existsSync(file)) {
      // Only a regular file is read (a FIFO named .factlintignore must not hang the run).
      const read = readRegularFile(file, 64 * 1024 * 1024);
      if (read.ok) matcher.add(read.bytes.toString('utf8').replace(/^\uFEFF/, ''));
      else problems.push({ path: options.ignorePath ?? '.factlintignore', message: `ignore file not read: it ${read.reason}` });
    } else if (options.ignorePath) problems.push({ path: options.ignorePath, message: 'ignore file not found' });
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

const SUPPORTED = new Set(SUPPORTED_EXTENSIONS);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Supported files under a folder (recursively; hidden entries, node_modules and .git skipped;
 * symbolic links followed, each real folder visited once). A subfolder that cannot be read or a
 * link that loops is a problem of its own, never skipped silently.
 */
function walkFolder(absoluteDir: string, shownAs: string, problems: InputProblem[]): string[] {
  const files: string[] = [];
  const visited = new Set<string>();
  const stack = [absoluteDir];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let real: string;
    let entries;
    try {
      real = realpathSync(dir);
      if (visited.has(real)) continue;
      visited.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: displayUnder(shownAs, absoluteDir, dir), message: folderProblem(error) });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      let kind: 'dir' | 'file' | undefined = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          kind = target.isDirectory() ? 'dir' : 'file';
        } catch (error) {
          const { code } = describeFsError(error);
          // A dangling link to something that is not an article is no one's concern; a loop is.
          if (code === 'loop' || SUPPORTED.has(extname(entry.name).toLowerCase())) problems.push({ path: displayUnder(shownAs, absoluteDir, path), message: folderProblem(error) });
          continue;
        }
      }
      if (kind === 'dir') stack.push(path);
      // Special files (FIFOs, sockets) with a supported extension are listed: reading refuses them with a clear message.
      else if (SUPPORTED.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  }
  return files.sort();
}

function displayUnder(shownAs: string, root: string, path: string): string {
  const rel = relative(root, path);
  let base = shownAs;
  while (base.endsWith('/') && base.length > 1) base = base.slice(0, -1);
  return rel ? `${base}/${rel.split(sep).join('/')}` : shownAs;
}

function folderProblem(error: unknown): string {
  const { code, reason } = describeFsError(error);
  if (code === 'unreadable' && reason === 'permission denied') return 'cannot be read (permission denied), so the files in it were not linted';
  if (code === 'loop') return 'is a symbolic link loop';
  if (code === 'not-found') return 'is a symbolic link to nothing (no such file or folder)';
  return reason;
}

/** Why a path named on the command line cannot be used, in words. */
function pathProblem(absolute: string): string {
  try {
    statSync(absolute);
  } catch (error) {
    const { code, reason } = describeFsError(error);
    if (code === 'loop') return 'is a symbolic link loop';
    if (code === 'unreadable') return reason;
    try {
      if (lstatSync(absolute).isSymbolicLink()) return 'is a symbolic link to nothing (no such file or folder)';
    } catch {
      // not a link either
    }
  }
  return 'no such file or folder';
}

function expandGlob(pattern: string, cwd: string): string[] {
  return globSync(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true }).sort();
}

function noFilesMessage(): string {
  return `no files to lint (looked for ${SUPPORTED_EXTENSIONS.join(', ')})`;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
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
    const stats = statOrUndefined(absolute);
    if (stats?.isDirectory()) {
      const found = walkFolder(absolute, pattern, problems);
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
      problems.push({ path: pattern, message: pathProblem(absolute) });
    }
  }
  return { files, problems };
}

