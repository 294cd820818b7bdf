/**
 * Configuration: find, validate and resolve `factlint.config.json`, `.factlintrc.json`,
 * `.factlintrc.yaml` or the `"factlint"` key of package.json (read by `config-file.ts`).
 *
 * Discovery walks up from each linted file and the nearest configuration wins (no cascading
 * merge across folders, so what applies to a file is always one file plus its `extends`).
 * Every error names the file, the JSON path (as a JSON Pointer, e.g.
 * `/rules/url-date/1/toleranceDays`) and what was expected, because an editor fixing a
 * config needs to know where to look, not how ajv works.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { describeSpecial, readRegularFile } from '../base/read-regular.js';
import type { Rule, Severity } from '../rule-api/types.js';
import { DEFAULT_TIME_BUDGET_SECONDS } from '../base/budget.js';
import { ConfigError, MAX_CONFIG_BYTES, readConfigFile, validateShape } from './config-file.js';
import type { ConfigObject } from './config-file.js';
import { applyRuleSettings, presetRules } from './rule-settings.js';
import type { ResolvedRuleSetting } from './rule-settings.js';

export { ConfigError, readConfigFile } from './config-file.js';
export type { ConfigObject, RuleSetting, SeverityValue } from './config-file.js';
export { pointerKey } from './rule-settings.js';
export type { ResolvedRuleSetting } from './rule-settings.js';

/** The effective configuration for one file. */
export interface ResolvedConfig {
  /** The file it came from; undefined when no file was found (defaults apply). */
  filePath?: string;
  rules: Map<string, ResolvedRuleSetting>;
  /** Absolute paths of extra knowledge-base files. */
  kb: string[];
  maxFileSize: number;
  ignorePatterns: string[];
  /** Folder that `ignorePatterns` are relative to. */
  baseDir: string;
  /** Seconds per document (undefined: the default, 10). */
  timeBudget?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
export const CONFIG_FILE_NAMES = ['factlint.config.json', '.factlintrc.json', '.factlintrc.yaml', '.factlintrc.yml'] as const;
/** Longest chain of `extends` files (a deeper one is surely a mistake, and recursion has limits). */
export const MAX_EXTENDS_DEPTH = 32;
export const PRESETS = ['factlint:recommended', 'factlint:all'] as const;

export interface ResolveOptions {
  rules: readonly Rule[];
  /**
   * Resolved config files, by path: each file of an `extends` graph is read and resolved once
   * (a diamond of depth 20 would otherwise be resolved a million times).
   */
  resolved?: Map<string, ResolvedConfig>;
}

/** Resolve a config object (read from `file`) with its `extends` chain into the effective config. */
export function resolveConfig(config: ConfigObject, file: string | undefined, options: ResolveOptions, chain: string[] = file ? [file] : []): ResolvedConfig {
  const label = file ?? '<config>';
  const baseDir = file ? dirname(file) : process.cwd();
  const resolved: ResolvedConfig = {
    filePath: file,
    rules: new Map(),
    kb: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    ignorePatterns: [],
    baseDir,
  };
  const extendsList = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  extendsList.forEach((entry, i) => mergeExtended(resolved, entry, { label, baseDir, index: i, options, chain }));
  if (config.rules) applyRuleSettings(label, config.rules, resolved.rules, options.rules);
  if (config.kb) for (const path of config.kb) resolved.kb.push(resolve(baseDir, path));
  if (config.maxFileSize !== undefined) resolved.maxFileSize = config.maxFileSize;
  // Appended one by one: a spread of 300,000 patterns would overflow the call stack.
  if (config.ignorePatterns) for (const pattern of config.ignorePatterns) resolved.ignorePatterns.push(pattern);
  if (config.timeBudget !== undefined) resolved.timeBudget = config.timeBudget;
  return resolved;
}

interface ExtendContext {
  label: string;
  baseDir: string;
  index: number;
  options: ResolveOptions;
  /** The files being resolved, outermost first (to name a cycle). */
  chain: string[];
}

function mergeExtended(target: ResolvedConfig, entry: string, ctx: ExtendContext): void {
  if (entry.startsWith('factlint:')) {
    if (!(PRESETS as readonly string[]).includes(entry)) {
      throw new ConfigError(ctx.label, `/extends/${ctx.index}`, `unknown preset "${entry}"; expected one of ${PRESETS.join(', ')} or a path to a config file`);
    }
    for (const [id, setting] of presetRules(entry, ctx.options.rules)) target.rules.set(id, setting);
    return;
  }
  const file = isAbsolute(entry) ? entry : resolve(ctx.baseDir, entry);
  if (ctx.chain.includes(file)) {
    const cycle = [...ctx.chain.slice(ctx.chain.indexOf(file)), file].join(' → ');
    throw new ConfigError(ctx.label, `/extends/${ctx.index}`, `circular extends: ${cycle}`);
  }
  if (ctx.chain.length >= MAX_EXTENDS_DEPTH) {
    throw new ConfigError(ctx.label, `/extends/${ctx.index}`, `extends chain deeper than ${MAX_EXTENDS_DEPTH} files (from ${ctx.chain[0]})`);
  }
  if (!existsSync(file)) throw new ConfigError(ctx.label, `/extends/${ctx.index}`, `config file not found: ${entry}`);
  const memo = (ctx.options.resolved ??= new Map());
  let parent = memo.get(file);
  if (!parent) {
    parent = resolveConfig(readConfigFile(file), file, ctx.options, [...ctx.chain, file]);
    memo.set(file, parent);
  }
  for (const [id, setting] of parent.rules) target.rules.set(id, setting);
  for (const path of parent.kb) target.kb.push(path);
  target.maxFileSize = parent.maxFileSize;
  for (const pattern of parent.ignorePatterns) target.ignorePatterns.push(pattern);
  if (parent.timeBudget !== undefined) target.timeBudget = parent.timeBudget;
}

/** The configuration used when no file is found anywhere: the recommended rules. */
export function defaultConfig(rules: readonly Rule[], cwd: string = process.cwd()): ResolvedConfig {
  return { ...resolveConfig({ extends: ['factlint:recommended'] }, undefined, { rules }), baseDir: cwd };
}

/** The config file that applies in `dir`, if any, looking in `dir` then each parent. */
function findConfigFileIn(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  const pkg = join(dir, 'package.json');
  if (existsSync(pkg)) {
    // A package.json that is not a regular file, or is broken, is not ours to complain about.
    const read = readRegularFile(pkg, MAX_CONFIG_BYTES);
    try {
      const data = read.ok ? (JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>) : undefined;
      if (data && typeof data === 'object' && 'factlint' in data) return pkg;
    } catch {
      // A broken package.json that is not ours to read is not a factlint config error.
    }
  }
  return undefined;
}

/**
 * Finds and resolves configurations, caching per folder so that a thousand files in one
 * folder cost one lookup. With `configFile` set (`--config`), discovery is off.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly files = new Set<string>();
  private readonly fixed?: ResolvedConfig;

  constructor(
    private readonly rules: readonly Rule[],
    private readonly cwd: string = process.cwd(),
    configFile?: string,
    inline?: ConfigObject,
  ) {
    if (inline) this.fixed = resolveConfig(validateShape('<config>', inline), undefined, { rules });
    else if (configFile) this.fixed = this.fromFile(resolve(cwd, configFile));
  }

  /** The effective config for a file (path relative to cwd or absolute). */
  forFile(filePath: string): ResolvedConfig {
    if (this.fixed) return this.fixed;
    return this.forDir(dirname(resolve(this.cwd, filePath)));
  }

