/**
 * A configuration file as written: its shape, how it is read (JSONC, YAML, a package.json's
 * `"factlint"` key; a byte order mark skipped; only regular files) and the check of its shape.
 * Every error names the file, the JSON path and what was expected.
 */
import { extname } from 'node:path';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { readRegularFile } from '../base/read-regular.js';
import type { Severity } from '../rule-api/types.js';

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

/** Configuration files larger than this are refused (64 MB). */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

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

export const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false });
const validateConfigShape = ajv.compile(configSchema);

export function describeAjvError(error: ErrorObject): string {
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

export function isSeverity(value: unknown): value is SeverityValue {
  return (severitySchema.enum as readonly unknown[]).includes(value);
}

/**
 * Read and parse a config file: JSON with comments and trailing commas (JSONC, as tsconfig),
 * YAML for `.yaml`/`.yml`, or the `factlint` key of a package.json. A byte order mark is
 * skipped. Only regular files are read.
 */
export function readConfigFile(file: string): ConfigObject {
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if (!read.ok) {
    const why = read.code === 'directory' ? 'is a folder, not a configuration file' : read.code === 'not-found' ? 'configuration file not found' : read.code === 'too-large' ? 'is too large for a configuration file' : `cannot read the configuration file: it ${read.reason}`;
    throw new ConfigError(file, '', why);
  }
  let text = read.bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data = parseConfigText(file, text);
  if (file.endsWith('package.json')) data = (data as Record<string, unknown> | null)?.factlint ?? {};
  return validateShape(file, data);
}

function parseConfigText(file: string, text: string): unknown {
  const extension = extname(file).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') {
    try {
      return parseYaml(text) ?? {};
    } catch (error) {
      throw new ConfigError(file, '', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const { error, offset } = errors[0];
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw new ConfigError(file, '', `invalid JSON at line ${line}, column ${column}: ${describeJsonError(printParseErrorCode(error))}`);
  }
  return data;
}

function describeJsonError(code: string): string {
  // "CommaExpected" → "comma expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function validateShape(file: string, data: unknown): ConfigObject {
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

export function pickMostSpecificError(errors: ErrorObject[]): ErrorObject {
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
