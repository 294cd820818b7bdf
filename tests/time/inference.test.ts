import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTimeText } from './harness.js';
import { setClock } from '../../src/time/index.js';
import type { DateConstraintProvider } from '../../src/time/constraints.js';
import { solve } from '../../src/time/solver.js';

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

const timeOf = (text: string, options = {}) => analyzeTimeText(text, options).get('time');

describe('document date', () => {
  it('takes metadata when present, and still marks evidence that disagrees', () => {
    const time = timeOf('On Friday, 17 March, the ministers met in Riga.', { date: '2024-06-01' });
    expect(time.documentDate).toMatchObject({ date: '2024-06-01', earliest: '2024-06-01', latest: '2024-06-01', source: 'cli', confidence: 1 });
    expect(time.documentDate.evidence.find((e) => e.kind === 'weekday-date')?.supports).toBe(false);
    expect(time.window()).toMatchObject({ earliest: '2024-06-01', latest: '2024-06-01', source: 'cli', describe: 'the article is dated 1 June 2024' });
  });

  it('does not pick the latest year a weekday fits: with nothing else, every fitting year stays open', () => {
    const time = timeOf('On Friday, 17 March, the ministers met in Riga and signed the rail deal.');
    expect(time.documentDate).toMatchObject({ date: null, source: 'inferred' });
    const starts = time.documentDate.alternatives.map((a) => a.start.slice(0, 4));
    expect(starts).toEqual(expect.arrayContaining(['2017', '2023']));
    expect(time.documentDate.earliest! < '2017-03-17').toBe(true);
  });

  it('lets the other evidence choose the weekday\'s year', () => {
    const time = timeOf('On Friday, 17 March, the ministers met in Riga. The line was first proposed in 2020 and approved in 2021.');
    expect(time.documentDate).toMatchObject({ earliest: '2023-03-17', latest: '2023-03-27', source: 'inferred' });
    expect(time.documentDate.date?.slice(0, 7)).toBe('2023-03');
    expect(time.documentDate.alternatives).toEqual([]);
  });

  it('never puts a yearless date in the year before today', () => {
    const time = timeOf('On 1 January the new rules came into force across the region.');
    expect(time.documentDate.date).toBeNull();
    expect(time.documentDate.latest! >= '2026-01-01').toBe(true);
    expect(time.documentDate.earliest! <= '1901-01-01').toBe(true);
  });

  it('treats URL dates as weak: the text wins, the URL is listed as disagreeing, and checks of URLs leave URLs out', () => {
    const text = 'On Friday, 17 March, the ministers met in Riga. The line was first proposed in 2020.\nMore: https://n.example/2025/06/30/deal';
    const time = timeOf(text);
    expect(time.documentDate.earliest).toBe('2023-03-17');
    expect(time.documentDate.evidence.find((e) => e.kind === 'link-date')?.supports).toBe(false);
    expect(time.window({ ignoreUrls: true })?.latest).toBe('2023-03-27');
  });

  it('says "none" when nothing dates the text, and why checks stay quiet', () => {
    const time = timeOf('The council met and agreed to repair the bridge.');
    expect(time.documentDate).toMatchObject({ date: null, earliest: null, latest: null, source: 'none', confidence: 0 });
    expect(time.window()).toBeUndefined();
    expect(time.whyNoWindow()).toBe('nothing in the text dates the article');
  });

  it('lets new kinds of evidence plug in as providers passed to the time analyzer', () => {
    const marker = 'Mayor Ilse Varga';
    const mayor: DateConstraintProvider = (ctx) => ctx.doc.text.includes(marker)
      ? [{ kind: 'test-office', weight: 0.6, intervals: [{ start: '2016-01-01', end: '2018-12-31' }], describe: () => 'Varga was mayor 2016–2018.' }]
      : [];
    const time = timeOf(`On Friday, 17 March, ${marker} opened the line.`, { extraEvidence: [mayor] });
    expect(time.documentDate.earliest).toBe('2017-03-17');
    expect(time.documentDate.evidence.some((e) => e.kind === 'test-office' && e.supports)).toBe(true);
  });

  it('solver: firm constraints outweigh soft ones', () => {
    const solution = solve([
      { kind: 'a', weight: 0.8, intervals: [{ start: '2019-01-22', end: '2019-01-28' }], describe: () => 'a' },
      { kind: 'b', weight: 0.15, softnessDays: 7000, intervals: [{ start: '2026-04-02', end: '2199-12-31' }], describe: () => 'b' },
    ], '2026-11-23');
    expect(solution.best).toMatchObject({ start: '2019-01-22', end: '2019-01-28' });
    expect(solution.verdicts.map((v) => v.supports)).toEqual([true, false]);
  });

  it('solver: equally good windows widen the answer instead of one being picked', () => {
    const solution = solve([
      { kind: 'a', weight: 0.6, intervals: [{ start: '2011-03-14', end: '2011-03-20' }, { start: '2016-03-14', end: '2016-03-20' }], describe: () => 'a' },
    ], '2026-11-23');
    expect(solution.hull).toEqual({ start: '2011-03-14', end: '2016-03-20' });
    expect(solution.alternatives).toHaveLength(1);
  });

  describe('solver: tie-breaking evidence', () => {
    const twoYears = { kind: 'a', weight: 0.6, intervals: [{ start: '2011-03-14', end: '2011-03-20' }, { start: '2016-03-14', end: '2016-03-20' }], describe: () => 'a' };
    const prefers2016 = { kind: 'tie', weight: 0.2, tieBreak: true, intervals: [{ start: '2016-01-01', end: '2016-12-31' }], describe: () => 'tie' };

    it('chooses among equally good windows', () => {
      const solution = solve([twoYears, prefers2016], '2026-11-23');
      expect(solution.hull).toEqual({ start: '2016-03-14', end: '2016-03-20' });
      expect(solution.alternatives).toEqual([]);
      expect(solution.verdicts.map((v) => v.supports)).toEqual([true, true]);
    });

    it('never cuts a window, and never outweighs the text', () => {
      const cutting = { ...prefers2016, intervals: [{ start: '2016-03-17', end: '2016-12-31' }] };
      expect(solve([twoYears, cutting], '2026-11-23').hull).toEqual({ start: '2016-03-14', end: '2016-03-20' });
      const against = { kind: 'b', weight: 0.3, intervals: [{ start: '2011-01-01', end: '2011-12-31' }], describe: () => 'b' };
      const solution = solve([twoYears, against, prefers2016], '2026-11-23');
      expect(solution.hull).toEqual({ start: '2011-03-14', end: '2011-03-20' });
      expect(solution.verdicts.find((v) => v.constraint.kind === 'tie')?.supports).toBe(false);
    });

    it('is left out with the claim it stands in, like any evidence', () => {
      const solution = solve([twoYears, prefers2016], '2026-11-23');
      expect(solution.leaveOut!([prefers2016]).hull).toEqual({ start: '2011-03-14', end: '2016-03-20' });
    });
  });
});

