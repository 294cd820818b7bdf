/// <reference lib="dom" />
/**
 * The page as a person uses it, in headless Chromium (Debian's `chromium`, driven by
 * puppeteer-core) against a real listening server with a worker thread: paste an article, see
 * the highlights, open a finding with the keyboard, read the date panel, drop a file, run an
 * exercise, read it on a phone. Screenshots go to tests/serve/screenshots/ (git-ignored).
 *
 * Skipped, with a message saying so, only where no Chromium is installed; `.ci/run` installs it
 * and sets FACTLINT_REQUIRE_BROWSER=1, so there a missing or broken browser fails the run.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { lint } from '../../src/index.js';
import { DEFAULT_OPTIONS, buildServer } from '../../src/serve/app.js';
import type { FactlintServer } from '../../src/serve/app.js';

const CANDIDATES = [process.env.FACTLINT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
const chromium = CANDIDATES.find((path) => existsSync(path));
const required = process.env.FACTLINT_REQUIRE_BROWSER === '1';

if (!chromium && !required) {
  process.stderr.write(
    '\n[browser tests SKIPPED] No Chromium found (looked for FACTLINT_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).\n' +
    'Install it with `apt-get install -y chromium` to run the page tests; .ci/run does.\n\n',
  );
}

/** Flags for this machine's closed network: nothing to fetch, no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const SHOTS = join('tests', 'serve', 'screenshots');
const ARTICLE = 'corpus/examples/facts-summit-places.md';

describe.skipIf(!chromium && !required)('the page in headless Chromium', () => {
  let server: FactlintServer;
  let base: string;
  let browser: Browser;
  let profile: string;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!chromium) throw new Error(`FACTLINT_REQUIRE_BROWSER=1 but no Chromium at ${CANDIDATES.join(', ')}`);
    mkdirSync(SHOTS, { recursive: true });
    server = buildServer({ ...DEFAULT_OPTIONS, workers: 1 });
    const [address] = await Promise.all([server.app.listen({ host: '127.0.0.1', port: 0 }), server.ready()]);
    base = address;
    profile = mkdtempSync(join(tmpdir(), 'factlint-chromium-'));
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      userDataDir: profile,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
    });
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    // Console errors include Content-Security-Policy violations.
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    // The page must not try to reach anything but this server.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(base) || request.url().startsWith('data:')) void request.continue();
      else {
        pageErrors.push(`request to ${request.url()}`);
        void request.abort();
      }
    });
    await page.setViewport({ width: 1280, height: 900 });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function paste(text: string, format: 'md' | 'html' | 'txt', mode: 'check' | 'exercise' = 'check') {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]');
    await page.click(`input[name="mode"][value="${mode}"]`);
    await page.$eval('#text', (element, value) => {
      const area = element as HTMLTextAreaElement;
      area.focus();
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.select('#format', format);
    await page.click('#check-button');
  }

  it('shows every finding the CLI finds, highlighted in place and listed beside the text', async () => {
    const text = readFileSync(ARTICLE, 'utf8');
    const expected = await lint(text, { filePath: 'facts-summit-places.md' });
    expect(expected.findings.length).toBeGreaterThan(1);
    await paste(text, 'md');
    await page.waitForSelector('#finding-list button.finding-item');
    const listed = await page.$$eval('#finding-list .item-message', (items) => items.map((item) => item.textContent));
    expect(listed).toEqual(expected.findings.map((f) => f.message));
    // Each finding is highlighted over exactly its text (soft line breaks show as spaces).
    const highlighted = await page.$$eval('#article mark.finding', (marks) => marks.map((mark) => ({ ids: (mark as HTMLElement).dataset.findings ?? '', text: mark.textContent ?? '' })));
    const lines = text.split('\n');
    expected.findings.forEach((finding, index) => {
      const shown = highlighted.filter((m) => m.ids.split(' ').map(Number).includes(index)).map((m) => m.text).join('');
      const start = lines.slice(0, finding.line - 1).join('\n').length + (finding.line > 1 ? 1 : 0) + finding.column - 1;
      const end = lines.slice(0, finding.endLine - 1).join('\n').length + (finding.endLine > 1 ? 1 : 0) + finding.endColumn - 1;
      expect(shown.replace(/\s+/g, ' ')).toBe(text.slice(start, end).replace(/\s+/g, ' '));
    });
    expect(await page.$eval('#summary', (e) => e.textContent)).toContain(`${expected.findings.length} findings`);
  });

  it('opens a finding from the keyboard: message, text against record, sources, fix', async () => {
    await page.focus('#finding-list button.finding-item');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index);
    expect(focused).toBe('1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const detail = await page.$eval('#detail-body', (e) => e.textContent ?? '');
    expect(detail).toContain('The text says');
    expect(detail).toContain('The record says');
    expect(detail).toContain('Suggested fix');
    const sources = await page.$$eval('#detail-body .sources a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((href) => href.startsWith('https://'))).toBe(true);
    expect(await page.$$eval('#article mark.finding.active', (marks) => marks.length)).toBeGreaterThan(0);
    // Clicking a highlight selects its finding too.
    await page.click('#article mark.finding:not(.active)');
    expect(await page.$$eval('#finding-list button[aria-current="true"]', (items) => items.length)).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'check.png') });
  });

  const seed = '../shared/seeds/000_e3f50b9bf383f181.txt';
  it.skipIf(!existsSync(seed))('shows the CLI\'s findings for a seed article', async () => {
    const text = readFileSync(seed, 'utf8');
    const expected = await lint(text, { filePath: 'seed.txt' });
    await paste(text, 'txt');
    await page.waitForSelector('#summary:not(:empty)');
    const listed = await page.$$eval('#finding-list .item-message', (items) => items.map((item) => item.textContent));
    expect(listed).toEqual(expected.findings.map((f) => f.message));
    const highlighted = await page.$$eval('#article mark.finding', (marks) => new Set(marks.flatMap((m) => ((m as HTMLElement).dataset.findings ?? '').split(' '))).size);
    expect(highlighted).toBe(expected.findings.length);
  });

  it('shows the document date: the window, the best day, the evidence and a timeline', async () => {
    await paste(readFileSync('corpus/examples/time-inferred-correct.txt', 'utf8'), 'txt');
    await page.waitForSelector('#date-body .date-window');
    expect(await page.$eval('#date-body .date-window', (e) => e.textContent)).toBe('17–24 March 2023');
    expect(await page.$eval('#date-body .date-best', (e) => e.textContent)).toBe('20 March 2023');
    expect(await page.$eval('#date-body', (e) => e.textContent)).toContain('inferred from the text');
    expect(await page.$eval('#date-body .evidence summary', (e) => e.textContent)).toMatch(/^Evidence: \d+ for, 0 against$/);
    await page.click('#date-body .evidence summary');
    expect(await page.$$eval('#date-body .evidence .for li', (items) => items.filter((i) => (i as HTMLElement).offsetHeight > 0).length)).toBeGreaterThan(1);
    expect(await page.$$eval('#date-body svg.timeline rect.window', (bands) => bands.length)).toBe(1);
  });

  it('reads a chosen or dropped file and takes its format from the name', async () => {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const dir = mkdtempSync(join(tmpdir(), 'factlint-upload-'));
    const file = join(dir, 'weekdays.html');
    writeFileSync(file, readFileSync('corpus/examples/time-weekdays.html'));
    const input = (await page.$('input#file')) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('no file input');
    await input.uploadFile(file);
    await page.waitForFunction(() => (document.getElementById('text') as HTMLTextAreaElement).value.includes('Oslo'));
    expect(await page.$eval('#format', (e) => (e as HTMLSelectElement).value)).toBe('html');
    await page.click('#check-button');
    await page.waitForSelector('#finding-list button.finding-item');
    expect(await page.$$eval('#finding-list button.finding-item', (items) => items.length)).toBe(2);
    // Markup is shown dimmed, the prose highlighted.
    expect(await page.$$eval('#article .markup', (tags) => tags.length)).toBeGreaterThan(5);
    rmSync(dir, { recursive: true, force: true });

    // Dropped on the drop zone: a Markdown file.
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['# Note\n\nOn Wednesday, 15 March 2005, the accord was signed.\n'], 'note.md', { type: 'text/markdown' }));
      document.getElementById('drop-zone')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => (document.getElementById('text') as HTMLTextAreaElement).value.includes('accord'));
    expect(await page.$eval('#format', (e) => (e as HTMLSelectElement).value)).toBe('md');
    expect(await page.$eval('#file-name', (e) => e.textContent)).toBe('Loaded note.md.');
  });

  it('says what is wrong instead of failing silently', async () => {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.click('#check-button');
    expect(await page.$eval('#error', (e) => ((e as HTMLElement).hidden ? '' : e.textContent))).toBe('Paste an article or drop a file first.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('text');
  });

  it('never runs markup from the article', async () => {
    await paste('<p>On Wednesday, 15 March 2005 <img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script></p>', 'html');
    await page.waitForSelector('#finding-list button.finding-item');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('#article img, #article script', (nodes) => nodes.length)).toBe(0);
    expect(await page.$eval('#article', (e) => e.textContent)).toContain('<img src=x');
  });

  it('runs an exercise: findings hidden, the student marks sentences, then the comparison', async () => {
    const text = readFileSync(ARTICLE, 'utf8');
    const expected = await lint(text, { filePath: 'facts-summit-places.md' });
    await paste(text, 'md', 'exercise');
    await page.waitForSelector('#exercise-article .sentence');
    expect(await page.$eval('#results-section', (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await page.$$eval('#exercise-article mark', (marks) => marks.length)).toBe(0);
    const sentences = await page.$$eval('#exercise-article .sentence', (nodes) => nodes.map((n) => n.textContent ?? ''));
    // Mark the sentence with the first finding (click), and the title (keyboard: Space).
    const firstFlagged = sentences.findIndex((s) => s.includes('Tokyo'));
    expect(firstFlagged).toBeGreaterThan(0);
    await page.click(`#exercise-article .sentence[data-index="${firstFlagged}"]`);
    await page.focus('#exercise-article .sentence[data-index="0"]');
    await page.keyboard.press('Space');
    expect(await page.$eval('#exercise-count', (e) => e.textContent)).toContain('2 sentences of');
    await page.click('#compare-button');
    await page.waitForSelector('#comparison:not([hidden])');
    const counts = await page.$$eval('.outcome h4', (headings) => headings.map((h) => h.textContent));
    const flaggedSentences = await page.$$eval('#exercise-article .sentence.found, #exercise-article .sentence.missed', (n) => n.length);
    expect(flaggedSentences).toBeGreaterThan(1);
    expect(counts).toEqual(['Found by both (1)', `Missed (${flaggedSentences - 1})`, 'Marked but fine (1)']);
    // The explanation of a found sentence is the finding itself.
    const explained = await page.$eval('.outcome.found', (e) => e.textContent ?? '');
    expect(explained).toContain(expected.findings.find((f) => f.message.includes('Tokyo') || f.message.includes('Osaka'))?.message ?? 'Tokyo');
    await page.screenshot({ path: join(SHOTS, 'exercise.png'), fullPage: true });
  });

  it('fits a phone screen and labels every control', async () => {
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await paste(readFileSync(ARTICLE, 'utf8'), 'md');
    await page.waitForSelector('#finding-list button.finding-item');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const unlabelled = await page.$$eval('input, select, textarea', (controls) => controls.filter((c) => (c as HTMLInputElement).labels?.length === 0).map((c) => c.id));
    expect(unlabelled).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'phone.png'), fullPage: false });
    await page.setViewport({ width: 1280, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});
