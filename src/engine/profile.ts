/**
 * Per-stage timings for the benchmark: load, each analyzer kind, each rule. Times are
 * *exclusive*: when a rule asks for dates and that triggers the date extractor, the
 * extractor's time is charged to `analyze:dates`, not to the rule, so slow NLP shows up
 * where it is spent.
 */
import { performance } from 'node:perf_hooks';

export class StageTimer {
  private readonly totals = new Map<string, { ms: number; calls: number }>();
  /** Time spent in nested measurements, per open measurement. */
  private readonly childTime: number[] = [];

  measure<T>(stage: string, fn: () => T): T {
    this.childTime.push(0);
    const started = performance.now();
    try {
      return fn();
    } finally {
      const total = performance.now() - started;
      const nested = this.childTime.pop() ?? 0;
      this.add(stage, total - nested);
      if (this.childTime.length > 0) this.childTime[this.childTime.length - 1] += total;
    }
  }

  add(stage: string, ms: number): void {
    const entry = this.totals.get(stage) ?? { ms: 0, calls: 0 };
    entry.ms += ms;
    entry.calls += 1;
    this.totals.set(stage, entry);
  }

  /** Stages, slowest first. */
  entries(): { stage: string; ms: number; calls: number }[] {
    return [...this.totals].map(([stage, t]) => ({ stage, ...t })).sort((a, b) => b.ms - a.ms);
  }
}
