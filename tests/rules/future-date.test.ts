import { describe, expect, it } from 'vitest';
import rule from '../../rules/future-date.js';
import { runTimeRule } from '../time/harness.js';
import { example } from './time-examples.js';

describe('future-date', () => {
  it('flags a past event dated after the article and a future one dated before it', () => {
    const { text, format, path } = example('time-future-past.md');
    const findings = runTimeRule(rule, text, { format, path });
    expect(findings.map((f) => f.text)).toEqual(['3 October 2021', '2 May 2021']);
    expect(findings[0].message).toContain('told as something that has happened');
    expect(findings[1].message).toContain('told as still to come');
  });

  it('stays quiet on plans, deadlines, conditionals, named years and correct text', () => {
    const date = '2021-09-20';
    expect(runTimeRule(rule, 'The council said it will close the bridge on 3 October 2021.', { date })).toEqual([]);
    expect(runTimeRule(rule, 'The works must be finished by March 2022.', { date })).toEqual([]);
    expect(runTimeRule(rule, 'The 2024 games were awarded to the city.', { date })).toEqual([]);
    expect(runTimeRule(rule, 'Consent to the 1956 declaration would mean little.', { date })).toEqual([]);
    const { text, format, path } = example('time-correct.md');
    expect(runTimeRule(rule, text, { format, path })).toEqual([]);
  });

  it('stays quiet without a document date', () => {
    expect(runTimeRule(rule, 'The council voted to close the bridge on 3 October 2021.')).toEqual([]);
  });
});
