import { describe, expect, it } from 'vitest';
import { makeDocument } from './helpers.js';
import { locateSpan } from '../src/load/document.js';

describe('plain text positions', () => {
  it('maps prose offsets to 1-based line and column in LF files', () => {
    const doc = makeDocument('First line.\nOn Jan. 22 talks began.');
    const start = doc.text.indexOf('Jan. 22');
    expect(locateSpan(doc, { start, end: start + 7 })).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 11 });
  });

  it('keeps columns exact in CRLF files, whose prose uses \\n', () => {
    const doc = makeDocument('Intro.\r\n\r\nSecond paragraph, Tuesday.');
    expect(doc.text).toBe('Intro.\n\nSecond paragraph, Tuesday.');
    const start = doc.text.indexOf('Tuesday');
    expect(locateSpan(doc, { start, end: start + 7 })).toEqual({ line: 3, column: 19, endLine: 3, endColumn: 26 });
  });

  it('counts non-ASCII characters as one column each (UTF-16 units, like ESLint)', () => {
    const doc = makeDocument('Señor Müller met Лавров in Tōkyō.');
    const start = doc.text.indexOf('Tōkyō');
    expect(locateSpan(doc, { start, end: start + 5 })).toEqual({ line: 1, column: 28, endLine: 1, endColumn: 33 });
  });

  it('splits paragraphs on blank lines and sentences inside them', () => {
    const doc = makeDocument('Talks began on Jan. 22 in Moscow. Dr. Abe left.\n\nA second paragraph.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Talks began on Jan. 22 in Moscow.',
      'Dr. Abe left.',
      'A second paragraph.',
    ]);
    expect(doc.sentences[2].paragraph).toBe(1);
  });
});
