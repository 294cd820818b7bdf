/**
 * `npm run fuzz`: generates documents of every class (random bytes and Unicode, mutations of
 * the example articles, a grammar of news sentences, hostile Markdown/HTML/text, many-document
 * runs, random valid rule options) from a seed it prints, lints them, and fails on any
 * exception, internal failure, document over its time budget, or heap growth.
 *
 *     npm run fuzz                          # 2 minutes, a fresh seed
 *     npm run fuzz -- --minutes 30          # the long campaign
 *     npm run fuzz -- --seed 1234 --docs 500
 *
 * A failing document is written to fuzz-failures/ with its seed and index, to be turned into a
 * regression test (the loaders, budget and command-line tests in tests/robustness/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../rules/index.js';
import { lintInputs } from '../../src/engine/lint.js';
import type { LintInput } from '../../src/engine/lint.js';
import type { ConfigObject } from '../../src/engine/config.js';
import type { FileResult } from '../../src/rule-api/types.js';
import { hostile, int, loadExamples, mutateExample, newsArticle, pick, randomBytes, randomOptions, randomUnicode, seeded } from './generators.js';
import type { Generated, Random } from './generators.js';

export interface FuzzOptions {
  seed: number;
  /** Stop after this long (ms) … */
  durationMs: number;
  /** … or this many documents. */
  maxDocs: number;
  root: string;
  timeBudget: number;
  /** Heap growth allowed after warm-up (bytes). */
  maxHeapGrowth: number;
  log?: (line: string) => void;
}

/**
 * Over-budget documents whose time goes into code being rewritten elsewhere (the issue's known
 * quadratic corners): reported, counted apart, and failing only with --strict until fixed there.
 */
export const KNOWN_SLOW: { pattern: RegExp; owner: string }[] = [
  { pattern: /extracting quotes|rule "unsourced-quote"|rule "unattributed-quote"/, owner: 'quote extraction (personByNlp, creditedOutletElsewhere): owned by the quote rewrite' },
  { pattern: /extracting time\b/, owner: 'document-date solver: owned by the document-date rewrite' },
];

export interface FuzzProblem {
  kind: 'exception' | 'internal-failure' | 'over-budget' | 'heap-growth';
  /** Over budget in code owned by another rewrite (see KNOWN_SLOW). */
  known?: string;
  detail: string;
  name: string;
  seed: number;
  index: number;
  content?: string | Uint8Array;
  extension?: string;
}

export interface FuzzReport {
  seed: number;
  documents: number;
  runs: number;
  byClass: Record<string, number>;
  problems: FuzzProblem[];
  ms: number;
  heapGrowth: number;
}

const CLASSES = ['bytes', 'unicode', 'mutation', 'news', 'hostile', 'many'] as const;

function randomConfig(r: Random): ConfigObject {
  if (r() < 0.5) return { extends: ['factlint:recommended'] };
  const rules: NonNullable<ConfigObject['rules']> = {};
  for (const rule of builtinRules) {
    if (r() < 0.3) continue;
    rules[rule.meta.id] = [pick(r, ['warn', 'error'] as const), randomOptions(r, rule.meta.schema)];
  }
  return { extends: ['factlint:all'], rules };
}

function generate(r: Random, kind: (typeof CLASSES)[number], examples: ReturnType<typeof loadExamples>): Generated {
  switch (kind) {
    case 'bytes': return randomBytes(r);
    case 'unicode': return randomUnicode(r);
    case 'mutation': return mutateExample(r, examples);
    case 'news': return newsArticle(r);
    default: return hostile(r);
  }
}

