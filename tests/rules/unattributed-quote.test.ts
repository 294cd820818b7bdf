import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/unattributed-quote.js';
import { runRule } from '../helpers.js';

describe('unattributed-quote', () => {
  it('flags speech with no speaker', () => {
    const [finding, ...rest] = runRule(rule, 'The port closed in March. “Nobody here has seen a season this bad in forty years.”');
    expect(rest).toEqual([]);
    expect(finding.text).toBe('“Nobody here has seen a season this bad in forty years.”');
    expect(finding.message).toBe('This quotation of 11 words does not say who said it.');
    expect(finding.suggestions?.[0].message).toContain('Name the speaker');
  });

  it.each([
    'The port closed in March. “Nobody here has seen a season this bad in forty years,” said harbour master Ana Ruiz.',
    'Critics call it a “race to the bottom”.',
    'The treaty grants both sides ‘the right to fish in the shared waters of the bay’ each summer.',
    'The exhibition “Forty Years of Fishing on the Northern Coast” opens today.',
    '“We lost the game in the first ten minutes,” said coach Mateo Silva. “The second half was much better.”',
    '“Nobody saw it coming.”',
  ])('is quiet on attributed quotes, scare quotes, woven phrases, titles, continuations and short quotes: %s', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it('is quiet on every seed article', () => {
    for (const name of readdirSync('/work/shared/seeds').filter((f) => f.endsWith('.txt'))) {
      expect(runRule(rule, readFileSync(`/work/shared/seeds/${name}`, 'utf8'))).toEqual([]);
    }
  });

  it('flags the unattributed quote of the harbour example only', () => {
    const findings = runRule(rule, readFileSync('corpus/examples/quotes-harbour.md', 'utf8'), { format: 'markdown' });
    expect(findings.map((f) => f.text.slice(0, 30))).toEqual(['“Nobody in this town remembers']);
    expect(runRule(rule, readFileSync('corpus/examples/quotes-british.txt', 'utf8'))).toEqual([]);
    expect(runRule(rule, readFileSync('corpus/examples/quotes-sourced.txt', 'utf8'))).toEqual([]);
  });
});
