/**
 * A short bounded pass of the fuzzer (the long one is `npm run fuzz`): documents of every class
 * from a fixed seed, with no exception and no internal failure; documents over their budget
 * only in code owned by another rewrite (scripts/fuzz/main.ts KNOWN_SLOW).
 */
import { describe, expect, it } from 'vitest';
import { fuzz } from '../../scripts/fuzz/main.js';

const root = new URL('../..', import.meta.url).pathname;

describe('fuzz (bounded)', () => {
  it('a fixed seed: no exception, no internal failure', async () => {
    const report = await fuzz({ seed: 20261202, durationMs: 20_000, maxDocs: 80, root, timeBudget: 2, maxHeapGrowth: Infinity });
    expect(report.documents).toBeGreaterThan(10);
    expect(report.problems.filter((p) => !p.known).map((p) => `${p.kind} at index ${p.index}: ${p.detail.split('\n')[0]}`)).toEqual([]);
  }, 120_000);
});
