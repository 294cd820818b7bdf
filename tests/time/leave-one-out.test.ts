/**
 * No claim checks itself: a check judges a claim by the date inferred without that claim's
 * own evidence, and when the evidence is thin or split the checks stay quiet and say why.
 * Articles written for these tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, runRule } from '../helpers.js';
import { setClock } from '../../src/time/index.js';
import officeHolder from '../../rules/office-holder.js';
import futureDate from '../../rules/future-date.js';
import elapsedTime from '../../rules/elapsed-time.js';
import { explainDocument } from '../../src/cli/commands/explain.js';
import { makeDocument } from '../helpers.js';

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

/** An undated article of March 2005, with one title that did not exist then. */
const WRONG_TITLE = [
  'On Monday, 14 March, European finance ministers met in Brussels to discuss the budget rules.',
  'President Jacques Chirac said France would back the reform, and Chancellor Gerhard Schröder agreed.',
  'Prime Minister Gordon Brown said Britain would not join the currency.',
].join('\n');

describe('leave-one-out', () => {
  it('a wrong title does not move the date: the article stays in March 2005, and the title is the outlier', () => {
    const time = analyzeText(WRONG_TITLE).get('time');
    expect(time.documentDate).toMatchObject({ earliest: '2005-03-14', latest: '2005-03-24', source: 'inferred' });
    const brown = time.documentDate.evidence.find((e) => e.description.startsWith('Gordon Brown'));
    expect(brown?.supports).toBe(false);
  });

  it('the wrong title is flagged against the date the rest of the evidence gives; the right one is not', () => {
    const findings = runRule(officeHolder, WRONG_TITLE);
    expect(findings.map((f) => f.text)).toEqual(['Prime Minister Gordon Brown']);
    expect(findings[0].message).toMatch(/^Gordon Brown was not yet Prime Minister of the United Kingdom on 1[4-9] March 2005/);
  });

  it('even when the wrong title is the only thing that bounds the date from above, it cannot vouch for itself', () => {
    // Without the title, nothing says the article is older than today; with it, the date
    // would move into Brown's term. The check judges the title without it: quiet, and says why.
    const text = 'The talks were held on 14 March 2005 in Brussels. Prime Minister Gordon Brown said Britain would not join.';
    const document = analyzeText(text);
    const claim = document.get('claims').find((c) => c.kind === 'person-title')!;
    const time = document.get('time');
    expect(time.window()?.earliest).toBe('2007-06-27');
    expect(time.window({ without: claim.span })).toMatchObject({ earliest: '2005-03-14', latest: '2026-11-23' });
    expect(runRule(officeHolder, text)).toEqual([]);
  });

  it('a past event dated after the date the rest of the text gives is flagged, even though its own date pulls the other way', () => {
    const text = [
      'On Monday, 14 March, the city council met in Leeds.',
      'Prime Minister Tony Blair said the plan was sound, and President Jacques Chirac sent his congratulations.',
      'The council approved the tram line on 3 October 2006.',
    ].join('\n');
    const findings = runRule(futureDate, text);
    expect(findings.map((f) => f.text)).toEqual(['3 October 2006']);
    expect(findings[0].message).toContain('14–24 March 2005');
  });

  it('a hope or a plan reported in the past tense is not a past event', () => {
    const text = 'The commander said it is hoped the first aircraft can be tested in 2010. The minister said the plant would open on 1 July 2009.';
    expect(runRule(futureDate, text, { date: '2008-03-01' })).toEqual([]);
    expect(runRule(futureDate, 'The first aircraft was tested on 1 July 2009.', { date: '2008-03-01' }).map((f) => f.text)).toEqual(['1 July 2009']);
  });

  it('"N years ago, on <date>" is checked against the rest of the text, not against itself', () => {
    const text = [
      'On Monday, 14 March, the gallery reopened in Leeds.',
      'President Jacques Chirac and Chancellor Gerhard Schröder sent letters of congratulation.',
      'The gallery closed two years ago, on 5 April 1999, after a fire.',
    ].join('\n');
    const findings = runRule(elapsedTime, text);
    expect(findings.map((f) => f.text)).toEqual(['two years ago']);
    expect(findings[0].message).toContain('not 2 years');
  });
});

describe('thin or split evidence', () => {
  it('one weak hint gives a window but no date, and the checks say why they stay quiet', () => {
    const text = 'The bridge, first opened in 2015, was closed on Tuesday. Prime Minister Tony Blair said it would reopen.';
    const document = analyzeText(text);
    const time = document.get('time');
    expect(time.documentDate.date).toBeNull();
    const claim = document.get('claims').find((c) => c.kind === 'person-title')!;
    expect(time.window({ without: claim.span, minConfidence: 0.5 })).toBeUndefined();
    expect(time.whyNoWindow({ without: claim.span, minConfidence: 0.5 })).toMatch(/^the evidence for the article's date is thin or split once the evidence of the claim being checked is left out \(confidence \d+%, below the 50% a check needs\)$/);
    expect(runRule(officeHolder, text)).toEqual([]);
  });

  it('explain tells an editor the window, that no day can be named, and why the checks stay quiet', () => {
    const report = explainDocument(makeDocument('The bridge, first opened in 2015, was closed on Tuesday.'));
    expect(report.documentDate).toMatchObject({ date: null, earliest: '2015-01-01', latest: '2026-11-23' });
    expect(report.checks.useWindow).toBe(false);
    expect(report.checks.why).toMatch(/thin or split/);
  });

  it('nothing at all: unknown, and the checks say so', () => {
    const document = analyzeText('The bridge was closed on Tuesday. Prime Minister Tony Blair said it would reopen.');
    const time = document.get('time');
    const claim = document.get('claims').find((c) => c.kind === 'person-title')!;
    expect(time.whyNoWindow({ without: claim.span })).toBe('nothing in the text dates the article once the evidence of the claim being checked is left out');
  });
});
