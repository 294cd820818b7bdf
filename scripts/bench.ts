/**
 * Benchmark: lint a generated corpus of realistic articles through the whole pipeline (load,
 * every analyzer the recommended rules ask for, the rules, inline disables) and print
 * documents/s, MB/s, p50/p95 ms per document and per-stage timings, so that slow NLP shows
 * up where it is spent.
 *
 *     npm run bench                       # 1,000 documents built from corpus/examples
 *     node dist/scripts/bench.js --docs 5000 --seed 7 --min-words 800 --case single
 *
 * The corpus is generated deterministically (seeded PRNG) from `corpus/examples/**`:
 * paragraphs shuffled, years and days shifted, so no two documents are identical; short
 * articles are padded with paragraphs of others to a realistic length (`--min-words`, 600).
 *
 * Other cases plug in through `benchCases` (see `BenchCase`): the cross-document engineer adds
 * the 10,000-document cross-document case there.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { lintInputs } from '../src/engine/lint.js';
import type { LintInput } from '../src/engine/lint.js';
import { StageTimer } from '../src/engine/profile.js';
import { SUPPORTED_EXTENSIONS } from '../src/load/index.js';
import { crossDocumentCase } from './bench-crossdoc.js';

// ---------------------------------------------------------------- corpus generation

/** mulberry32: small, fast, good enough to vary a corpus reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Template {
  name: string;
  extension: string;
  text: string;
}

export function loadTemplates(corpusDir: string): Template[] {
  const pattern = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
  return globSync(pattern, { cwd: corpusDir, absolute: true })
    .sort()
    .map((path) => ({ name: path, extension: extname(path), text: readFileSync(path, 'utf8') }))
    .filter((t) => t.text.trim().length > 0);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Front matter / <head> stay first; the body's blank-line blocks after the first are shuffled. */
function shuffleBlocks(text: string, random: () => number): string {
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
  const blocks = text.slice(frontMatter.length).split(/\n{2,}/);
  if (blocks.length < 3) return text;
  return frontMatter + [blocks[0], ...shuffle(blocks.slice(1), random)].join('\n\n');
}

