import { describe, expect, it } from 'vitest';
import rule from '../../rules/event-location.js';
import { runRule } from '../helpers.js';
import { example, hasSeeds, seeds } from './fact-fixtures.js';

describe('event-location', () => {
  it('flags a summit placed in the wrong city, naming the real host, dates and what happened there', () => {
    const { text, format } = example('facts-summit-places.md');
    const findings = runRule(rule, text, { format });
    expect(findings.map((f) => f.text)).toEqual(["last year's G20 summit in Tokyo", '2017 G7 summit in Hamburg']);
    const [tokyo, hamburg] = findings;
    expect(tokyo.message).toContain('Osaka, Japan, 28–29 June 2019');
    expect(tokyo.suggestions?.[0].replacement).toBe('Osaka');
    expect(tokyo.evidence?.claimed).toContain('Tokyo');
    expect(tokyo.evidence?.actual).toContain('Osaka');
    expect(tokyo.sources?.[0].recordId).toBe('g20-2019-osaka');
    expect(hamburg.message).toContain('Taormina, Italy');
    expect(hamburg.message).toContain('Hamburg hosted the 12th G20 Leaders\' Summit, 7–8 July 2017');
  });

  it('is quiet on right places: the city, the country, an undated summit, this year\'s summit', () => {
    const text = 'The 2019 G20 summit in Japan went well. The Osaka G20 summit was calm. A G20 summit in Singapore would be new.';
    expect(runRule(rule, text, { date: '2020-02-01' })).toEqual([]);
  });

  it('is quiet when the document date is unknown ("last year\'s" cannot be resolved)', () => {
    expect(runRule(rule, "They met at last year's G20 summit in Tokyo.")).toEqual([]);
  });

  it('is quiet when the series has no record for the year', () => {
    expect(runRule(rule, 'They met at the 1995 G20 summit in Tokyo.')).toEqual([]);
  });

  it.runIf(hasSeeds)('finds exactly the Singapore G20 error in seeds 000 and 002, and nothing else in the seeds', () => {
    for (const seed of seeds()) {
      const findings = runRule(rule, seed.text);
      if (/^00[02]_/.test(seed.name)) {
        expect(findings.map((f) => f.text.replace(/\s+/g, ' ')), seed.name).toEqual(['last year’s G20 summit in Singapore']);
        expect(findings[0].message).toContain('Buenos Aires');
        expect(findings[0].message).toContain('Singapore hosted the 33rd ASEAN Summit and the 13th East Asia Summit, 11–15 November 2018');
        expect(findings[0].sources?.map((s) => s.recordId)).toContain('g20-2018-buenos-aires');
      } else {
        expect(findings, seed.name).toEqual([]);
      }
    }
  });
});

describe('event-location relative years after the place', () => {
  it('reads "… in <place> last year"', () => {
    const findings = runRule(rule, 'Trump left the G7 summit in Quebec last year before the communiqué.', { date: '2019-03-01' });
    expect(findings).toEqual([]);
    const wrong = runRule(rule, 'Trump left the G7 summit in Toronto last year before the communiqué.', { date: '2019-03-01' });
    expect(wrong.map((f) => f.text)).toEqual(['G7 summit in Toronto last year']);
    expect(wrong[0].message).toContain('Charlevoix');
  });
});

describe('event-location in other words', () => {
  it('reads the place before the series and the year after it, and names the year the place did host', () => {
    const findings = runRule(rule, 'The Hamburg G20 summit in 2018 was tense. At the 2018 BRICS summit in Durban, leaders spoke.');
    expect(findings.map((f) => f.text)).toEqual(['Hamburg G20 summit in 2018', '2018 BRICS summit in Durban']);
    expect(findings[0].message).toContain('G20 leaders met in Hamburg on 7–8 July 2017');
    expect(findings[1].message).toContain('Johannesburg');
  });

  it('is quiet on correct summits written the same ways', () => {
    const text = 'The 2014 NATO summit in Wales agreed the target. The Hangzhou G20 summit in 2016 was calm. The 2022 G20 summit in Bali, Indonesia, ended well.';
    expect(runRule(rule, text)).toEqual([]);
  });
});

describe('event-location through "the summit"', () => {
  it('reads "the summit in <place>" as the summit last named in the paragraph, at its time', () => {
    const text = "Abe and Putin spoke at last year's G20 summit. At the summit in Singapore, they agreed to speed up talks.";
    const findings = runRule(rule, text, { date: '2019-02-01' });
    expect(findings.map((f) => f.text)).toEqual(['the summit in Singapore']);
    expect(findings[0].message).toContain('Buenos Aires');
  });

  it('is quiet when "the summit" is right, has no place, or the summit was named in another paragraph', () => {
    const text = [
      'The leaders attended the 2018 G20 summit. The summit in Buenos Aires ended with a communiqué.',
      'On the eve of the 2016 G7 summit, the summit agenda was set.',
      'Leaders met at the 2018 G20 summit.\n\nAt the summit in Singapore in November 2018, Abe and Putin met.',
    ].join('\n\n');
    expect(runRule(rule, text, { date: '2019-02-01' })).toEqual([]);
  });
});
