import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/load/index.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { SEEDS } from './support.js';

const quantities = (text: string) => extractQuantities(parseDocument('t.txt', text, 'text'));
const one = (text: string) => {
  const found = quantities(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('quantities', () => {
  it('reads a counted noun phrase with its bound, lemmatised', () => {
    const q = one('The valley is home to approximately 20,000 Russian residents.');
    expect(q).toMatchObject({ text: 'approximately 20,000 Russian residents', value: 20000, bound: 'about', subject: 'russian resident', key: 'quantity:count:russian resident' });
    expect(q.range.low).toBeLessThan(18000);
    expect(q.range.high).toBeGreaterThan(22000);
  });

  it('normalises scales, currencies and spelled numbers', () => {
    expect(one('The city has 3.5 million people.')).toMatchObject({ value: 3_500_000, key: 'quantity:count:person' });
    expect(one('Organisers counted two dozen journalists.')).toMatchObject({ value: 24, subject: 'journalist' });
    const money = one('Last year the government spent ¥20 billion promoting these politically motivated projects.');
    expect(money).toMatchObject({ text: '¥20 billion', value: 2e10, unit: 'JPY', dimension: 'money:JPY', subject: 'spend:project' });
    expect(one('The ministry pledged 40 million euros for reconstruction projects.')).toMatchObject({ value: 4e7, dimension: 'money:EUR', subject: 'pledge:project' });
    expect(one('About 40 percent of voters backed the plan.')).toMatchObject({ value: 40, dimension: 'percent', subject: 'voter', bound: 'about' });
  });

  it('reads durations in years and counts of occasions with their verb', () => {
    expect(one('It is a process that has dragged on for more than 75 years.')).toMatchObject({ value: 75, bound: 'more-than', dimension: 'duration', subject: 'process' });
    expect(one('The feud has lasted seven decades.')).toMatchObject({ value: 70, dimension: 'duration', subject: 'feud' });
    const times = one('Abe built personal ties with Putin, meeting the Russian leader 27 times.');
    expect(times).toMatchObject({ value: 27, bound: 'exact', key: 'quantity:count:meet times' });
    expect(times.anchors).toEqual(expect.arrayContaining(['abe', 'putin']));
    expect(times.range).toEqual({ low: 27, high: 27 });
  });

  it('keeps the exact span of the figure', () => {
    const text = 'Officials said nearly 2,000 troops had arrived.';
    const q = one(text);
    expect(text.slice(q.span.start, q.span.end)).toBe('nearly 2,000 troops');
    expect(q.bound).toBe('at-most');
  });

  it('leaves dates, years, labels, modifiers, ranges and small set counts alone', () => {
    expect(quantities('On Jan. 22, 2019 the talks were held. On 6 May they met again.')).toEqual([]);
    expect(quantities('In 1999, Russia signed a basic agreement. Article 9 forbids it.')).toEqual([]);
    expect(quantities('Abe offered an 8-point plan in May 2016 to the G20 leaders.')).toEqual([]);
    expect(quantities('The two leaders discussed the four islands and the two smaller islands.')).toEqual([]);
    expect(quantities('Between 200 and 300 protesters gathered; 20-30 were held.')).toEqual([]);
    expect(quantities('Over the course of the next six years the plan changed.')).toEqual([]);
    expect(quantities('The meeting began at 10:30 and 3,000 was not a figure anyone quoted.')).toEqual([]);
  });

  it('finds the figures of the seed articles and nothing else', () => {
    const seed = (name: string) => extractQuantities(parseDocument(name, readFileSync(`${SEEDS}/${name}`, 'utf8'), 'text'));
    expect(seed('003_dc5b3c73b90bfc24.txt').map((q) => q.text)).toEqual(['¥20 billion', '27 times']);
    expect(seed('004_15578384cbba6fc5.txt').map((q) => q.text)).toEqual(['more than 75 years', 'approximately 20,000 Russian residents']);
    expect(seed('000_e3f50b9bf383f181.txt')).toEqual([]);
  });
});
