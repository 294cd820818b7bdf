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

  it('keeps a hard-wrapped paragraph together, even where a line ends a sentence', () => {
    const doc = txt('The leaders met in Minsk on Feb. 12 and talked through\nthe night. They agreed on a ceasefire.\nIt began three days later, on\nFeb. 15.\n\nA second paragraph.\n');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'The leaders met in Minsk on Feb. 12 and talked through\nthe night.'],
      [0, 'They agreed on a ceasefire.'],
      [0, 'It began three days later, on\nFeb. 15.'],
      [1, 'A second paragraph.'],
    ]);
  });

  it('starts a paragraph at an indented line after a finished sentence in hard-wrapped text', () => {
    const doc = txt(' A deal is out of the\nquestion.\n On Feb. 12, the leaders met in Minsk. They talked\nall night.\n');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.span.start, p.span.end))).toEqual([
      'A deal is out of the\nquestion.',
      'On Feb. 12, the leaders met in Minsk. They talked\nall night.',
    ]);
  });

  it('reads one paragraph per line when lines are not hard-wrapped', () => {
    const long = 'The delegations arrived in Vienna on Monday morning and spent the whole day in closed-door talks about the reactor.';
    const doc = txt(`${long}\n${long.replace('Monday', 'Tuesday')}\nA short closing line.`);
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });

  it('starts a paragraph at each list item', () => {
    const doc = txt('Key dates:\n- 12 Feb: talks\n- 15 Feb: ceasefire');
    expect(doc.paragraphs).toHaveLength(3);
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

describe('segmentation of long documents', () => {
  // parse-english runs per paragraph: over a whole document it is quadratic in the number of
  // paragraphs (measured in the README); here the per-paragraph results must still line up.
  it('assigns every sentence of a 3,000-paragraph text to its own paragraph', () => {
    const paragraph = 'The talks, held in Moscow on Jan. 22, ended without a deal. Officials said they would meet again.';
    const doc = txt(Array.from({ length: 3000 }, () => paragraph).join('\n\n'));
    expect(doc.paragraphs).toHaveLength(3000);
    expect(doc.sentences).toHaveLength(6000);
    const last = doc.sentences[5999];
    expect(last.paragraph).toBe(2999);
    expect(last.text).toBe('Officials said they would meet again.');
    expect(doc.text.slice(last.span.start, last.span.end)).toBe(last.text);
  });

  it('cuts a pathologically long paragraph into pieces without losing text', () => {
    const doc = txt('word '.repeat(12_000).trim() + '.');
    const covered = doc.sentences.map((s) => s.text).join(' ');
    expect(covered.split(' ')).toHaveLength(12_000);
  });
});
