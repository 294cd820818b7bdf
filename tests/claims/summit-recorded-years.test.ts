/**
 * A series the knowledge base records in full only in some years (series.yml `complete`): a
 * meeting is picked only when every day the text's words allow falls in those years.
 */
import { describe, expect, it } from 'vitest';
import { testKb } from '../helpers.js';
import { outsideRecordedYears, resolveMeeting } from '../../src/link/summit-instance.js';
import type { MeetingEvidence } from '../../src/link/summit-instance.js';
import { partlyRecorded, seriesInfo } from '../../src/kb/series.js';
import type { DayRange } from '../../src/base/calendar.js';

const kb = testKb();
const day = (iso: string): DayRange => ({ start: iso, end: iso });
const stated = (start: string, end: string): MeetingEvidence => ({ time: { ranges: [{ start, end }], basis: 'stated', words: `${start}..${end}` } });

describe('years a series is recorded in full', () => {
  it('reads them from series.yml', () => {
    const range = seriesInfo('African Union')?.complete;
    expect(range).toBeDefined();
    expect(partlyRecorded('African Union')).toBe(true);
    expect(partlyRecorded('G20')).toBe(false);
  });

  it('checks a month inside the years, not one outside', () => {
    const { from, to } = seriesInfo('African Union')!.complete!;
    expect(outsideRecordedYears('African Union', stated(`${from}-03-01`, `${from}-03-31`))).toBeUndefined();
    expect(outsideRecordedYears('African Union', stated(`${from - 1}-03-01`, `${from - 1}-03-31`))).toMatch(/not checked/);
    expect(outsideRecordedYears('African Union', stated(`${to + 1}-02-01`, `${to + 1}-02-28`))).toMatch(/not checked/);
  });

  it('a cue reaches back or ahead from the article\'s date', () => {
    const { from, to } = seriesInfo('African Union')!.complete!;
    expect(outsideRecordedYears('African Union', { cue: 'recent' }, day(`${from}-06-15`))).toBeUndefined();
    // "back from the summit" early in the first year may mean a meeting of the year before.
    expect(outsideRecordedYears('African Union', { cue: 'recent' }, day(`${from}-01-10`))).toMatch(/not checked/);
    // "ahead of the summit" late in the last year may mean one of the next year.
    expect(outsideRecordedYears('African Union', { cue: 'upcoming' }, day(`${to}-11-01`))).toMatch(/not checked/);
  });

  it('words without days (the tense alone) allow any year', () => {
    expect(outsideRecordedYears('African Union', { direction: 'past' }, day('2019-05-01'))).toMatch(/not checked/);
  });

  it('a series recorded in every year is always checked', () => {
    expect(outsideRecordedYears('G20', stated('1995-01-01', '1995-12-31'))).toBeUndefined();
  });

  it('does not trust a meeting outside the years, even where the knowledge base records one', () => {
    const { from } = seriesInfo('African Union')!.complete!;
    const before = kb.eventsInSeries('African Union').filter((e) => e.year < from);
    expect(before.length).toBeGreaterThan(0);
    for (const event of before) {
      const resolution = resolveMeeting(kb, 'African Union', stated(event.start!, event.end!));
      expect(resolution.incomplete).toMatch(/records every African Union meeting only for 2018–2020/);
      expect(resolution.steps.join(' ')).toMatch(/records every African Union meeting only for 2018–2020/);
    }
  });
});