describe('resolution', () => {
  it('puts yearless past dates on or before the document date and counts relative ones from it', () => {
    const text = 'On 28 December the board met. Last year the plant closed. A week before the 28 December meeting, staff were told. Over twenty years ago the mill opened.';
    const time = timeOf(text, { date: '2021-01-10' });
    const value = (t: string) => time.resolved.find((r) => r.mention.text === t);
    expect(value('28 December')).toMatchObject({ start: '2020-12-28', anchor: 'document' });
    expect(value('Last year')).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    expect(value('A week before')).toMatchObject({ start: '2020-12-21', anchor: 'mention' });
    expect(value('Over twenty years ago')?.end).toBe('2001-01-10');
  });

  it('puts yearless dates in a sentence about the future on or after the document date', () => {
    const time = timeOf('The festival will open on 2 March.', { date: '2021-09-20' });
    expect(time.resolved[0]).toMatchObject({ start: '2022-03-02' });
  });

  it('"the following day" counts from the date just set', () => {
    const time = timeOf('The vote was held on 3 May 2022. The following day, the results were published.');
    expect(time.resolved.map((r) => r.start)).toEqual(['2022-05-03', '2022-05-04']);
  });

  it('leaves yearless dates unresolved when the year is unknown', () => {
    const time = timeOf('On 6 May the leaders met in Sochi.');
    expect(time.resolved).toEqual([]);
    expect(time.referenceDateFor(0)).toBeNull();
  });
});
