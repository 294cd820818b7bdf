import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../rules/url-date.js';
import { setClock } from '../../src/time/document-date.js';
import { runTimeRule } from '../time/harness.js';
import { example } from './time-examples.js';

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

const run = (name: string, ruleOptions?: Record<string, unknown>) => {
  const { text, format, path } = example(name);
  return runTimeRule(rule, text, { format, path, ruleOptions });
};

describe('url-date', () => {
  it('flags a Markdown link dated after the article (front-matter date), not the earlier one', () => {
    const findings = run('time-link-after-article.md');
    expect(findings).toHaveLength(1);
    expect(findings[0].text).toBe('our earlier report');
    expect(findings[0].message).toContain('14 May 2023');
    expect(findings[0].message).toContain('20 September 2021');
    expect(findings[0].suggestions?.length).toBe(1);
  });

  it('infers the period from a weekday and a yearless date, and flags only the later prose link', () => {
    const findings = run('time-link-after-events.txt');
    expect(findings.map((f) => f.text)).toEqual(['https://www.example-news.com/2025/06/30/baltic-rail-deal-signed']);
    expect(findings[0].message).toContain('March 2023');
    expect(findings[0].evidence?.reasoning?.join(' ')).toContain('Friday');
  });

  it('stays quiet on correct articles, with and without metadata', () => {
    expect(run('time-correct.md')).toEqual([]);
    expect(run('time-inferred-correct.txt')).toEqual([]);
  });

  it('honours toleranceDays', () => {
    expect(run('time-link-after-article.md', { toleranceDays: 2000 })).toEqual([]);
  });

  it('flags an own URL dated far from the metadata date, but not one the date is inferred from', () => {
    const text = 'The council met and agreed to repair the bridge.';
    const findings = runTimeRule(rule, text, { date: '2021-09-20', url: 'https://news.example.org/2019/01/05/council-bridge' });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("article's own URL");
    expect(runTimeRule(rule, text, { url: 'https://news.example.org/2019/01/05/council-bridge' })).toEqual([]);
  });

  it('stays quiet when nothing in the text dates the article', () => {
    expect(runTimeRule(rule, 'See https://example.org/2024/02/03/report for more.')).toEqual([]);
  });
});

describe('url-date positions: where the URL is written', () => {
  it('points at the front-matter line of the own URL, not the first line of prose', () => {
    const text = '---\ntitle: Bridge repairs approved\ndate: 2021-09-20\nurl: https://news.example.org/2019/01/05/council-bridge\n---\n\nThe council met and agreed to repair the bridge.\n';
    const findings = runTimeRule(rule, text, { format: 'markdown', path: 'bridge.md' });
    expect(findings.map((f) => [f.line, f.column])).toEqual([[4, 6]]);
    expect(findings[0].endLine).toBe(4);
  });

  it('points at the canonical link element in HTML', () => {
    const html = [
      '<html><head>',
      '<meta property="article:published_time" content="2021-09-20">',
      '<link rel="canonical" href="https://news.example.org/2019/01/05/council-bridge">',
      '</head><body>',
      '<p>The council met and agreed to repair the bridge.</p>',
      '</body></html>',
    ].join('\n');
    const findings = runTimeRule(rule, html, { format: 'html', path: 'bridge.html' });
    expect(findings.map((f) => f.line)).toEqual([3]);
  });

  it('points at a Markdown link target when the link is dated after the article', () => {
    const text = '---\ndate: 2021-09-20\n---\n\nSee [our later report](https://news.example.org/2024/02/03/report)\nfor the background.\n';
    const findings = runTimeRule(rule, text, { format: 'markdown', path: 'later.md' });
    expect(findings.map((f) => f.line)).toEqual([5]);
  });

  it('says the gap in whole years, rounded (ten years, never "0 years")', () => {
    const text = 'The council met and agreed to repair the bridge.';
    const ten = runTimeRule(rule, text, { date: '2015-08-21', url: 'https://news.example.org/2005/08/21/council-bridge' });
    expect(ten[0].message).toContain('10 years');
    const one = runTimeRule(rule, text, { date: '2008-09-18', url: 'https://news.example.org/2009/09/18/council-bridge' });
    expect(one[0].message).toContain('1 year');
  });
});
