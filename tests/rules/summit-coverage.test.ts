/**
 * A missing record is not silence: meetings the knowledge base did not know used to turn true
 * sentences into findings. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import eventDate from '../../rules/event-date.js';
import eventLocation from '../../rules/event-location.js';
import { runRule } from '../helpers.js';

const both = (text: string, date: string) => [...runRule(eventDate, text, { date }), ...runRule(eventLocation, text, { date })].map((f) => f.message);

describe('meetings outside the yearly summit are known', () => {
  it('the G7 leaders\' meeting in The Hague on 24 March 2014', () => {
    expect(both('The G7 summit in The Hague on March 24, 2014 agreed to suspend the G8.', '2014-04-10')).toEqual([]);
  });

  it('the virtual G20 summits of 26 March 2020 and 22 November 2023', () => {
    expect(both('The G20 summit on March 26, 2020 was held by video link.', '2020-04-10')).toEqual([]);
    expect(both('Leaders joined the G20 summit on 22 November 2023 by video.', '2023-12-10')).toEqual([]);
  });

  it('still flags a summit put in the wrong town', () => {
    expect(both('The G20 summit in Hamburg in June 2019 ended with a statement on trade.', '2019-07-10')).not.toEqual([]);
  });

  it('a finding about the 2018 G20 cites no page about another meeting (the APEC 2018 page)', () => {
    const [finding] = runRule(eventLocation, "Last year's G20 summit in Singapore ended without a communique.", { date: '2019-01-10' });
    const urls = (finding.sources ?? []).map((s) => s.url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.some((u) => /APEC/i.test(u))).toBe(false);
  });
});
