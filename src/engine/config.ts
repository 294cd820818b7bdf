/**
 * Configuration: find, validate and resolve `factlint.config.json`, `.factlintrc.json` or the
 * `"factlint"` key of package.json.
 *
 * Discovery walks up from each linted file and the nearest configuration wins (no cascading
 * merge across folders, so what applies to a file is always one file plus its `extends`).
 * Every error names the file, the JSON path (as a JSON Pointer, e.g.
 * `/rules/url-date/1/toleranceDays`) and what was expected, because an editor fixing a
 * config needs to know where to look, not how ajv works.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Rule, Severity } from '../rule-api/types.js';
import { DEFAULT_TIME_BUDGET_SECONDS } from '../base/budget.js';

export type SeverityValue = Severity | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue, Record<string, unknown>?];

/** A configuration file as written. */
export interface ConfigObject {
  /** Presets (`factlint:recommended`, `factlint:all`) or paths of other config files. */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  /** Extra knowledge-base files or folders, relative to the config file. */
  kb?: string[];
  /** Files larger than this many bytes are not linted (default 5 MB). */
  maxFileSize?: number;
  /** gitignore-style patterns, relative to the config file's folder. */
  ignorePatterns?: string[];
  /** Seconds each document may take before it is reported as not fully checked (default 10; 0: no limit). */
  timeBudget?: number;
}

export interface ResolvedRuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

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
export const CONFIG_FILE_NAMES = ['factlint.config.json', '.factlintrc.json'] as const;
export const PRESETS = ['factlint:recommended', 'factlint:all'] as const;

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** JSON Pointer into the file ('' for the whole file). */
    readonly jsonPath: string,
    readonly expected: string,
  ) {
    super(`${file}: ${jsonPath ? `${jsonPath}: ` : ''}${expected}`);
    this.name = 'ConfigError';
  }
}

// The file's shape; each rule's options are checked separately against the rule's schema.
const severitySchema = { enum: ['off', 'warn', 'error', 0, 1, 2] };
const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    rules: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          severitySchema,
          { type: 'array', minItems: 1, items: [severitySchema, { type: 'object' }], additionalItems: false },
        ],
      },
    },
    kb: { type: 'array', items: { type: 'string' } },
    maxFileSize: { type: 'integer', minimum: 1 },
    ignorePatterns: { type: 'array', items: { type: 'string' } },
    timeBudget: { type: 'number', minimum: 0 },
  },
} as const;

const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false });
const validateConfigShape = ajv.compile(configSchema);
const optionValidators = new WeakMap<Rule, ValidateFunction>();

/** JSON Pointer escaping (RFC 6901) for a key such as a rule id. */
export function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describeAjvError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'enum':
      return `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `expected ${(error.params as { type: string }).type}`;
    case 'additionalProperties':
      return `unexpected property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `missing property "${(error.params as { missingProperty: string }).missingProperty}"`;
    default:
      return `expected a value that ${error.message ?? 'matches the schema'}`;
  }
}

function normaliseSeverity(value: SeverityValue): Severity {
  if (value === 0) return 'off';
  if (value === 1) return 'warn';
  if (value === 2) return 'error';
  return value;
}

function isSeverity(value: unknown): value is SeverityValue {
  return (severitySchema.enum as readonly unknown[]).includes(value);
}

