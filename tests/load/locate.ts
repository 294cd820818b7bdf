/** Test helpers: find a word in a document's prose and see where it stands in the source. */
import { expect } from 'vitest';
import { locateSpan } from '../../src/load/document.js';
import type { Document, SpanLocation } from '../../src/load/document.js';

/** Location of the `nth` occurrence of `word` in the prose (fails the test if absent). */
export function locateWord(doc: Document, word: string, nth = 0): SpanLocation {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(word, start + 1);
  expect(start, `"${word}" should be in the prose: ${JSON.stringify(doc.text)}`).toBeGreaterThanOrEqual(0);
  return locateSpan(doc, { start, end: start + word.length });
}

/** The source text a prose word maps back to. */
export function sourceOf(doc: Document, word: string, nth = 0): string {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(word, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  const from = doc.positions.toSource(start);
  const to = doc.positions.toSourceEnd(start + word.length);
  return doc.source.slice(from, to);
}

/** 1-based line/column of the first occurrence of `needle` in the raw source. */
export function sourcePosition(source: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = source.indexOf(needle, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = source.slice(0, at);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Asserts that `word` maps back exactly: same text in the source, same line/column as found there. */
export function expectExact(doc: Document, word: string, nth = 0): void {
  expect(sourceOf(doc, word, nth)).toBe(word);
  const where = sourcePosition(doc.source, word, sourceNth(doc, word, nth));
  const loc = locateWord(doc, word, nth);
  expect({ line: loc.line, column: loc.column }).toEqual(where);
  expect({ line: loc.endLine, column: loc.endColumn }).toEqual({ line: where.line, column: where.column + word.length });
}

/** Which occurrence in the source the `nth` prose occurrence is (the source may hold extra copies in markup). */
function sourceNth(doc: Document, word: string, nth: number): number {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(word, start + 1);
  const sourceAt = doc.positions.toSource(start);
  let count = 0;
  for (let at = doc.source.indexOf(word); at >= 0 && at < sourceAt; at = doc.source.indexOf(word, at + 1)) count++;
  return count;
}
