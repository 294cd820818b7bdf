import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/unsourced-quote.js';
import { runRule } from '../helpers.js';

const seed = (name: string) => readFileSync(`/work/shared/seeds/${name}`, 'utf8');

describe('unsourced-quote', () => {
  it('flags a named person’s quote with no outlet, occasion, date or place', () => {
    const [finding, ...rest] = runRule(rule, '“The harbour will not survive another winter like this one,” said Pilar Ortega, a fisheries consultant in Vigo.');
    expect(rest).toEqual([]);
    expect(finding.text).toBe('“The harbour will not survive another winter like this one,”');
    expect(finding.message).toBe('Pilar Ortega is quoted without saying where or when they said it (an interview, a statement, a press conference, a post, a date …).');
    expect(finding.evidence?.claimed).toContain('Pilar Ortega (a fisheries consultant in Vigo)');
    expect(finding.suggestions?.[0].message).toContain('Pilar Ortega');
  });

  it.each([
    '“The harbour will not survive another winter like this one,” Pilar Ortega told El País on Monday.',
    '“The harbour will not survive another winter like this one,” Pilar Ortega said at a council hearing.',
    'Pilar Ortega wrote on Facebook: “The harbour will not survive another winter like this one.”',
    '“The harbour will not survive another winter like this one,” officials said.',
    'The mayor called the plan a “costly gamble”.',
    'Her new book, “The Harbour That Survived Every Winter Until Now”, is out.',
    '“Too late,” said Pilar Ortega.',
  ])('is quiet on sourced, group, scare-quoted, title and short quotes: %s', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it('reports a quote and its continuation once', () => {
    const findings = runRule(rule, '“We lost the game in the first ten minutes,” said coach Mateo Silva. “The second half was much better than anyone expected.”');
    expect(findings.map((f) => f.text)).toEqual(['“We lost the game in the first ten minutes,”']);
    expect(findings[0].evidence?.reasoning?.join(' ')).toContain('next quotation continues');
  });

  it('honours minWords', () => {
    const text = '“Prices will fall soon enough,” said Anna Kowalska.';
    expect(runRule(rule, text)).toHaveLength(0);
    expect(runRule(rule, text, { ruleOptions: { minWords: 4 } })).toHaveLength(1);
  });

  it('seed 004: flags Zakharova, Streltsov and Nemuro; not Kamikawa', () => {
    const findings = runRule(rule, seed('004_15578384cbba6fc5.txt'));
    expect(findings.map((f) => f.message.split(' is quoted')[0])).toEqual(['Maria Zakharova', 'Dmitry Streltsov', 'Hiroshi Nemuro']);
  });

  it('seeds 000, 001, 002: quiet (Putin and Abe spoke at the final press conference; scare quotes)', () => {
    for (const name of ['000_e3f50b9bf383f181.txt', '001_4d655657bf6eb2cc.txt', '002_13f4f4936c3945a7.txt']) {
      expect(runRule(rule, seed(name))).toEqual([]);
    }
  });

  it('seed 003: the Medvedev passage ("In his words:") is attributed by a pronoun, so it is not judged', () => {
    expect(runRule(rule, seed('003_dc5b3c73b90bfc24.txt'))).toEqual([]);
  });

  it('example articles: flags only the unsourced quotes', () => {
    const run = (path: string, format: 'markdown' | 'text') => runRule(rule, readFileSync(path, 'utf8'), { format }).map((f) => f.message.split(' is quoted')[0]);
    // Lois's "In her words:" passage is attributed by a pronoun; Iglesias's occasion (the press briefing) carries over.
    expect(run('corpus/examples/quotes-harbour.md', 'markdown')).toEqual(['Marta Lois']);
    expect(run('corpus/examples/quotes-british.txt', 'text')).toEqual(['Priya Raman', 'Helen Moss']);
    expect(run('corpus/examples/quotes-sourced.txt', 'text')).toEqual([]);
  });
});
