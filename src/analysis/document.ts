/**
 * A document with its mentions, computed lazily and once: a rule that never asks for
 * quotes never pays for quote extraction, and two rules asking for dates share one result.
 */
import type { Document } from '../load/document.js';
import type { MentionKind, MentionMap } from './mentions.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { BudgetExceeded, withCurrentBudget } from '../base/budget.js';
import type { Budget } from '../base/budget.js';

export interface AnalysisContext {
  doc: Document;
  kb: KnowledgeBase;
  /** Another kind of mention of the same document (computed on demand). */
  get<K extends MentionKind>(kind: K): MentionMap[K];
}

/** Computes one kind of mention. Registered in `src/engine/analyzers.ts`. */
export interface Analyzer<K extends MentionKind = MentionKind> {
  kind: K;
  analyze(context: AnalysisContext): MentionMap[K];
}

/**
 * An analyzer threw while working on one document: a bug in factlint, confined to that
 * document. The engine turns it into an error for that file and goes on with the others.
 */
export class AnalysisFailure extends Error {
  constructor(
    readonly document: AnalyzedDocument,
    readonly kind: MentionKind,
    override readonly cause: unknown,
  ) {
    super(`extracting ${kind} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'AnalysisFailure';
  }
}

export class AnalyzedDocument implements AnalysisContext {
  private readonly cache = new Map<MentionKind, unknown>();
  private readonly failures = new Map<MentionKind, AnalysisFailure>();
  private readonly inProgress = new Set<MentionKind>();
  /** The document's time budget: checked before each analyzer, which is charged to it. */
  budget?: Budget;

  constructor(
    readonly doc: Document,
    readonly kb: KnowledgeBase,
    private readonly analyzers: ReadonlyMap<MentionKind, Analyzer>,
  ) {}

  get<K extends MentionKind>(kind: K): MentionMap[K] {
    if (this.cache.has(kind)) return this.cache.get(kind) as MentionMap[K];
    const failure = this.failures.get(kind);
    if (failure) throw failure;
    const analyzer = this.analyzers.get(kind);
    if (!analyzer) throw new Error(`No analyzer registered for mentions of kind "${kind}"`);
    if (this.inProgress.has(kind)) throw new Error(`Circular dependency between analyzers at "${kind}"`);
    const budget = this.budget;
    budget?.check();
    this.inProgress.add(kind);
    budget?.enter();
    budget?.stages.push({ label: `extracting ${kind}` });
    try {
      const value = (budget ? withCurrentBudget(budget, () => analyzer.analyze(this)) : analyzer.analyze(this)) as MentionMap[K];
      this.cache.set(kind, value);
      return value;
    } catch (error) {
      // Running out of time is not a failure of the extraction: nothing is cached.
      if (error instanceof BudgetExceeded) throw error;
      // A failure further down (claims needs dates) keeps its own stage name.
      const failure = error instanceof AnalysisFailure ? error : new AnalysisFailure(this, kind, error);
      this.failures.set(kind, failure);
      throw failure;
    } finally {
      budget?.stages.pop();
      budget?.leave();
      this.inProgress.delete(kind);
    }
  }

  /** A kind's mentions if they have been computed, without computing them. */
  cached<K extends MentionKind>(kind: K): MentionMap[K] | undefined {
    return this.cache.get(kind) as MentionMap[K] | undefined;
  }

  /** After a hard stop interrupted an analyzer (its `finally` never ran), forget that it was running. */
  recoverFromInterrupt(): void {
    this.inProgress.clear();
    this.budget?.settle();
    this.budget?.stages.splice(0);
  }

  /** Which kinds have been computed (for `explain` and benchmarks). */
  computedKinds(): MentionKind[] {
    return [...this.cache.keys()];
  }
}
