/**
 * Word lists as data: `data/vocabulary/*.yml`, each a map of named lists with comments,
 * reviewed like a style guide rather than read as code. A list is turned into a pattern
 * here, with every entry escaped, so nobody writes a regex wall by hand: a space in an
 * entry matches any run of spaces, and longer entries are tried first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from './package-root.js';

export type Vocabulary = Record<string, string[]>;

const lists = new Map<string, Vocabulary>();
const files = new Map<string, unknown>();

/** The parsed YAML of `data/vocabulary/<name>.yml`, read once per process (for files with structure). */
export function vocabularyFile(name: string): unknown {
  if (!files.has(name)) files.set(name, parse(readFileSync(join(packageRoot(), 'data', 'vocabulary', `${name}.yml`), 'utf8')));
  return files.get(name);
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
  return checkVocabulary(name, parse(text));
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
