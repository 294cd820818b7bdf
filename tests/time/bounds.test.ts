/**
 * A title held since some day bounds when an article was written, but only on one side: a
 * window of years set by such bounds gives no date (unknown is better than a wrong date).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';
import { setClock } from '../../src/time/index.js';

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

describe('one-sided evidence', () => {
  it('"Prime Minister X" in a past report bounds the date from below and names no day', () => {
    const time = analyzeText('Prime Minister Beata Szydło described the fire as a tragedy.').get('time');
    expect(time.documentDate.earliest).toBe('2015-11-16');
    expect(time.documentDate.date).toBeNull();
    expect(time.documentDate.evidence.some((e) => e.kind === 'office-holder-since')).toBe(true);
  });

  it('a present-tense title (two-sided: during the term) still gives a date', () => {
    const time = analyzeText('Prime Minister Beata Szydło says the fire is a tragedy.').get('time');
    expect(time.documentDate.date).toBe('2015-11-16');
  });
});
