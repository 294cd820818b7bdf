import { describe, expect, it } from 'vitest';
import { testKb } from '../helpers.js';
import { narrowed, resolveMeeting } from '../../src/link/summit-instance.js';
import type { MeetingEvidence } from '../../src/link/summit-instance.js';
import { daysMeant, timeAfter, timeBefore } from '../../src/link/summit-time.js';
import type { DayRange } from '../../src/base/calendar.js';

const kb = testKb();
const day = (iso: string): DayRange => ({ start: iso, end: iso });
const ids = (series: string, evidence: MeetingEvidence, reference?: string) =>
  resolveMeeting(kb, series, evidence, reference ? day(reference) : undefined).candidates.map((e) => e.id);

describe('time words next to a summit', () => {
  const before = (text: string) => timeBefore(text, text.indexOf('G20'));
  it('reads possessives and pre-modifiers before the series', () => {
    expect(before("after last month's G20 summit")).toMatchObject({ text: "last month's", relative: { kind: 'unit', unit: 'month', offset: -1 } });
    expect(before("briefing notes from April's G20 meeting")).toMatchObject({ text: "April's", relative: { kind: 'month', month: 4 } });
    expect(before("back from the weekend's G20 summit")).toMatchObject({ text: "the weekend's", relative: { kind: 'nearest-weekend' } });
    expect(before('at the 2016 Hangzhou G20 summit')).toMatchObject({ text: '2016', stated: { year: 2016 } });
    expect(before("Last year's G20 summit")).toMatchObject({ relative: { kind: 'unit', unit: 'year', offset: -1 } });
    expect(before("Mr Lee's G20 summit")).toBeUndefined();
  });

  it('reads time words after a summit or its place', () => {
    const after = (text: string) => timeAfter(text, 0);
    expect(after(' this weekend in Cornwall')).toMatchObject({ text: 'this weekend', relative: { kind: 'unit', unit: 'weekend', offset: 0 } });
    expect(after(' in June, when')).toMatchObject({ text: 'in June', relative: { kind: 'month', month: 6 } });
    expect(after(' on March 20 last year')).toMatchObject({ relative: { kind: 'month', month: 3, day: 20, year: { offset: -1 } } });
    expect(after(' in June 2019')).toMatchObject({ text: 'in June 2019', stated: { year: 2019, month: 6 } });
    expect(after(', earlier this year')).toMatchObject({ relative: { kind: 'unit', unit: 'year', offset: 0 } });
    expect(after(' in may be')).toBeUndefined();
    expect(after(' in Berlin')).toBeUndefined();
  });
});

describe('the days relative words mean', () => {
  it('counts calendar units from the article\'s date', () => {
    expect(daysMeant({ kind: 'unit', unit: 'month', offset: -1 }, '2008-11-18')).toEqual([{ start: '2008-10-01', end: '2008-10-31' }]);
    expect(daysMeant({ kind: 'unit', unit: 'month', offset: -1 }, '2019-01-14')).toEqual([{ start: '2018-12-01', end: '2018-12-31' }]);
    expect(daysMeant({ kind: 'unit', unit: 'week', offset: 0 }, '2009-04-03')).toEqual([{ start: '2009-03-30', end: '2009-04-05' }]);
  });

  it('reads "this weekend" on a Saturday as that weekend, on a Wednesday as the coming one', () => {
    expect(daysMeant({ kind: 'unit', unit: 'weekend', offset: 0 }, '2019-08-24')).toEqual([{ start: '2019-08-23', end: '2019-08-25' }]);
    expect(daysMeant({ kind: 'unit', unit: 'weekend', offset: 0 }, '2021-06-09')).toEqual([{ start: '2021-06-11', end: '2021-06-13' }]);
    expect(daysMeant({ kind: 'nearest-weekend' }, '2008-10-27', 'past')).toEqual([{ start: '2008-10-24', end: '2008-10-26' }]);
  });

  it('places a month without its year by the sentence\'s direction, or on both sides of the date', () => {
    const june = { kind: 'month', month: 6 } as const;
    expect(daysMeant(june, '2019-10-08', 'past')).toEqual([{ start: '2019-06-01', end: '2019-06-30' }]);
    expect(daysMeant(june, '2019-03-08', 'past')).toEqual([{ start: '2018-06-01', end: '2018-06-30' }]);
    expect(daysMeant(june, '2019-03-08', 'future')).toEqual([{ start: '2019-06-01', end: '2019-06-30' }]);
    expect(daysMeant(june, '2019-03-08')).toHaveLength(2);
    expect(daysMeant({ kind: 'month', month: 12 }, '2019-10-15', 'future')).toEqual([{ start: '2019-12-01', end: '2019-12-31' }]);
  });
});

