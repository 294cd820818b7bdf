/**
 * The time budget of a document: loading, analysis and rules together may take this long
 * (default 10 s). Past it the document gets one failure ("took longer than 10 s …; not fully
 * checked") and the run goes on with the next one.
 *
 * Two mechanisms enforce it:
 *
 * - **Checkpoints** (cooperative): the engine checks the budget before each analyzer and each
 *   rule, and extractors may call `checkpoint()` inside long loops. Past the budget, the
 *   remaining work for that document is skipped.
 * - **A hard stop**: a single stage can run far longer than its budget (a super-linear corner
 *   in one extractor), and JavaScript cannot interrupt a synchronous function from inside. The
 *   work therefore runs inside `vm.Script#runInContext` with a `timeout`, whose watchdog
 *   thread terminates the running JavaScript, regular-expression matching included. To keep
 *   the watchdog's cost (~0.15 ms per call) off fast documents, consecutive documents share
 *   one guarded call, and a document starts inside it only while at least its whole remaining
 *   budget is left before the call's timeout: a stuck document is stopped between one and two
 *   budgets after it started.
 *
 * A hard stop skips `finally` blocks in the code it interrupts, so the interrupted document
 * is not touched again (its analysis is left half-done), budgets are settled explicitly, and
 * CommonJS modules whose first load was interrupted are dropped from the require cache.
 */
import { performance } from 'node:perf_hooks';
import { withHardStop } from './hard-stop.js';

export { withHardStop } from './hard-stop.js';
export type { Guarded } from './hard-stop.js';

/** Seconds per document when neither the configuration nor the caller says otherwise. */
export const DEFAULT_TIME_BUDGET_SECONDS = 10;

/** What was running when the budget ran out: a rule, and the extraction it was waiting for. */
export interface BudgetStage {
  ruleId?: string;
  /** e.g. "extracting quotes", "loading". */
  label: string;
}

export class Budget {
  private usedMs = 0;
  private depth = 0;
  private since = 0;
  /** Open stages, outermost first (left as they were when a hard stop interrupted them). */
  readonly stages: BudgetStage[] = [];
  /** Set once the document ran out of time: its remaining work is skipped. */
  exceeded = false;

  /** `limitMs` Infinity: no limit. */
  constructor(readonly limitMs: number) {}

  static seconds(seconds: number | undefined): Budget {
    const value = seconds ?? DEFAULT_TIME_BUDGET_SECONDS;
    return new Budget(value > 0 && Number.isFinite(value) ? value * 1000 : Infinity);
  }

  get limited(): boolean {
    return Number.isFinite(this.limitMs);
  }

  /** Time starts counting (nested calls count once). */
  enter(): void {
    if (this.depth++ === 0) this.since = performance.now();
  }

  leave(): void {
    if (this.depth > 0 && --this.depth === 0) this.usedMs += performance.now() - this.since;
  }

  /** Whether time is being counted now (some work of this document is running). */
  get running(): boolean {
    return this.depth > 0;
  }

  /** After a hard stop skipped the `leave()` calls: count the time up to now and stop. */
  settle(): void {
    if (this.depth > 0) this.usedMs += performance.now() - this.since;
    this.depth = 0;
  }

  get elapsedMs(): number {
    return this.usedMs + (this.depth > 0 ? performance.now() - this.since : 0);
  }

  get remainingMs(): number {
    return this.limitMs - this.elapsedMs;
  }

  isOver(): boolean {
    return this.exceeded || (this.limited && this.elapsedMs > this.limitMs);
  }

  /** Throws `BudgetExceeded` when the time is up. */
  check(): void {
    if (this.isOver()) {
      this.exceeded = true;
      throw new BudgetExceeded(this);
    }
  }

  /** The stage that took longest so far (named when the time runs out between stages). */
  private slowest?: { stage: BudgetStage; ms: number };

