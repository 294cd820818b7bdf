import { describe, expect, it } from 'vitest';
import { pathDateOf, trimUrl } from '../../src/extract/urls.js';
import { analyzeTimeText } from './harness.js';

describe('URL dates', () => {
  it('reads dates in paths and file names', () => {
    expect(pathDateOf('https://a.example/2026/04/02/slug')).toMatchObject({ year: 2026, month: 4, day: 2 });
    expect(pathDateOf('https://a.example/news/2019/01/talks-resume')).toMatchObject({ year: 2019, month: 1 });
    expect(pathDateOf('https://a.example/20190122/story')).toMatchObject({ year: 2019, month: 1, day: 22 });
    expect(pathDateOf('https://a.example/files/report-2019-01-22.pdf')).toMatchObject({ year: 2019, month: 1, day: 22 });
  });

  it('does not read IDs, impossible days or query strings as dates', () => {
    expect(pathDateOf('https://a.example/article/20193344/story')).toBeUndefined();
    expect(pathDateOf('https://a.example/2019/02/30/slug')).toBeUndefined();
    expect(pathDateOf('https://a.example/item/4521/7788')).toBeUndefined();
    expect(pathDateOf('https://a.example/story?date=2019-01-22')).toBeUndefined();
    expect(pathDateOf('https://a.example/id/123456789')).toBeUndefined();
    expect(pathDateOf('https://a.example/1850/01/02/archive')).toBeUndefined();
  });

  it('trims sentence punctuation but keeps balanced brackets', () => {
    expect(trimUrl('https://a.example/x.')).toBe('https://a.example/x');
    expect(trimUrl('https://a.example/wiki/Foo_(bar)),')).toBe('https://a.example/wiki/Foo_(bar)');
  });

  it('collects prose URLs, link targets and the own URL, each with its origin', () => {
    const md = '---\ntitle: Harbour news\nurl: https://n.example/2021/09/20/harbour\n---\n\n# Harbour news\n\nSee [the report](https://n.example/2021/09/12/report) or https://n.example/2021/09/01/older.\n';
    const urls = analyzeTimeText(md, { format: 'markdown' }).get('urls');
    const byOrigin = Object.fromEntries(urls.map((u) => [u.origin, u]));
    expect(byOrigin.text.url).toBe('https://n.example/2021/09/01/older');
    expect(byOrigin.link.url).toBe('https://n.example/2021/09/12/report');
    expect(byOrigin.metadata.pathDate).toMatchObject({ year: 2021, month: 9, day: 20 });
  });
});
