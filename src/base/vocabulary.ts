/**
 * Word lists as data: `data/vocabulary/*.yml`, each a map of named lists with comments,
 * reviewed like a style guide rather than read as code. A list is turned into a pattern
 * here, with every entry escaped, so nobody writes a regex wall by hand: a space in an
 * entry matches any run of spaces, and longer entries are tried first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
import type * as Yaml from 'yaml';

export type Vocabulary = Record<string, string[]>;

const lists = new Map<string, Vocabulary>();
const files = new Map<string, unknown>();

/** The parsed YAML of `data/vocabulary/<name>.yml`, read once per process (for files with structure). */
export function vocabularyFile(name: string): unknown {
  if (!files.has(name)) {
    const text = readFileSync(join(vocabularyDir(), `${name}.yml`), 'utf8');
    files.set(name, parsedBefore(name, text) ?? parseYaml(text));
  }
  return files.get(name);
}

const vocabularyDir = () => join(packageRoot(), 'data', 'vocabulary');

/**
 * Parsing YAML costs a third of a second at every start, so `npm run build` keeps each file's
 * parse in `dist/vocabulary-cache.json` under the hash of its text: an edited file is parsed
 * afresh, never read stale.
 */
const cachePath = () => join(packageRoot(), 'dist', 'vocabulary-cache.json');
type Cache = Record<string, { sha1: string; data: unknown }>;
let cache: Cache | undefined;

function parsedBefore(name: string, text: string): unknown {
  cache ??= existsSync(cachePath()) ? (JSON.parse(readFileSync(cachePath(), 'utf8')) as Cache) : {};
  const entry = cache[name];
  return entry && entry.sha1 === sha1(text) ? entry.data : undefined;
}

/** Writes the cache for every vocabulary file (run by `npm run build`). */
export function writeVocabularyCache(): string {
  const written: Cache = {};
  for (const file of readdirSync(vocabularyDir()).filter((f) => f.endsWith('.yml'))) {
    const text = readFileSync(join(vocabularyDir(), file), 'utf8');
    written[file.replace(/\.yml$/, '')] = { sha1: sha1(text), data: parseYaml(text) };
  }
  writeFileSync(cachePath(), JSON.stringify(written));
  return cachePath();
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The YAML parser, loaded only when a file is not in the cache. */
function parseYaml(text: string): unknown {
  const { parse } = createRequire(import.meta.url)('yaml') as typeof Yaml;
  return parse(text);
}

/** The named word lists of `data/vocabulary/<name>.yml`. */
export function vocabulary(name: string): Vocabulary {
  let found = lists.get(name);
  if (!found) {
    found = checkVocabulary(name, vocabularyFile(name));
    lists.set(name, found);
  }
  return found;
}

/** Parses and checks a word-list file's text (tests, user files). */
export function parseVocabulary(name: string, text: string): Vocabulary {
  return checkVocabulary(name, parseYaml(text));
}

/** Checks the shape (a map of lists of strings) so a typo in a word list fails loudly, naming the file. */
function checkVocabulary(name: string, data: unknown): Vocabulary {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`data/vocabulary/${name}.yml: expected a map of named word lists`);
  for (const [key, list] of Object.entries(data)) {
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && w.trim() !== '')) {
      throw new Error(`data/vocabulary/${name}.yml: "${key}" must be a list of non-empty strings`);
    }
  }
  return data as Vocabulary;
}

/** One list, or a clear error naming the file and the list. Other entries of the file may be tables. */
export function words(name: string, list: string): string[] {
  const found = entryOf(name, list, 'list');
  if (!Array.isArray(found) || !found.every((w) => typeof w === 'string' && w.trim() !== '')) {
    throw new Error(`data/vocabulary/${name}.yml: "${list}" must be a list of non-empty strings`);
  }
  return found;
}

/** A table of words and numbers (`scales: {million: 1.0e+6}`), checked. */
export function numberTable(name: string, table: string): Record<string, number> {
  return checkedTable(name, table, (v): v is number => typeof v === 'number' && Number.isFinite(v), 'numbers');
}

/** A table of words and words (`currency_words: {euros: EUR}`), checked. */
export function wordTable(name: string, table: string): Record<string, string> {
  return checkedTable(name, table, (v): v is string => typeof v === 'string' && v.trim() !== '', 'non-empty strings');
}

/** A table of named lists (`verb_classes: {meet: [met, meets]}`), checked. */
export function listTable(name: string, table: string): Record<string, string[]> {
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((w) => typeof w === 'string' && w.trim() !== '');
  return checkedTable(name, table, isList, 'lists of non-empty strings');
}

function checkedTable<T>(name: string, table: string, isValue: (v: unknown) => v is T, what: string): Record<string, T> {
  const found = entryOf(name, table, 'table');
  if (!found || typeof found !== 'object' || Array.isArray(found)) throw new Error(`data/vocabulary/${name}.yml: "${table}" must be a table`);
  for (const [key, value] of Object.entries(found)) {
    if (!isValue(value)) throw new Error(`data/vocabulary/${name}.yml: "${table}.${key}" must be ${what}`);
  }
  return found as Record<string, T>;
}

function entryOf(name: string, entry: string, what: 'list' | 'table'): unknown {
  const data = vocabularyFile(name);
  const found = data && typeof data === 'object' ? (data as Record<string, unknown>)[entry] : undefined;
  if (found === undefined) throw new Error(`data/vocabulary/${name}.yml has no ${what} "${entry}"`);
  return found;
}

/** An alternation of the entries, escaped, longest first, spaces matching any whitespace: `(?:due to|will|…)`. */
export function alternation(entries: readonly string[]): string {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((e) => escapeRegExp(e).replace(/ +/g, '\\s+')).join('|')})`;
}

/** A case-insensitive whole-word pattern for a list of words and phrases. */
export function wordPattern(entries: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${alternation(entries)}(?![\\p{L}\\p{N}])`, `${flags}u`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
