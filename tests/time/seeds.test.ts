/**
 * Acceptance on the shared seed articles: the two misdated links in 000 are flagged, and
 * the seeds' correct time statements stay quiet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { analyzeTimeText as analyzeText, runTimeRule as runRule } from './harness.js';
import { setClock } from '../../src/time/document-date.js';
import urlDate from '../../rules/url-date.js';
import weekdayMismatch from '../../rules/weekday-mismatch.js';
import elapsedTime from '../../rules/elapsed-time.js';
import futureDate from '../../rules/future-date.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
const read = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

describe.skipIf(seedFiles.length === 0)('temporal rules on the seed articles', () => {
  it('narrows 000 to the years its weekday and titles allow, and lists the URL dates as disagreeing', () => {
    // The time layer alone (no knowledge base): 22 January was a Tuesday in 2013 and 2019,
    // and nothing in the text itself tells which; the window keeps both.
    const time = analyzeText(read(seedFiles[0])).get('time');
    expect(time.documentDate.source).toBe('inferred');
    expect(time.documentDate.date).toBeNull();
    expect(time.window({ ignoreUrls: true })?.latest).toBe('2019-01-29');
    const against = time.documentDate.evidence.filter((e) => !e.supports).map((e) => e.description);
    expect(against.some((d) => d.includes('2 April 2026'))).toBe(true);
  });

  it('flags exactly the two links in 000, saying the events date to January 2019', () => {
    const findings = runRule(urlDate, read(seedFiles[0]));
    expect(findings).toHaveLength(2);
    for (const f of findings) {
      expect(f.text).toMatch(/^https:\/\/www\.themoscowtimes\.com\/2026\/04\/02\//);
      expect(f.message).toContain('January 2019');
      expect(f.evidence?.claimed).toContain('2 April 2026');
    }
  });

  it.each(seedFiles)('reports no other temporal finding on %s', (name) => {
    const text = read(name);
    for (const rule of [weekdayMismatch, elapsedTime, futureDate]) expect(runRule(rule, text)).toEqual([]);
    if (!name.startsWith('000')) expect(runRule(urlDate, text)).toEqual([]);
  });
});
