/**
 * Loaders on hostile input: deep nesting is flattened (the prose is still checked, at its exact
 * place), and inputs that were slow beyond reason — long lines of tabs, `title = ` plus tabs
 * in TOML front matter, a URL followed by thousands of commas, micromark's quadratic corners —
 * load in time proportional to their length.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { loadSource } from '../../src/load/read.js';
import { needsGfm } from '../../src/load/markdown.js';
import { metadataFromToml } from '../../src/load/metadata.js';
import { extractUrls, trimUrl } from '../../src/extract/urls.js';
import { parseDocument } from '../../src/load/index.js';
import type { Format } from '../../src/load/document.js';

const WRONG_WEEKDAY = 'The ferry sank on Monday, 3 March 2019, near the harbour.';

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

/** Lint with the weekday rule only: a finding proves the deep prose was checked. */
async function weekdayFindings(text: string, filePath: string) {
  const result = await lintText(text, { filePath, cwd: '/virtual', config: { rules: { 'weekday-mismatch': 'error' } }, timeBudget: 0 });
  expect(result.fatal).toBeUndefined();
  expect(result.failures).toBeUndefined();
  return result.findings.filter((f) => f.ruleId === 'weekday-mismatch');
}

describe('deep nesting is flattened and its prose checked', () => {
  const cases: [string, string, Format][] = [
    ['2,000 nested > levels', `${'>'.repeat(2000)} ${WRONG_WEEKDAY}\n`, 'markdown'],
    ['2,000 nested list markers on one line', `${'- '.repeat(2000)}${WRONG_WEEKDAY}\n`, 'markdown'],
    ['300 list items nested by indentation', `${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n${'  '.repeat(300)}- ${WRONG_WEEKDAY}\n`, 'markdown'],
    ['2,000 nested emphasis levels', `${'*'.repeat(2000)}${WRONG_WEEKDAY}${'*'.repeat(2000)}\n`, 'markdown'],
    ['2,000 nested HTML elements', `<html><body>${'<div>'.repeat(2000)}<p>${WRONG_WEEKDAY}</p>${'</div>'.repeat(2000)}</body></html>`, 'html'],
    ['2,000 nested inline HTML elements', `<p>${'<span><b>'.repeat(1000)}${WRONG_WEEKDAY}${'</b></span>'.repeat(1000)}</p>`, 'html'],
    ['2,000 unclosed HTML elements with text', `${'<div>Text. '.repeat(2000)}<p>${WRONG_WEEKDAY}</p>`, 'html'],
  ];
  for (const [name, text, format] of cases) {
    it(name, async () => {
      const { value: findings, ms } = await (async () => {
        const started = performance.now();
        const found = await weekdayFindings(text, format === 'html' ? 'deep.html' : 'deep.md');
        return { value: found, ms: performance.now() - started };
      })();
      expect(findings).toHaveLength(1);
      // The finding points at the words in the original file.
      const finding = findings[0];
      const lines = text.split('\n');
      expect(lines[finding.line - 1].slice(finding.column - 1, finding.endColumn - 1)).toBe('Monday, 3 March 2019');
      expect(ms).toBeLessThan(Math.max(2000, (text.length / 100_000) * 2000) * 3);
    });
  }

  it('an HTML tree past the depth limit never turns skipped elements into prose', () => {
    const html = `${'<div>'.repeat(600)}<script>var secret = 1;</script><p hidden>Hidden.</p><p>Shown.</p>${'</div>'.repeat(600)}`;
    const document = parseDocument('deep.html', html, 'html');
    expect(document.text).toBe('Shown.');
  });
});

describe('inputs that used to cost the square of their length', () => {
  const perHundredK = (ms: number, length: number) => ms / (length / 100_000);

  it('GFM detection on a line of 100,000 tabs', () => {
    const text = `${'\t'.repeat(100_000)}x\n`;
    const { ms } = timed(() => needsGfm(text));
    expect(ms).toBeLessThan(500);
    expect(needsGfm('| a | b |\n| --- | --- |')).toBe(true);
    expect(needsGfm('a | b\n  :--|--:  ')).toBe(true);
    expect(needsGfm('a | b\n\t\t|\t\t')).toBe(false);
  });

  it('TOML front matter: `title = ` followed by 100,000 tabs', () => {
    const { value, ms } = timed(() => metadataFromToml(`title = ${'\t'.repeat(100_000)}x\ndate = 2021-03-04`));
    expect(ms).toBeLessThan(500);
    expect(value).toMatchObject({ title: 'x', date: '2021-03-04' });
    expect(metadataFromToml(`title = "A \\"quoted\\" word" # c\nurl = 'https://x.example/a' # c`)).toMatchObject({ title: 'A \\"quoted\\" word', url: 'https://x.example/a' });
    expect(metadataFromToml(`title = "unclosed\n`)).toEqual({});
  });

  it('a URL followed by 100,000 commas and exclamation marks', () => {
    const text = `See https://example.com/a${',!'.repeat(50_000)}x and https://example.com/b${','.repeat(100_000)}`;
    const { value, ms } = timed(() => extractUrls(parseDocument('u.txt', text, 'text')));
    expect(ms).toBeLessThan(1500);
    expect(value.map((u) => u.url)).toContain('https://example.com/b');
    expect(trimUrl('https://x.example/(a)),.')).toBe('https://x.example/(a)');
    expect(trimUrl('https://x.example/a]!')).toBe('https://x.example/a');
  });

  const markdown: [string, string][] = [
    ['emphasis pairs', `${'*a'.repeat(50_000)}\n`],
    ['closing brackets with GFM on', `~~x~~ ${']a'.repeat(50_000)}\n`],
    ['footnote references', `${'[^a]'.repeat(25_000)}\n`],
    ['unclosed links', `${'[a]('.repeat(25_000)}\n`],
    ['a run of 100,000 asterisks around a word', `${'*'.repeat(50_000)}word${'*'.repeat(50_000)}\n`],
    ['a run of 100,000 opening brackets', `${'['.repeat(100_000)}x\n`],
  ];
  for (const [name, text] of markdown) {
    it(`Markdown: ${name}`, () => {
      const { value, ms } = timed(() => loadSource('m.md', text));
      expect(value.ok).toBe(true);
      expect(perHundredK(ms, text.length)).toBeLessThan(6000);
    });
  }
});
