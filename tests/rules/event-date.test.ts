import { describe, expect, it } from 'vitest';
import rule from '../../rules/event-date.js';
import { runRule } from '../helpers.js';
import { example, hasSeeds, seeds } from './fact-fixtures.js';

describe('event-date', () => {
  it('flags treaties given the wrong year, by alias or by description plus parties', () => {
    const { text, format } = example('facts-treaty-years.html');
    const findings = runRule(rule, text, { format });
    expect(findings.map((f) => f.text)).toEqual(['1995, Russia and Ukraine signed a friendship treaty', 'Maastricht Treaty, signed in 1993']);
    expect(findings[0].message).toContain('31 May 1997');
    expect(findings[1].message).toContain('7 February 1992');
    expect(findings[1].suggestions?.[0].replacement).toBe('1992');
    expect(findings[1].evidence?.actual).toContain('1992');
    expect(findings[1].sources?.[0].url).toMatch(/^https?:\/\//);
  });

  it('accepts the adoption date for a signing (Kyoto), and stays quiet on other acts and two-date clauses', () => {
    const text = [
      'The Kyoto Protocol was signed in 1997.',
      'The Paris Agreement, adopted in 2015, matters.',
      'The Maastricht Treaty was signed in 1992 and entered into force in 1993.',
      'New START, which entered into force in 2011, was extended.',
    ].join(' ');
    expect(runRule(rule, text)).toEqual([]);
  });

  it('flags a summit pinned by series, place and year but given the wrong month', () => {
    const findings = runRule(rule, 'Leaders met at the G20 summit in Osaka in March 2019.');
    expect(findings.map((f) => f.text)).toEqual(['G20 summit in Osaka in March 2019']);
    expect(findings[0].message).toContain('28–29 June 2019');
  });

  it('tolerates a day either side of a summit\'s recorded dates', () => {
    expect(runRule(rule, 'Leaders met at the G20 summit in Osaka on 27 June 2019.')).toEqual([]);
  });

  it.runIf(hasSeeds)('finds exactly the 1999 agreement in seeds 000 and 002, naming 16 July 2001, and nothing else', () => {
    for (const seed of seeds()) {
      const findings = runRule(rule, seed.text);
      if (/^00[02]_/.test(seed.name)) {
        expect(findings, seed.name).toHaveLength(1);
        expect(findings[0].text.replace(/\s+/g, ' ')).toContain('1999, Russia first signed a basic agreement on bilateral relations');
        expect(findings[0].message).toContain('16 July 2001');
      } else {
        expect(findings, seed.name).toEqual([]);
      }
    }
  });
});

describe('event-date precision', () => {
  it('reads a year right before the name as the agreement\'s own date, even with other dates in the clause', () => {
    expect(runRule(rule, 'In 2021, Russia and China extended their 2001 friendship treaty.')).toEqual([]);
    const findings = runRule(rule, 'In 2021, Russia and China extended their 1999 friendship treaty.');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('16 July 2001')]);
  });

  it('stays quiet when a descriptive phrase fits several agreements between the same parties', () => {
    expect(runRule(rule, 'In 1997, Russia and China signed a border agreement.')).toEqual([]);
  });
});
