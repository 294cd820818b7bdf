import { describe, expect, it } from 'vitest';
import rule from '../../rules/elapsed-time.js';
import { runTimeRule } from '../time/harness.js';
import { example } from './time-examples.js';

describe('elapsed-time', () => {
  it('flags durations the dates make impossible in the example article', () => {
    const { text, format, path } = example('time-elapsed.md');
    const findings = runTimeRule(rule, text, { format, path });
    expect(findings.map((f) => f.text)).toEqual(['more than 30 years', 'a decade']);
    expect(findings[0].message).toContain('since "1990"');
    expect(findings[0].evidence?.actual).toMatch(/^2[45]–2[56] years$/);
    expect(findings[1].message).toContain('from 2008 to 2011');
  });

  it('"more than 75 years" since 1945 is wrong in 2015 and right in 2023', () => {
    const text = 'The two countries have been without a peace treaty for more than 75 years, since 1945.';
    expect(runTimeRule(rule, text, { date: '2015-05-01' })).toHaveLength(1);
    expect(runTimeRule(rule, text, { date: '2023-03-22' })).toEqual([]);
  });

  it('"over twenty years ago" for a year the sentence gives', () => {
    const text = 'The commission was set up over twenty years ago, in 2010.';
    expect(runTimeRule(rule, text, { date: '2019-01-25' })).toHaveLength(1);
    expect(runTimeRule(rule, 'The commission was set up over twenty years ago, in 1997.', { date: '2019-01-25' })).toEqual([]);
  });

  it('stays quiet when one end is unknown', () => {
    expect(runTimeRule(rule, 'The border has been closed for more than 30 years, since 1990.')).toEqual([]);
    expect(runTimeRule(rule, 'For a decade, governments have avoided the issue.', { date: '2022-03-25' })).toEqual([]);
    const { text, format, path } = example('time-correct.md');
    expect(runTimeRule(rule, text, { format, path })).toEqual([]);
  });
});
