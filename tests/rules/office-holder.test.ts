import { describe, expect, it } from 'vitest';
import rule from '../../rules/office-holder.js';
import { runRule } from '../helpers.js';
import { example, hasSeeds, seeds } from './fact-fixtures.js';

function run(name: string) {
  const { text, format } = example(name);
  return runRule(rule, text, { format });
}

describe('office-holder', () => {
  it('flags a title taken only later ("Chancellor Merkel" in 2004), naming the holder then', () => {
    const findings = run('facts-titles-2004.md');
    expect(findings.map((f) => f.text)).toEqual(['Chancellor Merkel']);
    expect(findings[0].message).toContain('22 November 2005');
    expect(findings[0].message).toContain('Gerhard Schröder');
    expect(findings[0].sources?.length).toBeGreaterThan(0);
    expect(findings[0].evidence?.reasoning?.length).toBeGreaterThan(0);
  });

  it('flags present-tense titles no longer held and misstated terms; accepts "former" and anachronistic past uses', () => {
    const findings = run('facts-titles-2018.md');
    expect(findings.map((f) => f.text)).toEqual([
      'President Obama',
      'Russian President Dmitry Medvedev',
      'Angela Merkel, who served as German chancellor from 2003 to 2021',
    ]);
    expect(findings[0].message).toContain('Donald Trump');
    expect(findings[1].message).toContain('Vladimir Putin');
  });

  it('flags a future prime minister; accepts "then" titles held at the time and right stated terms', () => {
    const findings = run('facts-titles-2019.md');
    expect(findings.map((f) => f.text)).toEqual(['Prime Minister Fumio Kishida']);
    expect(findings[0].message).toContain('Shinzo Abe');
  });

  it('flags a "then" title not held at the stated time', () => {
    const findings = runRule(rule, 'Taro Kono (then foreign minister) met Sergei Lavrov in 2014.', { date: '2022-01-10' });
    expect(findings.map((f) => f.text)).toEqual(['Taro Kono (then foreign minister']);
  });

  it('is quiet without a document date, and for past-tense narration of earlier office', () => {
    expect(runRule(rule, 'President Obama says the deal is good.')).toEqual([]);
    expect(runRule(rule, 'Relations warmed during the tenure of Prime Minister Shinzo Abe, who met Putin often.', { date: '2024-03-01' })).toEqual([]);
  });

  it.runIf(hasSeeds)('is quiet on every seed (Kishida "then foreign minister", "former president" Medvedev, Abe\'s terms are right)', () => {
    for (const seed of seeds()) expect(runRule(rule, seed.text), seed.name).toEqual([]);
  });
});

describe('office-holder precision', () => {
  it('leaves quoted words to their speaker', () => {
    expect(runRule(rule, '“President Obama is right about this,” the senator says.', { date: '2018-10-03' })).toEqual([]);
  });

  it('accepts a title at the date the clause gives, and a title held when writing', () => {
    const text = 'On 9 February 2016, US President Barack Obama phoned Abe. In 2004, Chancellor Merkel was in opposition.';
    expect(runRule(rule, text, { date: '2019-05-01' })).toEqual([]);
  });

  it('does not guess between two people with one surname', () => {
    expect(runRule(rule, 'President Bush says the war is over.', { date: '2012-01-01' })).toEqual([]);
  });
});

describe('office-holder reads a name the way kb lookup does', () => {
  const dated = (text: string) => runRule(rule, text, { date: '2008-05-10' });

  it('links "President Xi" to Xi Jinping and flags it in 2008, before his presidency', () => {
    const findings = dated('President Xi said the talks were useful.');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^Xi Jinping was not yet President of China on 10 May 2008/);
    expect(findings[0].message).toContain('Hu Jintao');
  });

  it('does not read a given name as a surname ("President Jinping" links to nobody)', () => {
    expect(dated('President Jinping said the talks were useful.')).toEqual([]);
  });
});

describe('office-holder leaves quoted titles alone, whatever the quotation marks', () => {
  const dated = (text: string) => runRule(rule, text, { date: '2019-06-01' });

  it.each([
    ['curly double', 'The ambassador recalled: “President Obama says the deal is good for America.”'],
    ['curly single', 'The ambassador recalled: ‘President Obama says the deal is good for America.’'],
    ['straight double', 'The ambassador recalled: "President Obama says the deal is good for America."'],
    ['guillemets', 'The ambassador recalled: «President Obama says the deal is good for America.»'],
  ])('%s quotation marks', (_form, text) => {
    expect(dated(text)).toEqual([]);
  });

  it('still checks the same words outside quotation marks', () => {
    expect(dated('President Obama says the deal is good for America.')).toHaveLength(1);
  });
});
