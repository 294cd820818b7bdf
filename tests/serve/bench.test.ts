/** The load test's article: about 1,000 words, the same on every run, and linted without trouble. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { benchArticle, formatServeReport } from '../../scripts/bench-serve.js';

describe('bench-serve', () => {
  it('builds a reproducible ~1,000-word Markdown article that has findings', async () => {
    const article = benchArticle();
    expect(benchArticle()).toBe(article);
    const words = article.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(950);
    expect(words).toBeLessThanOrEqual(1100);
    const result = await lint(article, { filePath: 'bench.md' });
    expect(result.fatal).toBeUndefined();
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('reports requests/s and p95 latency', () => {
    const text = formatServeReport({
      words: 1002, bytes: 6000, connections: 8, durationSeconds: 20, workers: '2', requests: 400, requestsPerSecond: 20, non2xx: 0, errors: 0,
      latencyMs: { p50: 380, p95: 520, p99: 600, max: 700 }, findingsPerResponse: 13, serverRssMb: { idle: 270, peak: 330, after: 320 },
      healthzMs: { p50: 2, max: 20 }, oversized: { status: 413, ms: 50 }, burst: { sent: 150, ok: 70, busy: 80, other: 0, retryAfter: '7', ms: 6000 },
    });
    expect(text).toContain('20.0 requests/s');
    expect(text).toContain('p95 520.0 ms');
  });
});
