import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/load/index.js';
import { expectExact, locateWord } from './locate.js';

const txt = (source: string) => parseDocument('article.txt', source);

describe('plain-text loader', () => {
  it('reads the whole file as prose with no metadata or links', () => {
    const doc = txt('Talks in Minsk ended on Thursday. See https://x.example/2015/02/12 for more.');
    expect(doc.text).toBe(doc.source);
    expect(doc.metadata).toEqual({});
    expect(doc.links).toEqual([]);
  });

  it('keeps a hard-wrapped paragraph together until a blank line', () => {
    const doc = txt(' A deal is out of the\nquestion.\n On Feb. 12, the leaders met in Minsk. They talked\nall night.\n\nA second paragraph.\n');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'A deal is out of the\nquestion.'],
      [0, 'On Feb. 12, the leaders met in Minsk.'],
      [0, 'They talked\nall night.'],
      [1, 'A second paragraph.'],
    ]);
  });

  it('treats a line of spaces as a blank line', () => {
    const doc = txt('First.\n   \nSecond.');
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('is exact with CRLF and old Mac CR line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const doc = txt(`Intro line.${eol}${eol}The vote was on${eol}Friday evening.`);
      expect(doc.text).toBe('Intro line.\n\nThe vote was on\nFriday evening.');
      expect(doc.paragraphs).toHaveLength(2);
      expect(locateWord(doc, 'Friday')).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 7 });
      expectExact(doc, 'evening');
    }
  });

  it('counts emoji as two UTF-16 columns and tabs as one', () => {
    const doc = txt('🎉\tParty in Rio.');
    expect(locateWord(doc, 'Rio')).toEqual({ line: 1, column: 13, endLine: 1, endColumn: 16 });
  });
});