/** Read and parse a JSON config (or the `factlint` key of a package.json). */
export function readConfigFile(file: string): ConfigObject {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, '', `cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, '', `invalid JSON: ${(error as Error).message}`);
  }
  if (file.endsWith('package.json')) data = (data as Record<string, unknown> | null)?.factlint ?? {};
  return validateShape(file, data);
}

function validateShape(file: string, data: unknown): ConfigObject {
  if (validateConfigShape(data)) return data as ConfigObject;
  const error = pickMostSpecificError(validateConfigShape.errors ?? []);
  throw new ConfigError(file, error.instancePath, shapeErrorMessage(data, error));
}

// anyOf errors are vague ("must match a schema in anyOf"); say what a rule setting looks like.
function shapeErrorMessage(data: unknown, error: ErrorObject): string {
  if (error.instancePath.startsWith('/rules/')) {
    const value = valueAt(data, error.instancePath);
    if (!Array.isArray(value) || error.instancePath.split('/').length === 3) {
      return `expected a severity ("off", "warn", "error", 0, 1, 2) or [severity, {options}], got ${JSON.stringify(value)}`;
    }
  }
  return describeAjvError(error);
}

function pickMostSpecificError(errors: ErrorObject[]): ErrorObject {
  return errors.reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best), errors[0]);
}

function valueAt(data: unknown, pointer: string): unknown {
  let value: unknown = data;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  return value;
}

/** Rules of a preset, at their default severity. */
function presetRules(preset: string, rules: readonly Rule[]): Map<string, ResolvedRuleSetting> {
  const chosen = preset === 'factlint:all' ? rules : rules.filter((r) => r.meta.recommended);
  return new Map(chosen.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: { ...defaultOptionsOf(r) } }]));
}

function defaultOptionsOf(rule: Rule): Record<string, unknown> {
  return (rule.meta.defaultOptions ?? {}) as Record<string, unknown>;
}

function validateRuleOptions(file: string, pointer: string, rule: Rule, options: Record<string, unknown>): void {
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.meta.schema ?? {});
    optionValidators.set(rule, validate);
  }
  if (validate(options)) return;
  const error = pickMostSpecificError(validate.errors ?? []);
  throw new ConfigError(file, `${pointer}${error.instancePath}`, `${describeAjvError(error)} (options of rule "${rule.meta.id}")`);
}

/** Apply one config object's `rules` over `base`. Options merge over the rule's defaults. */
function applyRuleSettings(
  file: string,
  settings: Record<string, RuleSetting>,
  base: Map<string, ResolvedRuleSetting>,
  rules: readonly Rule[],
): void {
  for (const [id, setting] of Object.entries(settings)) {
    const pointer = `/rules/${pointerKey(id)}`;
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) throw new ConfigError(file, pointer, `unknown rule "${id}" (see factlint --list-rules)`);
    const [severityValue, userOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    if (!isSeverity(severityValue)) {
      throw new ConfigError(file, Array.isArray(setting) ? `${pointer}/0` : pointer, `expected "off", "warn", "error", 0, 1 or 2, got ${JSON.stringify(severityValue)}`);
    }
    if (userOptions !== undefined) validateRuleOptions(file, `${pointer}/1`, rule, userOptions);
    const previous = base.get(id)?.options ?? defaultOptionsOf(rule);
    base.set(id, { severity: normaliseSeverity(severityValue), options: { ...previous, ...(userOptions ?? {}) } });
  }
}

export interface ResolveOptions {
  rules: readonly Rule[];
}

/** Resolve a config object (read from `file`) with its `extends` chain into the effective config. */
export function resolveConfig(config: ConfigObject, file: string | undefined, options: ResolveOptions, seen: Set<string> = new Set()): ResolvedConfig {
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
  extendsList.forEach((entry, i) => mergeExtended(resolved, entry, { label, baseDir, index: i, options, seen }));
  if (config.rules) applyRuleSettings(label, config.rules, resolved.rules, options.rules);
  if (config.kb) resolved.kb.push(...config.kb.map((p) => resolve(baseDir, p)));
  if (config.maxFileSize !== undefined) resolved.maxFileSize = config.maxFileSize;
  if (config.ignorePatterns) resolved.ignorePatterns.push(...config.ignorePatterns);
  if (config.timeBudget !== undefined) resolved.timeBudget = config.timeBudget;
  return resolved;
}

interface ExtendContext {
  label: string;
  baseDir: string;
  index: number;
  options: ResolveOptions;
  seen: Set<string>;
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
  if (ctx.seen.has(file)) throw new ConfigError(ctx.label, `/extends/${ctx.index}`, `circular extends of ${file}`);
  if (!existsSync(file)) throw new ConfigError(ctx.label, `/extends/${ctx.index}`, `config file not found: ${entry}`);
  const parent = resolveConfig(readConfigFile(file), file, ctx.options, new Set([...ctx.seen, file]));
  for (const [id, setting] of parent.rules) target.rules.set(id, setting);
  target.kb.push(...parent.kb);
  target.maxFileSize = parent.maxFileSize;
  target.ignorePatterns.push(...parent.ignorePatterns);
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
    try {
      const data = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
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
    if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigError(file, '', 'configuration file not found');
    const config = resolveConfig(readConfigFile(file), file, { rules: this.rules }, new Set([file]));
    this.byFile.set(file, config);
    return config;
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