describe('which meeting of a series', () => {
  const year = (y: number): MeetingEvidence['time'] => ({ ranges: [{ start: `${y}-01-01`, end: `${y}-12-31` }], basis: 'stated', words: String(y) });

  it('a stated year picks the year\'s meetings: one, or two when the series met twice', () => {
    expect(ids('G20', { time: year(2019) })).toEqual(['g20-2019-osaka']);
    expect(ids('G20', { time: year(2009) })).toEqual(['g20-2009-london', 'g20-2009-pittsburgh']);
  });

  it('relative words pick the meeting of that week or month', () => {
    const thisWeek: MeetingEvidence['time'] = { ranges: daysMeant({ kind: 'unit', unit: 'week', offset: 0 }, '2009-04-03'), basis: 'relative', words: 'this week' };
    expect(ids('G20', { time: thisWeek }, '2009-04-03')).toEqual(['g20-2009-london']);
    const lastMonth: MeetingEvidence['time'] = { ranges: daysMeant({ kind: 'unit', unit: 'month', offset: -1 }, '2008-09-18'), basis: 'relative', words: "last month's" };
    expect(ids('SCO', { time: lastMonth }, '2008-09-18')).toEqual(['sco-2008-dushanbe']);
  });

  it('"back from" is the meeting that has just ended; "ahead of" the next one', () => {
    expect(ids('G7/G8', { cue: 'recent' }, '2019-08-29')).toEqual(['g7-g8-2019-biarritz']);
    expect(ids('G7/G8', { cue: 'recent' }, '2019-12-01')).toEqual([]);
    expect(ids('G20', { cue: 'upcoming' }, '2019-06-20')).toEqual(['g20-2019-osaka']);
  });

  it('the tense alone only rules out meetings after a past report: it singles out none', () => {
    const resolution = resolveMeeting(kb, 'G7/G8', { direction: 'past' }, day('2019-08-29'));
    expect(resolution.candidates.length).toBeGreaterThan(40);
    expect(resolution.candidates.every((e) => (e.start ?? '') <= '2019-08-30')).toBe(true);
    expect(narrowed(resolution)).toBe(false);
  });

  it('a leader said to attend must have been in office', () => {
    const inOffice = { name: 'a leader who left office in May 2009', terms: [{ start: '2007-06-27', end: '2009-05-31' }] };
    expect(ids('G20', { time: year(2009), participants: [inOffice] })).toEqual(['g20-2009-london']);
  });

  it('says why, step by step', () => {
    const resolution = resolveMeeting(kb, 'G20', { time: year(2019), direction: 'past' }, day('2019-10-08'));
    expect(resolution.basis).toEqual(['stated', 'tense']);
    expect(resolution.steps[0]).toMatch(/"2019" means .*14th G20 Leaders' Summit/);
  });
});

describe('a series whose records are complete only for some years (European Council: 2015-2020)', () => {
  const lastMonth = (written: string): MeetingEvidence => ({ time: { ranges: daysMeant({ kind: 'unit', unit: 'month', offset: -1 }, written), basis: 'relative', words: "last month's" } });

  it('inside those years the answer stands', () => {
    const resolution = resolveMeeting(kb, 'European Council', lastMonth('2019-01-14'), day('2019-01-14'));
    expect(resolution.candidates.map((e) => e.id)).toEqual(['european-council-2018-12-meeting']);
    expect(resolution.incomplete).toBeUndefined();
  });

  it('outside them, or across their edge, a meeting missing from the records may be the one meant', () => {
    const after = resolveMeeting(kb, 'European Council', lastMonth('2021-06-10'), day('2021-06-10'));
    expect(after.incomplete).toMatch(/only for 2015–2020/);
    expect(after.steps.at(-1)).toBe(after.incomplete);
    expect(resolveMeeting(kb, 'European Council', { cue: 'recent' }, day('2021-01-05')).incomplete).toBeDefined();
    expect(resolveMeeting(kb, 'European Council', { cue: 'recent' }, day('2018-10-05')).incomplete).toBeUndefined();
  });

  it('evidence that does not bound the time (the tense alone) cannot be trusted either', () => {
    expect(resolveMeeting(kb, 'European Council', { direction: 'past' }, day('2019-08-29')).incomplete).toMatch(/does not narrow the time/);
  });

  it('a series recorded completely is never marked', () => {
    expect(resolveMeeting(kb, 'G20', { cue: 'recent' }, day('2021-01-05')).incomplete).toBeUndefined();
  });
});