/** Shift four-digit years and days of the month, so dates (and weekday checks) vary. */
function shiftDates(text: string, random: () => number): string {
  const yearShift = Math.floor(random() * 7) - 3;
  const dayShift = Math.floor(random() * 5) - 2;
  return text
    .replace(/\b(19[5-9]\d|20[0-3]\d)\b/g, (year) => String(Number(year) + yearShift))
    .replace(/\b([1-9]|1\d|2[0-6])(?= (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g, (day) =>
      String(Math.min(28, Math.max(1, Number(day) + dayShift))),
    );
}

/** The body blocks of a template: no front matter, no title block. */
function bodyBlocks(template: Template): string[] {
  const withoutFrontMatter = template.text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return withoutFrontMatter.split(/\n{2,}/).slice(1).filter((b) => b.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The example articles are short; news articles run to several hundred words. Pad a document
 * with body paragraphs from other templates of the same format until it reaches `minWords`
 * (HTML is left as it is: its blocks are not blank-line separated).
 */
export function padDocument(text: string, template: Template, templates: Template[], minWords: number, random: () => number): string {
  if (template.extension.startsWith('.htm')) return text;
  const donors = templates.filter((t) => t.extension === template.extension && bodyBlocks(t).length > 0);
  let padded = text.trimEnd();
  for (let guard = 0; donors.length > 0 && wordCount(padded) < minWords && guard < 200; guard++) {
    const blocks = bodyBlocks(donors[Math.floor(random() * donors.length)]);
    padded += `\n\n${blocks[Math.floor(random() * blocks.length)]}`;
  }
  return `${padded}\n`;
}

export function generateDocument(template: Template, random: () => number): string {
  // HTML keeps its block structure (shuffling could tear elements apart); dates still vary.
  if (template.extension.startsWith('.htm')) return shiftDates(template.text, random);
  return `${shiftDates(shuffleBlocks(template.text, random), random).trimEnd()}\n`;
}

// ---------------------------------------------------------------- measurement

export interface BenchContext {
  docs: number;
  /** Documents shorter than this are padded with paragraphs from other articles. */
  minWords: number;
  seed: number;
  templates: Template[];
  workDir: string;
}

export interface BenchReport {
  name: string;
  documents: number;
  bytes: number;
  words: number;
  totalMs: number;
  /** CPU time of this process over the run (user + system): per-core cost, robust to a busy machine. */
  cpuMs?: number;
  perDocumentMs: number[];
  stages: ReturnType<StageTimer['entries']>;
  findings: number;
}

/** A benchmark case: builds its inputs and lints them. Add cases to `benchCases`. */
export interface BenchCase {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchReport>;
}

function writeCorpus(context: BenchContext, count: number, prefix: string): LintInput[] {
  const random = seededRandom(context.seed);
  const inputs: LintInput[] = [];
  for (let i = 0; i < count; i++) {
    const template = context.templates[i % context.templates.length];
    const path = join(context.workDir, `${prefix}-${String(i).padStart(5, '0')}${template.extension}`);
    writeFileSync(path, padDocument(generateDocument(template, random), template, context.templates, context.minWords, random));
    inputs.push({ path, absolutePath: path });
  }
  return inputs;
}

function countWords(path: string): number {
  return wordCount(readFileSync(path, 'utf8'));
}

/** Each document linted on its own (load → analyze → rules), timed one by one. */
const singleDocumentCase: BenchCase = {
  name: 'single',
  description: 'documents linted one at a time with the recommended rules',
  async run(context) {
    const inputs = writeCorpus(context, context.docs, 'doc');
    const profile = new StageTimer();
    const options = { cwd: context.workDir, profile, ignorePath: false as const, documentDate: 'if-computed' as const };
    // Warm-up: module loading, the knowledge base and JIT are not per-document costs.
    for (const input of inputs.slice(0, Math.min(20, inputs.length))) await lintInputs([input], { ...options, profile: undefined });
    const perDocumentMs: number[] = [];
    let findings = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const input of inputs) {
      const t0 = performance.now();
      const [result] = await lintInputs([input], options);
      perDocumentMs.push(performance.now() - t0);
      findings += result.findings.length;
    }
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    return {
      name: this.name,
      documents: inputs.length,
      bytes: inputs.reduce((sum, i) => sum + statSync(i.absolutePath).size, 0),
      words: inputs.reduce((sum, i) => sum + countWords(i.absolutePath), 0),
      totalMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      perDocumentMs,
      stages: profile.entries(),
      findings,
    };
  },
};

/**
 * The registry of cases. CROSS-DOC: add the 10,000-document cross-document case here
 * (e.g. `{ name: 'cross', ... }` linting all documents in one `lintInputs` call so that
 * project rules compare them), selectable with `--case cross`.
 */
export const benchCases: BenchCase[] = [singleDocumentCase, crossDocumentCase];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function formatReport(report: BenchReport): string {
  const seconds = report.totalMs / 1000;
  const sorted = [...report.perDocumentMs].sort((a, b) => a - b);
  const megabytes = report.bytes / (1024 * 1024);
  const msPer1000Words = report.words ? (report.totalMs / report.words) * 1000 : 0;
  const lines = [
    `case: ${report.name}`,
    `documents: ${report.documents} (${megabytes.toFixed(2)} MB, ${Math.round(report.words / report.documents)} words on average), findings: ${report.findings}`,
    `total: ${seconds.toFixed(2)} s wall${report.cpuMs ? `, ${(report.cpuMs / 1000).toFixed(2)} s CPU` : ''}`,
    `throughput: ${(report.documents / seconds).toFixed(1)} documents/s, ${(megabytes / seconds).toFixed(2)} MB/s (wall)${report.cpuMs ? `; ${(megabytes / (report.cpuMs / 1000)).toFixed(2)} MB per CPU-second` : ''}`,
    `per document: p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`,
    `per 1,000 words: ${msPer1000Words.toFixed(2)} ms`,
    'stages (exclusive time, slowest first):',
    ...report.stages.map((s) => `  ${s.stage.padEnd(32)} ${s.ms.toFixed(1).padStart(9)} ms  ${((s.ms / report.totalMs) * 100).toFixed(1).padStart(5)}%  (${s.calls} calls)`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '1000' },
      'min-words': { type: 'string', default: '600' },
      seed: { type: 'string', default: '42' },
      corpus: { type: 'string', default: 'corpus/examples' },
      case: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
  });
  const corpusDir = resolve(values.corpus ?? 'corpus/examples');
  const templates = loadTemplates(corpusDir);
  if (templates.length === 0) throw new Error(`no articles under ${corpusDir} to build the benchmark corpus from`);
  const selected = values.case?.length ? benchCases.filter((c) => values.case?.includes(c.name)) : benchCases.slice(0, 1);
  if (selected.length === 0) throw new Error(`unknown case; available: ${benchCases.map((c) => c.name).join(', ')}`);
  const workDir = mkdtempSync(join(tmpdir(), 'factlint-bench-'));
  try {
    for (const benchCase of selected) {
      const report = await benchCase.run({ docs: Number(values.docs), minWords: Number(values['min-words']), seed: Number(values.seed), templates, workDir });
      process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n\n`);
    }
    process.stdout.write(`templates: ${templates.length} articles from ${corpusDir}; node ${process.version}\n`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

// Run only as a script, so tests can import the generator.
if (process.argv[1] && resolve(process.argv[1]).endsWith(join('scripts', 'bench.js'))) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
