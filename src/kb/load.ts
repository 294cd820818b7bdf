/**
 * Reading knowledge-base files: JSON syntax, then the JSON Schema (ajv, all errors), each
 * problem reported with the file, the JSON path (`/records/12/start`) and what was expected.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { KbError } from './errors.js';
import type { KbProblem } from './errors.js';
import { kbArrayFileSchema, kbObjectFileSchema } from './schema.js';
import type { KbRecord } from './types.js';

export interface KbFile {
  path: string;
  records: KbRecord[];
}

let validators: { object: ValidateFunction; array: ValidateFunction } | undefined;

function getValidators(): { object: ValidateFunction; array: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validators = { object: ajv.compile(kbObjectFileSchema), array: ajv.compile(kbArrayFileSchema) };
  }
  return validators;
}

/** Reads and validates one file; throws `KbError` listing every problem in it. */
export function readKbFile(path: string): KbFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KbError([{ file: path, path: '', message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
  }
  return parseKbFile(path, text);
}

/** Validates the JSON text of a file (exported for tests and stdin). */
export function parseKbFile(path: string, text: string): KbFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KbError([{ file: path, path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const problems = validateKbData(path, data);
  if (problems.length) throw new KbError(problems);
  const records = (Array.isArray(data) ? data : (data as { records: KbRecord[] }).records) as KbRecord[];
  return { path, records };
}

export function validateKbData(path: string, data: unknown): KbProblem[] {
  const isArray = Array.isArray(data);
  if (!isArray && (typeof data !== 'object' || data === null)) {
    return [{ file: path, path: '', message: 'expected an object { "records": [...] } or an array of records' }];
  }
  const validate = isArray ? getValidators().array : getValidators().object;
  if (validate(data)) return [];
  return describeErrors(path, validate.errors ?? []);
}

/**
 * ajv reports an `if/then` failure twice (the failing keyword and the "must match then"
 * wrapper); keep the specific ones and say what was expected in plain words.
 */
function describeErrors(file: string, errors: ErrorObject[]): KbProblem[] {
  const seen = new Set<string>();
  const problems: KbProblem[] = [];
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  const insideAlternative = (e: ErrorObject): boolean =>
    e.keyword !== 'anyOf' && alternatives.some((a) => a.instancePath === e.instancePath && e.schemaPath.startsWith(a.schemaPath));
  for (const error of errors) {
    if (error.keyword === 'if' || insideAlternative(error)) continue;
    const problem = { file, path: pointerOf(error), message: explain(error) };
    const key = `${problem.path}|${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function pointerOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${String(error.params.additionalProperty)}`;
  return error.instancePath;
}

function explain(error: ErrorObject): string {
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'required': return 'is missing (required)';
    case 'additionalProperties': return 'is not a known field of this kind of record';
    case 'pattern': return `expected ${description ?? `text matching ${String(error.params.pattern)}`}`;
    case 'enum': return `expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const': return `expected ${JSON.stringify(error.params.allowedValue)}`;
    case 'type': return `expected ${String(error.params.type).replace(',', ' or ')}${description ? ` (${description})` : ''}`;
    case 'anyOf': return `expected ${description ?? 'a valid value'}`;
    default: return error.message ?? 'is invalid';
  }
}
