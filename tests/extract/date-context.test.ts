/**
 * The words around a date, read once by the extractor so that rules never re-read text:
 * starts ("since"), deadlines ("by"), year ranges, weekday words and possessive events.
 */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates.js';
import { makeDocument } from '../helpers.js';

const datesOf = (text: string) => extractDates(makeDocument(text));

describe('date context', () => {
  it('marks the start of a period and a deadline', () => {
    const [since] = datesOf('The border has been closed since early 2004.');
    expect(since.lead).toBe('since');
    const [deadline] = datesOf('The plant must close by the end of 2030.');
    expect(deadline.lead).toBe('deadline');
    const [plain] = datesOf('The plant closed in 2030.');
    expect(plain.lead).toBeUndefined();
  });

  it('pairs two bare years written as a range, and only those', () => {
    const dates = datesOf('He led the party from 1977 to 1995, and again in 2001.');
    expect(dates.map((d) => d.text)).toEqual(['1977', '1995', '2001']);
    expect(dates[0].rangeEnd).toBe(1);
    expect(dates[1].rangeEnd).toBeUndefined();
    expect(datesOf('Between 2012 and 2020 the fleet doubled.')[0].rangeEnd).toBe(1);
    expect(datesOf('In 2012 and 2020 the fleet doubled.')[0].rangeEnd).toBeUndefined();
  });

  it('finds the weekday word, the possessive event and the families of the sentence', () => {
    const dates = datesOf('On 14 March 2023 the ministers met in Oslo. Thursday\'s negotiations produced no agreement.');
    const weekday = dates.find((d) => d.kind === 'weekday')!;
    expect(weekday.possessiveEvent).toEqual({ noun: 'negotiations', family: 'meetings' });
    expect(dates[0].sentenceFamilies).toContain('meetings');
    const [explicit] = datesOf('The treaty was signed on Wednesday, 15 March 2005.');
    expect(explicit.weekdaySpan).toBeDefined();
  });

  it('gives each mention its sentence\'s tense', () => {
    const [past] = datesOf('The council voted on 3 October 2021.');
    expect(past.sentenceTense).toEqual({ past: true, future: false, strongFuture: false });
    const [future] = datesOf('The festival will open on 2 May 2021.');
    expect(future.sentenceTense).toMatchObject({ past: false, future: true, strongFuture: true });
  });
});
