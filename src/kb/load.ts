/**
 * Reading knowledge-base files: JSON syntax, then the JSON Schema (ajv, all errors), each
 * problem reported with the file, the JSON path (`/records/12/start`) and what was expected.
 */
import { readRegularFile } from '../base/read-regular.js';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { KbError } from './errors.js';
import type { KbProblem } from './errors.js';
import { kbRecordSchema } from './schema.js';
import type { KbRecord } from './types.js';

export interface KbFile {
  path: string;
  records: KbRecord[];
  /** JSON pointer of the records array: '/records', or '' for a bare array. */
  recordsPointer: '' | '/records';
}

let recordValidator: ValidateFunction | undefined;

/** One compiled validator for a record (compiling is the slow part of loading, so it is done once). */
function validateRecord(): ValidateFunction {
  recordValidator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(kbRecordSchema);
  return recordValidator;
}

/** Reads and validates one file; throws `KbError` listing every problem in it. */
export function readKbFile(path: string, options: { schema?: boolean } = {}): KbFile {
  // Only regular files are read: a FIFO named as a KB file must not hang the run.
  const read = readRegularFile(path);
  if (!read.ok) throw new KbError([{ file: path, path: '', message: `cannot read the file: it ${read.reason}` }]);
  return parseKbFile(path, read.bytes.toString('utf8').replace(/^\uFEFF/, ''), options);
}

/** Validates the JSON text of a file (exported for tests and stdin). */
export function parseKbFile(path: string, text: string, options: { schema?: boolean } = {}): KbFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KbError([{ file: path, path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const problems = options.schema === false ? shapeProblems(path, data) : validateKbData(path, data);
  if (problems.length) throw new KbError(problems);
  if (Array.isArray(data)) return { path, records: data as KbRecord[], recordsPointer: '' };
  return { path, records: (data as { records: KbRecord[] }).records, recordsPointer: '/records' };
}

/** Only the file's outer shape (for shipped files whose records the test suite validates). */
function shapeProblems(path: string, data: unknown): KbProblem[] {
  const records = Array.isArray(data) ? data : (data as { records?: unknown } | null)?.records;
  return Array.isArray(records) ? [] : [{ file: path, path: '', message: 'expected an object { "records": [...] } or an array of records' }];
}

/**
 * Checks the file's shape (`{ "records": [...] }` or an array) here and each record with the
 * schema, so every problem's path is the record's path in the file (`/records/12/start`).
 */
export function validateKbData(path: string, data: unknown): KbProblem[] {
  const isArray = Array.isArray(data);
  const shapeError = { file: path, path: '', message: 'expected an object { "records": [...] } or an array of records' };
  if (!isArray && (typeof data !== 'object' || data === null)) return [shapeError];
  const problems: KbProblem[] = [];
  let records: unknown = data;
  let prefix = '';
  if (!isArray) {
    const object = data as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (key !== 'records' && key !== 'description' && key !== '$schema') problems.push({ file: path, path: `/${key}`, message: 'is not a known field of a knowledge-base file (expected "records", "description")' });
    }
    if (!Array.isArray(object.records)) return [...problems, { file: path, path: '/records', message: 'expected an array of records' }];
    records = object.records;
    prefix = '/records';
  }
  const validate = validateRecord();
  (records as unknown[]).forEach((record, i) => {
    // Impossible days and records ending before they start are checkedRecords' rules (checks.ts).
    if (!validate(record)) problems.push(...describeErrors(path, `${prefix}/${i}`, validate.errors ?? []));
  });
  return problems;
}

/**
 * ajv reports an `if/then` failure twice (the failing keyword and the "must match then"
 * wrapper); keep the specific ones and say what was expected in plain words.
 */
function describeErrors(file: string, base: string, errors: ErrorObject[]): KbProblem[] {
  const seen = new Set<string>();
  const problems: KbProblem[] = [];
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  const insideAlternative = (e: ErrorObject): boolean =>
    e.keyword !== 'anyOf' && alternatives.some((a) => a.instancePath === e.instancePath && e.schemaPath.startsWith(a.schemaPath));
  for (const error of errors) {
    if (error.keyword === 'if' || insideAlternative(error)) continue;
    const problem = { file, path: base + pointerOf(error), message: explain(error) };
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
