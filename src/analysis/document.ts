/**
 * A document with its mentions, computed lazily and once: a rule that never asks for
 * quotes never pays for quote extraction, and two rules asking for dates share one result.
 */
import type { Document } from '../load/document.js';
import type { MentionKind, MentionMap } from './mentions.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';

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
    this.inProgress.add(kind);
    try {
      const value = analyzer.analyze(this) as MentionMap[K];
      this.cache.set(kind, value);
      return value;
    } catch (error) {
      // A failure further down (claims needs dates) keeps its own stage name.
      const failure = error instanceof AnalysisFailure ? error : new AnalysisFailure(this, kind, error);
      this.failures.set(kind, failure);
      throw failure;
    } finally {
      this.inProgress.delete(kind);
    }
  }

  /** Which kinds have been computed (for `explain` and benchmarks). */
  computedKinds(): MentionKind[] {
    return [...this.cache.keys()];
  }
}