/** Problems in the results of one run. */
function check(results: FileResult[], docs: Generated[], seed: number, index: number): FuzzProblem[] {
  const problems: FuzzProblem[] = [];
  results.forEach((result, i) => {
    for (const failure of result.failures ?? []) {
      const overBudget = /took longer than/.test(failure.message);
      const known = overBudget ? KNOWN_SLOW.find((k) => k.pattern.test(failure.message))?.owner : undefined;
      problems.push({ kind: overBudget ? 'over-budget' : 'internal-failure', ...(known ? { known } : {}), detail: failure.message, name: docs[i]?.name ?? '?', seed, index, content: docs[i]?.content, extension: docs[i]?.extension });
    }
    if (result.fatal && /could not be parsed|took longer than/.test(result.fatal.message)) {
      problems.push({ kind: /took longer/.test(result.fatal.message) ? 'over-budget' : 'internal-failure', detail: result.fatal.message, name: docs[i]?.name ?? '?', seed, index, content: docs[i]?.content, extension: docs[i]?.extension });
    }
  });
  return problems;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? (() => undefined);
  const examples = loadExamples(options.root);
  const started = performance.now();
  const report: FuzzReport = { seed: options.seed, documents: 0, runs: 0, byClass: {}, problems: [], ms: 0, heapGrowth: 0 };
  const gc = (globalThis as { gc?: () => void }).gc;
  let baseline = 0;
  let lastLog = started;
  for (let index = 0; report.documents < options.maxDocs && performance.now() - started < options.durationMs; index++) {
    // Each run has its own PRNG from (seed, index): any failure is reproduced alone.
    const r = seeded((options.seed * 0x9e3779b1 + index) >>> 0);
    const kind = pick(r, CLASSES);
    const docs = kind === 'many' ? Array.from({ length: int(r, 2, 12) }, () => generate(r, pick(r, CLASSES.slice(0, 5)), examples)) : [generate(r, kind, examples)];
    const config = kind === 'many' ? { extends: ['factlint:all'] } : randomConfig(r);
    const inputs: LintInput[] = docs.map((d, i) => ({ path: `fuzz-${index}-${i}${d.extension}`, absolutePath: `/fuzz/fuzz-${index}-${i}${d.extension}`, text: d.content }));
    try {
      const results = await lintInputs(inputs, { cwd: '/fuzz', config, ignorePath: false, timeBudget: options.timeBudget, documentDate: r() < 0.5 ? 'always' : 'if-computed' });
      report.problems.push(...check(results, docs, options.seed, index));
    } catch (error) {
      report.problems.push({ kind: 'exception', detail: error instanceof Error ? (error.stack ?? error.message) : String(error), name: kind, seed: options.seed, index, content: docs[0]?.content, extension: docs[0]?.extension });
    }
    report.runs++;
    report.documents += docs.length;
    report.byClass[kind] = (report.byClass[kind] ?? 0) + docs.length;
    if (gc && report.runs === 200) {
      gc();
      baseline = process.memoryUsage().heapUsed;
    }
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      log(`  ${report.documents} documents, ${report.problems.length} problems, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
    }
  }
  if (gc && baseline > 0) {
    gc();
    report.heapGrowth = process.memoryUsage().heapUsed - baseline;
    if (report.heapGrowth > options.maxHeapGrowth) report.problems.push({ kind: 'heap-growth', detail: `heap grew by ${(report.heapGrowth / 1048576).toFixed(0)} MB after warm-up`, name: 'run', seed: options.seed, index: -1 });
  }
  report.ms = performance.now() - started;
  return report;
}

export function formatReport(report: FuzzReport): string {
  const counts = report.problems.reduce<Record<string, number>>((c, p) => ({ ...c, [p.kind]: (c[p.kind] ?? 0) + 1 }), {});
  return [
    `seed ${report.seed}: ${report.documents} documents in ${report.runs} runs, ${(report.ms / 1000).toFixed(0)} s (${(report.documents / (report.ms / 1000)).toFixed(0)} documents/s)`,
    `  by class: ${Object.entries(report.byClass).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  exceptions ${counts.exception ?? 0}, internal failures ${counts['internal-failure'] ?? 0}, over budget ${counts['over-budget'] ?? 0} (${report.problems.filter((p) => p.known).length} in code owned by another rewrite), heap growth ${(report.heapGrowth / 1048576).toFixed(1)} MB${counts['heap-growth'] ? ' (too much)' : ''}`,
    ...report.problems.slice(0, 20).map((p) => `  ${p.kind}${p.known ? ` (known: ${p.known})` : ''}: seed ${p.seed} index ${p.index} (${p.name}${p.extension ?? ''}): ${p.detail.split('\n')[0].slice(0, 200)}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { minutes: { type: 'string' }, seconds: { type: 'string' }, seed: { type: 'string' }, docs: { type: 'string' }, 'time-budget': { type: 'string' }, strict: { type: 'boolean' } } });
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const durationMs = values.seconds !== undefined ? Number(values.seconds) * 1000 : Number(values.minutes ?? 2) * 60_000;
  const root = process.cwd();
  process.stdout.write(`fuzz: seed ${seed} (rerun with --seed ${seed}), ${(durationMs / 1000).toFixed(0)} s${values.docs ? `, at most ${values.docs} documents` : ''}\n`);
  const report = await fuzz({ seed, durationMs, maxDocs: values.docs ? Number(values.docs) : Infinity, root, timeBudget: Number(values['time-budget'] ?? 10), maxHeapGrowth: 256 * 1024 * 1024, log: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write(`${formatReport(report)}\n`);
  if (report.problems.length > 0) {
    const dir = resolve(root, 'fuzz-failures');
    mkdirSync(dir, { recursive: true });
    for (const p of report.problems.slice(0, 50)) {
      if (p.content === undefined) continue;
      writeFileSync(join(dir, `seed-${p.seed}-index-${p.index}${p.extension ?? '.txt'}`), p.content);
    }
    process.stdout.write(`failing inputs written to ${dir}\n`);
    if (values.strict || report.problems.some((p) => !p.known)) process.exitCode = 1;
  }
  if (!(globalThis as { gc?: () => void }).gc) process.stdout.write('(heap growth not measured: run node with --expose-gc)\n');
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join('fuzz', 'main.js'))) {
  main().catch((error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  });
}
