/**
 * The cross-document benchmark case: 10,000 generated documents linted in ONE run, so that
 * `cross-doc-conflict` indexes and compares all of them (and finds their version groups).
 * Reports total time, the comparison rule's own time and the peak resident memory.
 *
 *     npm run bench -- --case cross              # 10,000 documents
 *     node dist/scripts/bench.js --case cross --docs 20000
 *
 * Documents come from `corpus/examples/**` (including the multi-document fixture sets),
 * shuffled and re-dated by the shared generator; one in twenty also gets its figures doubled,
 * so that there are real conflicts to find, not only agreement.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintInputs } from '../src/engine/lint.js';
import type { LintInput } from '../src/engine/lint.js';
import { StageTimer } from '../src/engine/profile.js';
import type { BenchCase, BenchContext } from './bench.js';
import { generateDocument, seededRandom } from './bench.js';

export const CROSS_DOCUMENTS = 10_000;

/** Doubles every figure written with a thousands separator ("1,200" → "2,400"). */
function doubleFigures(text: string): string {
  return text.replace(/\b\d{1,3}(?:,\d{3})+\b/g, (figure) => (Number(figure.replace(/,/g, '')) * 2).toLocaleString('en-US'));
}

function writeCrossCorpus(context: BenchContext, count: number): LintInput[] {
  const random = seededRandom(context.seed ^ 0x5eed);
  const inputs: LintInput[] = [];
  for (let i = 0; i < count; i++) {
    const template = context.templates[i % context.templates.length];
    const path = join(context.workDir, `cross-${String(i).padStart(5, '0')}${template.extension}`);
    let text = generateDocument(template, random);
    if (random() < 0.05) text = doubleFigures(text);
    writeFileSync(path, text);
    inputs.push({ path, absolutePath: path });
  }
  return inputs;
}

export const crossDocumentCase: BenchCase = {
  name: 'cross',
  description: `at least ${CROSS_DOCUMENTS.toLocaleString('en-US')} documents linted in one run with cross-doc-conflict`,
  async run(context) {
    const count = Math.max(context.docs, CROSS_DOCUMENTS);
    const inputs = writeCrossCorpus(context, count);
    const profile = new StageTimer();
    const config = { rules: { 'cross-doc-conflict': 'warn' as const } };
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const results = await lintInputs(inputs, { cwd: context.workDir, profile, ignorePath: false, config });
    const totalMs = performance.now() - started;
    // CPU time as well as wall time: on a machine shared with other jobs the wall clock says more about them.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const findings = results.reduce((sum, r) => sum + r.findings.length, 0);
    const compareMs = profile.entries().find((s) => s.stage === 'rule:cross-doc-conflict')?.ms ?? 0;
    process.stdout.write(
      `cross: ${count} documents in one run: ${(totalMs / 1000).toFixed(2)} s total (${cpuSeconds.toFixed(2)} s of CPU), ` +
      `${(compareMs / 1000).toFixed(2)} s in cross-doc-conflict (versions + index + comparison); ` +
      `peak RSS ${peakRssMb.toFixed(0)} MB (${(rssBefore / 1048576).toFixed(0)} MB before); ${findings} findings\n`,
    );
    return {
      name: this.name,
      documents: count,
      bytes: inputs.reduce((sum, i) => sum + statSync(i.absolutePath).size, 0),
      words: 0,
      totalMs,
      perDocumentMs: [],
      stages: profile.entries(),
      findings,
    };
  },
};
