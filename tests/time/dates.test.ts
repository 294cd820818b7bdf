import { describe, expect, it } from 'vitest';
import { analyzeTimeText } from './harness.js';
import { findYears } from '../../src/extract/years.js';

const datesOf = (text: string) => analyzeTimeText(text).get('dates');

describe('date extraction', () => {
  it('records stated parts, kind and granularity with exact spans', () => {
    const text = 'The accord was signed on 22 January 2019 in Riga, and talks resumed on Feb. 3.';
    const [full, partial] = datesOf(text);
    expect(text.slice(full.span.start, full.span.end)).toBe('22 January 2019');
    expect(full).toMatchObject({ kind: 'absolute', granularity: 'day', stated: { year: 2019, month: 1, day: 22 } });
    expect(text.slice(partial.span.start, partial.span.end)).toBe('Feb. 3');
    expect(partial).toMatchObject({ kind: 'partial', stated: { month: 2, day: 3 } });
    expect(partial.stated.year).toBeUndefined();
  });

  it('reads month-year and ranges', () => {
    const [range, month] = datesOf('She chaired the board from March 2011 to June 2014. In May 2016 she resigned.');
    expect(range).toMatchObject({ kind: 'range', stated: { year: 2011, month: 3 }, statedEnd: { year: 2014, month: 6 } });
    expect(month).toMatchObject({ kind: 'partial', granularity: 'month', stated: { year: 2016, month: 5 } });
  });

  it('keeps a weekday next to a date even when it is wrong', () => {
    const [d] = datesOf('It opened on Friday, 2 June 2017.');
    expect(d.stated).toEqual({ year: 2017, month: 6, day: 2, weekday: 5 });
  });

  it('finds relative expressions with their offsets', () => {
    const dates = datesOf("At last year's congress the plan was shelved. It was first tabled nearly thirty years ago, three months after the election. The next day, nothing happened.");
    const rel = dates.filter((d) => d.kind === 'relative');
    expect(rel.map((d) => d.text)).toEqual(['last year', 'nearly thirty years ago', 'three months after', 'The next day']);
    expect(rel[0].relative).toEqual({ unit: 'year', amount: -1 });
    expect(rel[1]).toMatchObject({ relative: { unit: 'year', amount: -30, approximate: true }, bound: 'less-than', anchor: 'document' });
    expect(rel[2]).toMatchObject({ relative: { unit: 'month', amount: 3 }, anchor: 'mention', anchorFollows: true });
    expect(rel[3]).toMatchObject({ relative: { unit: 'day', amount: 1 }, anchor: 'mention' });
  });

  it('does not read dates inside URLs written in the prose', () => {
    const dates = datesOf('More at https://example.org/2024/05/06/story today.');
    expect(dates.map((d) => d.text)).toEqual(['today']);
  });

  it('keeps only the year of numeric dates that read differently in the US and Britain', () => {
    const [date] = datesOf('The form is dated 03/04/2019.');
    expect(date).toMatchObject({ text: '03/04/2019', stated: { year: 2019 }, granularity: 'year' });
    expect(date.stated.month).toBeUndefined();
  });

  it('reads the stated date out of "this Thursday, 1 May 2014" and "the evening of Friday, 30 April 2004"', () => {
    const dates = datesOf('The anniversary falls this Thursday, 1 May 2014. The ceremonies began on the evening of Friday, 30 April 2004.');
    expect(dates.filter((d) => d.kind === 'absolute').map((d) => [d.text, d.stated])).toEqual([
      ['Thursday, 1 May 2014', { year: 2014, month: 5, day: 1, weekday: 4 }],
      ['Friday, 30 April 2004', { year: 2004, month: 4, day: 30, weekday: 5 }],
    ]);
  });

  it('does not read "two years" as a date', () => {
    expect(datesOf('Deliveries are not due until October - two years late.').map((d) => d.text)).not.toContain('- two years');
  });

  it('reads each date\'s own tense: the plan after "said", a hedge, a report', () => {
    const tenses = (text: string) => datesOf(text).map((d) => [d.text, d.tense]);
    expect(tenses('Jobs announced that the system would be released in 2007.')).toEqual([['2007', 'future']]);
    expect(tenses('The trial could begin on 21 January, the leader said.')).toEqual([['21 January', 'unclear']]);
    expect(tenses('The talks were held on 14 March 2005, officials said.')).toEqual([['14 March 2005', 'past']]);
    expect(tenses('He retired in 2016 due to his ill health.')).toEqual([['2016', 'past']]);
    expect(tenses('The bridge will be reopened on 2 May 2019.')).toEqual([['2 May 2019', 'future']]);
    expect(tenses('The bridge was reopened on 2 May 2019.')).toEqual([['2 May 2019', 'past']]);
  });

  it('marks a backward pair of years as a changed value, not a period', () => {
    const dates = datesOf('The end of support moved from 2029 to 2021.');
    expect(dates.map((d) => [d.text, d.changedValue, d.rangeEnd])).toEqual([['2029', true, undefined], ['2021', true, undefined]]);
  });
});

describe('bare years', () => {
  const years = (text: string) => findYears(text).map((y) => y.year);

  it('recognises years by their cue', () => {
    expect(years('Back in 1987, the mill closed.')).toEqual([1987]);
    expect(years('the 1972 basic treaty and the 1990 reunification')).toEqual([1972]);
    expect(years('since 1945, and again in 2014')).toEqual([1945, 2014]);
    expect(years("1999's crisis")).toEqual([1999]);
    expect(years('the 1956 Soviet–Japanese Joint Declaration')).toEqual([1956]);
  });

  it('leaves counts, money and codes alone', () => {
    expect(years('1999 delegates voted; 2000 people marched.')).toEqual([]);
    expect(years('It cost ¥2000 billion and $1500 in fees.')).toEqual([]);
    expect(years('See page 2001 and flight 1066.')).toEqual([]);
    expect(years('home to approximately 20,000 residents')).toEqual([]);
    expect(years('during the 1990s')).toEqual([]);
  });
});
