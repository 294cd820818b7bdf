/**
 * Every extractor reads to the end of a sentence and no further: texts that end (or whose
 * sentences end) in the middle of a number, a money amount, a title, a quotation or a date
 * must not make any analyzer throw. Besides fixed cases, a seeded generator strings together
 * the tokens that end phrases, so new tokenizer corners are tried on every run.
 */
import { describe, expect, it } from 'vitest';
import { analyzerRegistry } from '../../src/engine/analyzers.js';
import { analyzeText } from '../helpers.js';
import { seededRandom } from '../../scripts/bench.js';

const KINDS = [...analyzerRegistry().keys()];

const FIXED = [
  'It cost $740.',
  'Shares closed at 740 yen. Traders were calm.',
  'Prime Minister',
  'President Xi.',
  '“',
  '“Unclosed quotation by Mr. Smith',
  'He said: ',
  'On Monday, 14',
  'On Monday, Nov.',
  'Between January 2004 and',
  'last year\'s G20 summit in',
  'the 1994',
  'Treaty of',
  '25 years ago',
  'a quarter of a',
  'since',
  'https://',
  'http://example.com/2019/',
  '¥',
  '20 billion',
  'More than 2,000',
  'Q:',
  'A:',
  '"',
  '‘',
  '—',
  '...',
];

/** Tokens that end or start phrases: numbers, currencies, titles, marks, months, cue words. */
const PIECES = [
  '$', '740', '3.5', 'million', 'yen', '%', 'per', 'cent', 'Prime', 'Minister', 'President', 'Xi', 'said', 'told',
  'Reuters', '“', '”', '"', '‘', '’', ':', '.', ',', 'Nov.', '14', 'March', 'Monday', '2019', 'last', 'year\'s',
  'G20', 'summit', 'in', 'Osaka', 'Treaty', 'of', 'Lisbon', 'signed', 'ago', 'since', 'decade', 'a', 'the', 'he',
  'she', 'according', 'to', 'https://example.org/2020/01/02/x', '(', ')', '—', 'Q:', '\n\n', 'U.S.', 'Mr.',
];

/** A small deterministic generator (the bench's mulberry32), so a failure names its seed and repeats. */
const generator = seededRandom;

function generatedTexts(seed: number, count: number): string[] {
  const random = generator(seed);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 14);
    return Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join(random() < 0.7 ? ' ' : '');
  });
}

function analyzeAll(text: string, date?: string): void {
  const document = analyzeText(text, { date });
  for (const kind of KINDS) document.get(kind);
}

describe('extractors at the edges of the text', () => {
  it.each(FIXED)('every analyzer reads %j without throwing', (text) => {
    expect(() => analyzeAll(text)).not.toThrow();
    expect(() => analyzeAll(text, '2019-06-30')).not.toThrow();
    expect(() => analyzeAll(`${text}\n\nA second paragraph.`)).not.toThrow();
  });

  it('every analyzer reads 400 generated fragments without throwing (seed 20261202)', () => {
    for (const text of generatedTexts(20261202, 400)) {
      expect(() => analyzeAll(text, '2019-06-30'), text).not.toThrow();
    }
  });
});
