/**
 * `npm run scaling`: linting cost against input size, for real prose (the example articles, or
 * `--corpus DIR`, repeated to 10k/100k/1M words, as Markdown, HTML and text) and for the
 * pathological inputs of the robustness issue. Prints seconds and seconds per 100,000
 * characters, with the slowest stages, so super-linear stages show up where they are.
 *
 *     npm run scaling -- --words 10000,100000 --corpus ../shared/devset/quiet
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { lintInputs } from '../src/engine/lint.js';
import { StageTimer } from '../src/engine/profile.js';

async function measure(name: string, text: string, extension: string): Promise<string> {
  const profile = new StageTimer();
  const started = performance.now();
  const [result] = await lintInputs([{ path: `scale${extension}`, absolutePath: `/scale/scale${extension}`, text }], { cwd: '/scale', profile, ignorePath: false, timeBudget: 0, config: { extends: ['factlint:recommended'], maxFileSize: 1e9 } });
  const seconds = (performance.now() - started) / 1000;
  const stages = profile.entries().slice(0, 3).map((s) => `${s.stage} ${(s.ms / 1000).toFixed(1)} s`).join(', ');
  return `| ${name} | ${text.length.toLocaleString('en-US')} | ${seconds.toFixed(2)} | ${((seconds / text.length) * 100_000).toFixed(2)} | ${stages}${result.failures?.length ? ' (failures!)' : ''} |`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { words: { type: 'string', default: '10000,100000' }, corpus: { type: 'string', default: 'corpus/examples' }, pathological: { type: 'boolean', default: true } } });
  const bodies = globSync('**/*.md', { cwd: values.corpus, absolute: true }).sort().map((f) => readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  process.stdout.write('| input | characters | seconds | s per 100k chars | slowest stages |\n|---|---|---|---|---|\n');
  for (const words of (values.words ?? '').split(',').map(Number).filter(Boolean)) {
    let text = '';
    for (let i = 0, n = 0; n < words; i++) {
      const body = bodies[i % bodies.length];
      text += `${body}\n\n`;
      n += body.split(/\s+/).filter(Boolean).length;
    }
    process.stdout.write(`${await measure(`${words.toLocaleString('en-US')} words, Markdown`, text, '.md')}\n`);
    process.stdout.write(`${await measure(`${words.toLocaleString('en-US')} words, text`, text, '.txt')}\n`);
    const html = `<html><body>${text.split(/\n\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</body></html>`;
    process.stdout.write(`${await measure(`${words.toLocaleString('en-US')} words, HTML`, html, '.html')}\n`);
  }
  if (!values.pathological) return;
  const s = 'The ferry sank on Monday, 3 March 2019, near the harbour. ';
  const cases: [string, string, string][] = [
    ['URL + 100k `,!`', `See https://example.com/a${',!'.repeat(50_000)} ${s}`, '.txt'],
    ['TOML `title = ` + 100k tabs', `+++\ntitle = ${'\t'.repeat(100_000)}x\n+++\n\n${s}`, '.md'],
    ['a line of 100k tabs (GFM detection)', `${'\t'.repeat(100_000)}|\n\n${s}`, '.md'],
    ['2,000 nested `>`', `${'>'.repeat(2000)} ${s}`, '.md'],
    ['2,000 nested list items (one line)', `${'- '.repeat(2000)}${s}`, '.md'],
    ['300 list items nested by indentation', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- ${s}`).join('\n'), '.md'],
    ['2,000 nested HTML elements', `${'<div>'.repeat(2000)}<p>${s}</p>${'</div>'.repeat(2000)}`, '.html'],
    ['50,000 unclosed “', `${'“'.repeat(50_000)} ${s}`, '.txt'],
    ['80 quotes, lone speakers, one sentence', `${Array.from({ length: 80 }, (_, i) => `“We will build the harbour wall before winter ${i},” Okafor said, and`).join(' ')} that was all.`, '.txt'],
  ];
  for (const [name, text, extension] of cases) process.stdout.write(`${await measure(name, text, extension)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`scaling: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
