/**
 * A title held at the time of writing bounds when an article was written to the holder's
 * term: a window of years, which names no day (unknown is better than a wrong date).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';
import { setClock } from '../../src/time/index.js';

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

describe('evidence that spans years', () => {
  it('"Prime Minister X described …" places the article in the term (a report may follow it by days) and names no day', () => {
    const time = analyzeText('Prime Minister Beata Szydło described the fire as a tragedy.').get('time');
    expect(time.documentDate.earliest).toBe('2015-11-16');
    expect(time.documentDate.latest).toBe('2017-12-25');
    expect(time.documentDate.date).toBeNull();
    expect(time.documentDate.evidence.some((e) => e.kind === 'office-holder')).toBe(true);
  });

  it('a present-tense title gives the term itself, still no day', () => {
    const time = analyzeText('Prime Minister Beata Szydło says the fire is a tragedy.').get('time');
    expect([time.documentDate.earliest, time.documentDate.latest]).toEqual(['2015-11-16', '2017-12-11']);
    expect(time.documentDate.date).toBeNull();
  });
});
