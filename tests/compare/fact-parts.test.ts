/**
 * The parts of cross-document comparison on their own: reading statements of fact (what a
 * date or a figure is about), word forms, quotations changed or only trimmed, forenames,
 * times read with each document's own date, vote tallies and model numbers.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';
import { stem } from '../../src/link/facts/terms.js';
import { quoteReplacement } from '../../src/corpus/quote-diff.js';
import { forenamesCompatible, similarSpelling } from '../../src/corpus/spelling.js';
import { timeAgreement } from '../../src/corpus/fact-match.js';
import { quoteWords } from '../../src/link/facts/quote-words.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { makeDocument } from '../helpers.js';
import type { FactClaim, FactTime } from '../../src/analysis/mentions.js';

const facts = (text: string, date = '2024-05-20'): FactClaim[] => analyzeText(text, { date }).get('facts');
const dateFact = (text: string, stated: string, date?: string) => {
  const found = facts(text, date).find((f) => f.value.kind === 'date' && f.stated === stated);
  expect(found, `a date fact «${stated}» in «${text}»`).toBeDefined();
  return found as FactClaim;
};

describe('facts: what a date is the date of', () => {
  it('takes the action next to the date, in its own clause', () => {
    const f = dateFact('Okafor became governor after Lena Brandt stepped down on March 3 after a vote in the assembly.', 'March 3');
    expect(f.about.head).toBe('step_down');
    expect(f.about.entities.flat()).toContain('brandt');
    expect(f.about.entities.flat()).not.toContain('okafor');
  });

  it('takes the action after a date that opens the clause, and the news of the lead from the document date', () => {
    expect(dateFact('On Tuesday, the Tarsk ferry was relaunched in Ollby harbour.', 'Tuesday').about.head).toBe('relaunch');
    const lead = facts('The Corvane C9 airliner has made its maiden flight from Ostrel airfield.', '2024-05-20').find((f) => f.stated.startsWith('has made'));
    expect(lead?.about.head).toBe('first_fly');
    expect(lead?.value).toMatchObject({ kind: 'date', time: { start: '2024-05-13', end: '2024-05-20', basis: 'document' } });
  });

  it('knows what began or ended ("the census campaign started"), and drops a date that dates a saying', () => {
    const f = dateFact('The national census campaign started on June 2 across Norland.', 'June 2');
    expect(f.about).toMatchObject({ head: 'begin', argument: 'census' });
    expect(facts('Norland Rail said on Monday that the coastal line reopened.').filter((x) => x.value.kind === 'date')).toEqual([]);
  });

  it('marks plans, and a pronoun for someone the clause does not name', () => {
    expect(dateFact('The Tarsk ferry will sail to Ollby on June 9.', 'June 9').planned).toBe(true);
    expect(dateFact('In 2011 they were inducted into the Norland Music Hall.', '2011').about.pronoun).toBe(true);
  });
});

describe('word forms', () => {
  it('gives inflections, irregular forms and listed synonyms one stem', () => {
    expect(new Set(['voted', 'voting', 'votes', 'vote'].map(stem)).size).toBe(1);
    expect(stem('stepped')).toBe(stem('step'));
    expect(stem('flew')).toBe(stem('flight'));
    expect(stem('started')).toBe(stem('began'));
    expect(stem('impeachment')).toBe(stem('impeached'));
    expect(stem('called')).not.toBe(stem('cal'));
  });
});

describe('quotations of one speaker', () => {
  const words = (text: string) => quoteWords(text);
  it('agree when one is trimmed, cut with an ellipsis or edited in brackets', () => {
    const full = words('We will not raise bus fares this year, whatever the council decides about the budget.');
    expect(quoteReplacement(full, words('We will not raise bus fares this year'))).toBeUndefined();
    expect(quoteReplacement(full, words('We will not raise bus fares ... whatever the council decides about the budget.'))).toBeUndefined();
    expect(quoteReplacement(words('[T]he council decides about the budget in the spring'), words('the council decides about the budget in the spring'))).toBeUndefined();
  });

  it('disagree when a word stands in place of another, not when a spelling differs', () => {
    expect(quoteReplacement(words('We will not raise bus fares this year, whatever the council decides'), words('We will not raise bus fares next year, whatever the council decides'))).toEqual({ first: ['this'], second: ['next'] });
    expect(quoteReplacement(words('The organisation has never taken a penny from the council'), words('The organization has never taken a penny from the council'))).toBeUndefined();
  });
});

describe('forenames', () => {
  it('agree as written, as an initial, as a short form or a spelling variant; not otherwise', () => {
    expect(forenamesCompatible(['anthony'], ['tony'])).toBe(true);
    expect(forenamesCompatible(['a.'], ['anthony'])).toBe(true);
    expect(forenamesCompatible(['sergei'], ['sergey'])).toBe(true);
    expect(forenamesCompatible(['anthony'], ['martin'])).toBe(false);
    expect(similarSpelling('helen', 'gwen')).toBe(false);
  });
});

describe('times read with each document\'s own date', () => {
  const day = (iso: string, extra: Partial<FactTime> = {}): FactTime => ({ start: iso, end: iso, granularity: 'day', reliable: true, stated: {}, basis: 'stated', ...extra });
  it('the same relative words agree; different weekdays do not', () => {
    expect(timeAgreement(day('2024-02-05', { relative: 'monday', stated: { weekday: 1 } }), day('2024-02-12', { relative: 'monday', stated: { weekday: 1 } }))).toBe(true);
    expect(timeAgreement(day('2024-02-05', { relative: 'monday', stated: { weekday: 1 } }), day('2024-02-06', { relative: 'tuesday', stated: { weekday: 2 } }))).toBe(false);
  });

  it('a date the time layer could not place compares by the parts it states; two such dates without a year do not compare', () => {
    const unplaced = (month: number, dayOfMonth: number): FactTime => ({ granularity: 'day', reliable: false, stated: { month, day: dayOfMonth }, basis: 'stated' });
    expect(timeAgreement(unplaced(11, 25), day('2019-11-20'))).toBe(false);
    expect(timeAgreement(unplaced(11, 20), day('2019-11-20'))).toBe(true);
    expect(timeAgreement(unplaced(11, 25), unplaced(11, 20))).toBeUndefined();
  });
});

describe('figures that are not counts, and votes', () => {
  const quantities = (text: string) => extractQuantities(makeDocument(text)).map((q) => q.text);
  it('reads a vote\'s tally only in a sentence about a vote', () => {
    expect(extractQuantities(makeDocument('The assembly passed the budget by a vote of 88-12.'))).toEqual([expect.objectContaining({ dimension: 'tally', tally: [88, 12] })]);
    expect(quantities('Ostrel won the final 3-1 in extra time.')).toEqual([]);
    expect(quantities('The 2008-2009 season ended early.')).toEqual([]);
  });

  it('does not read a model number as a count where the document writes it as a name', () => {
    expect(quantities('Sirocco Air flies the Corvane 320. It said 320 aircraft would be enough.')).toEqual([]);
    expect(quantities('It said 320 aircraft would be enough.')).toEqual(['320 aircraft']);
  });
});