  private forDir(dir: string): ResolvedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = findConfigFileIn(dir);
    const parent = dirname(dir);
    const config = file ? this.fromFile(file) : parent === dir ? defaultConfig(this.rules, this.cwd) : this.forDir(parent);
    this.byDir.set(dir, config);
    return config;
  }

  private fromFile(file: string): ResolvedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    this.files.add(file);
    let stats;
    try {
      stats = statSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(file, '', code === 'ENOENT' || code === 'ENOTDIR' ? 'configuration file not found' : code === 'ELOOP' ? 'is a symbolic link loop' : `cannot read the configuration file (${code ?? 'error'})`);
    }
    const special = describeSpecial(stats);
    if (special) throw new ConfigError(file, '', `is ${special}, not a configuration file`);
    const config = resolveConfig(readConfigFile(file), file, { rules: this.rules, resolved: this.byFile }, [file]);
    this.byFile.set(file, config);
    for (const other of this.byFile.keys()) this.files.add(other);
    return config;
  }

  /** Every configuration file read so far (discovered ones and their `extends`). */
  filesRead(): string[] {
    return [...this.files];
  }
}

/** The effective config as plain JSON, for `--print-config`. */
export function configToJson(config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, [Severity, Record<string, unknown>]> = {};
  for (const id of [...config.rules.keys()].sort()) {
    const setting = config.rules.get(id) as ResolvedRuleSetting;
    rules[id] = [setting.severity, setting.options];
  }
  return {
    configFile: config.filePath ?? null,
    rules,
    kb: config.kb,
    maxFileSize: config.maxFileSize,
    ignorePatterns: config.ignorePatterns,
    timeBudget: config.timeBudget ?? DEFAULT_TIME_BUDGET_SECONDS,
  };
}
