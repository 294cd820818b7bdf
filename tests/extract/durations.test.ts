import { describe, expect, it } from 'vitest';
import { findDurations } from '../../src/extract/durations.js';
import { analyzeText } from '../helpers.js';

const one = (text: string) => {
  const found = findDurations(text, 0, 0);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('duration forms', () => {
  it.each([
    ['for nine years', 9, 'exact', false],
    ['for a quarter of a century', 25, 'exact', true],
    ['for more than a quarter of a century', 25, 'more-than', true],
    ['half a century', 50, 'exact', true],
    ['more than six decades', 60, 'more-than', true],
    ['two decades', 20, 'exact', true],
    ['a decade', 10, 'exact', true],
    ['almost a decade', 10, 'less-than', true],
    ['nearly twenty-five years', 25, 'less-than', false],
    ['roughly 40 years', 40, 'about', false],
    ['two and a half years', 2.5, 'exact', false],
    ['a year and a half', 1.5, 'exact', false],
    ['18 months', 1.5, 'exact', false],
    ['well over a century', 100, 'more-than', true],
  ] as const)('reads "%s" as %d years (%s, round: %s)', (text, years, bound, round) => {
    const d = one(`The dam has stood ${text}.`);
    expect(d.years).toBeCloseTo(years);
    expect(d.bound).toBe(bound);
    expect(d.round ?? false).toBe(round);
  });

  it('keeps "ago" in the mention and reads the word that counts on', () => {
    expect(one('It opened 12 years ago, in 1999.')).toMatchObject({ text: '12 years ago', ago: true });
    expect(one('Seven years on from 2004, the town is rebuilt.')).toMatchObject({ text: 'Seven years', follower: 'on' });
  });

  it.each([
    'The survey asked 19 year olds.',
    'He is 45 years old.',
    'The plan covers the next ten years.',
    'Two years later he resigned.',
    'The deal expires in two years’ time.',
    'A 10-year-old girl was rescued.',
    'He was sentenced to ten years in jail.',
  ])('is no elapsed duration: %s', (text) => {
    expect(findDurations(text, 0, 0)).toEqual([]);
  });
});

describe('what a duration is measured against', () => {
  const anchorOf = (text: string, date = '2011-08-25') => {
    const doc = analyzeText(text, { date });
    const [duration] = doc.get('durations');
    const dates = doc.get('dates');
    const anchor = duration?.anchor;
    return anchor && { via: anchor.via, start: dates[anchor.start].text, end: anchor.end === undefined ? undefined : dates[anchor.end].text, runsTo: anchor.runsTo };
  };

  it('a start in a present-perfect clause runs to the time of writing', () => {
    expect(anchorOf('The clinic has treated patients for nine years, since 2002, and has been busy since January.')).toEqual({ via: 'since', start: '2002', end: undefined, runsTo: 'writing' });
  });

  it('a past perfect runs to a time before the writing; a simple past to none', () => {
    expect(anchorOf('The minister had held the post for more than two years, since April 2009.')).toMatchObject({ via: 'since', runsTo: 'before-writing' });
    expect(anchorOf('The minister served in the post for almost a decade since 2001.')).toBeUndefined();
  });

  it('a range, and a start earlier in the sentence with "until"', () => {
    expect(anchorOf('She was mayor for a quarter of a century, from 1977 to 1995.')).toEqual({ via: 'range', start: '1977', end: '1995', runsTo: undefined });
    expect(anchorOf('He was arrested in 1963 and was jailed for two decades, until 1974.')).toEqual({ via: 'until', start: '1963', end: '1974', runsTo: undefined });
  });

  it('"ago" with the date beside it, and "dates back … to"', () => {
    expect(anchorOf('The registry was set up 12 years ago, in 1999.')).toEqual({ via: 'ago', start: '1999', end: undefined, runsTo: 'writing' });
    expect(anchorOf('The hull design dates back more than a decade, to 1998.')).toEqual({ via: 'back-to', start: '1998', end: undefined, runsTo: 'writing' });
  });

  it('pairs nothing across a new clause', () => {
    expect(anchorOf('The plant has run for six years, and the union has existed since 1950.')).toBeUndefined();
  });
});
