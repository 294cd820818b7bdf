/**
 * Inputs for rule tests: the example articles of `corpus/examples`, the shared seed articles
 * (`../shared/seeds`, beside the clone), and `at`, which says where a phrase is written, so an
 * expected error in a long article reads as the words it points at.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXAMPLES_DIR = fileURLToPath(new URL('../../corpus/examples/', import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** An example article as a case document (its file name gives its format). */
export function exampleCase(name: string): { text: string; filename: string } {
  return { text: readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8'), filename: name };
}

/** The seed articles, in name order; none when the shared folder is absent. */
export function seedCases(): Array<{ text: string; filename: string }> {
  if (!existsSync(SEEDS_DIR)) return [];
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ text: readFileSync(`${SEEDS_DIR}${name}`, 'utf8'), filename: name }));
}

export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Where `phrase` is written in `text`, as an error gives it (1-based; the end column is just
 * past the last character). A space in the phrase matches any run of white space, line breaks
 * included (hard-wrapped articles). The phrase must occur exactly once.
 */
export function at(text: string, phrase: string): Place {
  const pattern = new RegExp(phrase.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  const matches = [...text.matchAll(pattern)];
  if (matches.length !== 1) throw new Error(`"${phrase}" occurs ${matches.length} times in the text; an error's place must be unambiguous`);
  const start = lineColumn(text, matches[0].index);
  const end = lineColumn(text, matches[0].index + matches[0][0].length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