  /** Run `fn` as a named stage (for the message when the time runs out inside it). */
  stage<T>(stage: BudgetStage, fn: () => T): T {
    this.stages.push(stage);
    const started = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - started;
      if (!this.slowest || ms > this.slowest.ms) this.slowest = { stage, ms };
      this.stages.pop();
    }
  }

  /** The message for a document that ran out of time. */
  message(): string {
    const seconds = this.limitMs / 1000;
    const limit = `${Number(seconds.toFixed(2))} s`;
    const rule = this.stages.find((s) => s.ruleId)?.ruleId;
    const labels = this.stages.filter((s) => !s.ruleId).map((s) => s.label);
    const label = labels.at(-1);
    let where = [rule ? `in rule "${rule}"` : '', label ? `while ${label}` : ''].filter(Boolean).join(', ');
    // Out of time between two stages: name the one that used most of it.
    if (!where && this.slowest) where = `mostly ${this.slowest.stage.ruleId ? `in rule "${this.slowest.stage.ruleId}"` : `while ${this.slowest.stage.label}`}, ${(this.slowest.ms / 1000).toFixed(1)} s`;
    return `factlint took longer than ${limit} on this file${where ? ` (${where})` : ''}; not fully checked. Raise the time budget (--time-budget SECONDS, or "timeBudget" in the configuration) to check it fully.`;
  }

  /** The rule that was running when the time ran out, if any. */
  ruleId(): string | undefined {
    return this.stages.find((s) => s.ruleId)?.ruleId ?? (this.stages.length === 0 ? this.slowest?.stage.ruleId : undefined);
  }
}

/** Thrown by `Budget#check`; the engine turns it into the document's budget failure. */
export class BudgetExceeded extends Error {
  constructor(readonly budget: Budget) {
    super(budget.message());
    this.name = 'BudgetExceeded';
  }
}

// ------------------------------------------------------------ checkpoints

/** The budget of the document whose work is running now (for `checkpoint()`). */
let current: Budget | undefined;

/** Make `budget` the one `checkpoint()` checks while `fn` runs. */
export function withCurrentBudget<T>(budget: Budget | undefined, fn: () => T): T {
  const previous = current;
  current = budget;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * For long loops in extractors: throws `BudgetExceeded` when the document being worked on is
 * past its budget. Costs one clock read; call it per sentence or per paragraph, not per character.
 */
export function checkpoint(): void {
  if (current?.limited) current.check();
}

// ------------------------------------------------------------ batches

/**
 * Run `work(i)` for `i = 0 … count-1`, each within its document's budget, with a hard stop.
 * `work` does its own checkpoints and error handling; `onStopped(i)` is told about a document
 * whose work was terminated (its budget is settled and marked exceeded first).
 */
export function runWithinBudgets(count: number, budgetOf: (i: number) => Budget, work: (i: number) => void, onStopped: (i: number) => void): void {
  let next = 0;
  while (next < count) {
    const first = budgetOf(next);
    if (!first.limited) {
      // No limit for this document: no watchdog either.
      runOne(first, next, work);
      next++;
      continue;
    }
    // One guarded call for as many documents as fit (see the module comment).
    const timeout = 2 * first.limitMs;
    const started = performance.now();
    let running = -1;
    const outcome = withHardStop(() => {
      while (next < count) {
        const budget = budgetOf(next);
        if (!budget.limited) return;
        if (running >= 0 && performance.now() - started + Math.max(0, budget.remainingMs) > timeout) return;
        running = next;
        runOne(budget, next, work);
        next++;
      }
    }, timeout);
    if (outcome.stopped && running >= 0 && running === next) {
      const budget = budgetOf(running);
      budget.settle();
      budget.exceeded = true;
      current = undefined;
      onStopped(running);
      next = running + 1;
    }
  }
}

function runOne(budget: Budget, i: number, work: (i: number) => void): void {
  budget.enter();
  try {
    withCurrentBudget(budget, () => work(i));
  } finally {
    budget.leave();
  }
}
