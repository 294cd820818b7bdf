import { describe, expect, it } from 'vitest';
import rule from '../../rules/weekday-mismatch.js';
import { runTimeRule } from '../time/harness.js';
import { example } from './time-examples.js';

describe('weekday-mismatch', () => {
  it('flags an explicit weekday that does not fit the date, with a replacement', () => {
    const findings = runTimeRule(rule, 'The treaty was signed on Wednesday, 15 March 2005.');
    expect(findings).toHaveLength(1);
    expect(findings[0].text).toBe('Wednesday, 15 March 2005');
    expect(findings[0].message).toBe('15 March 2005 was a Tuesday, not a Wednesday. Check the weekday or the date.');
    expect(findings[0].suggestions?.[0].replacement).toBe('Tuesday');
  });

  it('accepts the right weekday', () => {
    expect(runTimeRule(rule, 'The treaty was signed on Tuesday, 15 March 2005.')).toEqual([]);
    expect(runTimeRule(rule, 'Polls closed on Sunday, Oct. 3, 2021, at 8 p.m.')).toEqual([]);
  });

  it('uses the year from metadata for a yearless date, and stays quiet without one', () => {
    expect(runTimeRule(rule, 'The vote was held on Monday, 14 September.', { date: '2021-09-20' })).toHaveLength(1);
    expect(runTimeRule(rule, 'The vote was held on Tuesday, 14 September.', { date: '2021-09-20' })).toEqual([]);
    expect(runTimeRule(rule, 'The vote was held on Monday, 14 September.')).toEqual([]);
  });

  it('links "Thursday\'s meeting" to the dated meeting in an HTML article, and flags the explicit date', () => {
    const { text, format, path } = example('time-weekdays.html');
    const findings = runTimeRule(rule, text, { format, path });
    expect(findings.map((f) => f.text)).toEqual(['Thursday', 'Wednesday, 15 March 2005']);
    expect(findings[0].message).toContain('28 March 2023 was a Tuesday, not a Thursday');
  });

  it('resolves the year of a yearless date from metadata for the linked form', () => {
    const text = 'On Feb. 9, the two delegations held talks in Vienna. Sunday\'s negotiations ended early.';
    expect(runTimeRule(rule, text, { date: '2020-02-12' })).toEqual([]);
    const findings = runTimeRule(rule, text, { date: '2021-02-12' });
    expect(findings.map((f) => f.message)).toEqual(['9 February 2021 was a Tuesday, not a Sunday. Check the weekday or the date.']);
  });

  it('stays quiet when the weekday may mean another day or the event differs', () => {
    const text = 'On 28 March 2023 the ministers met in Oslo. On Thursday, they flew home.';
    expect(runTimeRule(rule, text)).toEqual([]);
    const other = 'On 28 March 2023 the ministers met in Oslo. Thursday\'s vote in parliament was close.';
    expect(runTimeRule(rule, other)).toEqual([]);
    const seedLike = 'On Jan. 22, 2019, talks were held in Moscow. Tuesday\'s negotiations ended without a deal.';
    expect(runTimeRule(rule, seedLike)).toEqual([]);
  });

  it('is quiet on the correct example article', () => {
    const { text, format, path } = example('time-correct.md');
    expect(runTimeRule(rule, text, { format, path })).toEqual([]);
  });
});
