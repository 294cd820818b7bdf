/// <reference lib="dom" />
/**
 * The README's picture of the page: starts the server (in this process, on 127.0.0.1), opens
 * the page in headless Chromium, loads the page's example article, checks it, opens the first
 * finding and saves `docs/serve-page.png`.
 *
 *     npm run build && node dist/scripts/screenshot-serve.js [--out docs/serve-page.png] [--chromium /usr/bin/chromium]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { DEFAULT_OPTIONS, buildServer } from '../src/serve/app.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/serve-page.png' }, chromium: { type: 'string', default: process.env.FACTLINT_CHROMIUM ?? '/usr/bin/chromium' } } });
  const out = resolve(values.out as string);
  const server = buildServer({ ...DEFAULT_OPTIONS, workers: 1 });
  const profile = mkdtempSync(join(tmpdir(), 'factlint-chromium-'));
  const [base] = await Promise.all([server.app.listen({ host: '127.0.0.1', port: 0 }), server.ready()]);
  const browser = await puppeteer.launch({ executablePath: values.chromium, headless: true, userDataDir: profile, args: [...FLAGS, `--user-data-dir=${profile}`] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 980 });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.click('#example-button');
    await page.click('#check-button');
    await page.waitForSelector('#finding-list button.finding-item');
    await page.click('#finding-list li:nth-child(2) button');
    await page.evaluate(() => {
      document.getElementById('results-heading')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -8);
    });
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out as `${string}.png` });
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshot-serve: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
