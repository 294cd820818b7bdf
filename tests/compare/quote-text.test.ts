import { describe, expect, it } from 'vitest';
import { quoteShingles, quoteWords, speakerKey } from '../../src/link/facts/quote-words.js';

describe('quote text', () => {
  it('normalises case, punctuation, quote marks, dashes and whitespace', () => {
    expect(quoteWords('“There is NO dialogue —\n at present,” she said')).toEqual(['there', 'is', 'no', 'dialogue', 'at', 'present', 'she', 'said']);
    expect(quoteShingles('We cannot conduct business as usual with them.')).toEqual(quoteShingles('we cannot  conduct\nbusiness as usual, with them'));
  });

  it('indexes a trimmed quotation under runs it shares with the full one; short phrases not at all', () => {
    const full = new Set(quoteShingles('There is no dialogue on a peace treaty with Japan at present and there are no prospects.'));
    expect(quoteShingles('no dialogue on a peace treaty with Japan').some((h) => full.has(h))).toBe(true);
    expect(quoteShingles('a difficult year')).toEqual([]);
  });
});

describe('speakerKey', () => {
  it('compares speakers by surname and ignores descriptions', () => {
    expect(speakerKey('Dr. Dmitry Streltsov')).toBe('streltsov');
    expect(speakerKey('Streltsov')).toBe('streltsov');
    expect(speakerKey('Renée Côté')).toBe('cote');
    expect(speakerKey('The authorities')).toBeUndefined();
    expect(speakerKey('a spokesperson')).toBeUndefined();
    expect(speakerKey('Ministry officials')).toBeUndefined();
  });
});
