import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import crossDocConflict from '../../rules/cross-doc-conflict.js';
import eventLocation from '../../rules/event-location.js';
import { analyzeText, runRuleOn } from '../helpers.js';

const fixture = (name: string) => readFileSync(`corpus/examples/crossdoc/event-place/${name}`, 'utf8');

describe('cross-doc-conflict on a summit put in the wrong place (no hand-pinned claims)', () => {
  it('leaves the later account that moves the 2019 G20 summit to Tokyo to event-location: one finding for one slip', () => {
    const osaka = analyzeText(fixture('osaka.md'), { format: 'markdown', path: 'osaka.md' });
    const tokyo = analyzeText(fixture('tokyo.md'), { format: 'markdown', path: 'tokyo.md' });
    expect(runRuleOn(crossDocConflict, [osaka, tokyo]).flat()).toEqual([]);
    const [onTokyo] = runRuleOn(eventLocation, [tokyo]);
    expect(onTokyo).toHaveLength(1);
    expect(onTokyo[0].message).toContain('Osaka');
    expect(runRuleOn(eventLocation, [osaka]).flat()).toEqual([]);
  });

  it('does not compare places when the series met twice that year (G20, 2009)', () => {
    const london = analyzeText('Leaders met at the 2009 G20 summit in London to agree a stimulus package.', { path: 'london.txt', date: '2009-04-03' });
    const pittsburgh = analyzeText('Leaders met at the 2009 G20 summit in Pittsburgh to discuss financial regulation.', { path: 'pittsburgh.txt', date: '2009-09-26' });
    const findings = runRuleOn(crossDocConflict, [london, pittsburgh]);
    expect(findings.flat()).toEqual([]);
  });

  it('judges no place where the series\' records have gaps: the one meeting recorded that year may not be the one meant (European Council, 1993)', () => {
    const copenhagen = analyzeText('Leaders met at the 1993 EU summit in Copenhagen to set the membership criteria.', { path: 'copenhagen.txt', date: '1993-12-01' });
    const luxembourg = analyzeText('Leaders met at the 1993 EU summit in Luxembourg to discuss the budget.', { path: 'luxembourg.txt', date: '1993-12-01' });
    expect(runRuleOn(crossDocConflict, [copenhagen, luxembourg]).flat()).toEqual([]);
    expect(runRuleOn(eventLocation, [luxembourg]).flat()).toEqual([]);
  });
});
