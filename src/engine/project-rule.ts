/**
 * A project rule (one that compares the documents of a run) under the documents' time
 * budgets and the engine's failure handling.
 */
import { AnalysisFailure } from '../analysis/document.js';
import type { AnalyzedDocument } from '../analysis/document.js';
import { BudgetExceeded, withHardStop } from '../base/budget.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Finding, ProjectRule } from '../rule-api/types.js';
import { addFailure } from './failures.js';
import type { InternalFailure } from './failures.js';
import { toFinding } from './findings.js';
import type { ActiveRule } from './findings.js';

/** Where a project rule's results go, by the document's index in the run. */
export interface ProjectRun {
  kb: KnowledgeBase;
  indexOf: Map<AnalyzedDocument, number>;
  findings: Finding[][];
  failures: InternalFailure[][];
  /** An error of the rule, or of an analysis it needed, on document `i`. */
  fail(i: number, active: ActiveRule, error: unknown): void;
  /** Document `i` ran out of time. */
  outOfTime(i: number): void;
}

function cachedKinds(documents: readonly AnalyzedDocument[]): number {
  return documents.reduce((sum, d) => sum + d.computedKinds().length, 0);
}

/**
 * A project rule over the documents that were checked in time. A rule that trips over one
 * document's analysis runs again without that document, so the others are still compared.
 *
 * The analyses it asks for are charged to each document's budget (checked before each
 * analyzer). A hard stop guards the whole call: when it fires inside a document's analysis that
 * has run out of time, that document is dropped; otherwise the rule runs again, going further
 * each time because every finished analysis is cached, and a rule whose own work never
 * finishes fails on every document after `budget × documents`.
 */
export function runProjectRule(rule: ProjectRule, active: ActiveRule, documents: AnalyzedDocument[], run: ProjectRun): void {
  const { indexOf } = run;
  let remaining = documents;
  const limitMs = documents.length === 0 ? Infinity : documents.reduce((max, d) => Math.max(max, d.budget?.limitMs ?? Infinity), 0);
  let timeout = Number.isFinite(limitMs) ? 2 * limitMs : Infinity;
  const cap = limitMs * Math.max(2, documents.length);
  // Each retry drops a document, finishes at least one more analysis, or doubles the timeout up
  // to the cap, so this ends.
  for (;;) {
    const pending: { i: number; finding: Finding }[] = [];
    const analysedBefore = cachedKinds(remaining);
    let outcome;
    try {
      outcome = withHardStop(
        () =>
          rule.checkProject({
            ruleId: rule.meta.id,
            options: active.options,
            documents: remaining,
            kb: run.kb,
            report: (document, descriptor) => {
              const i = indexOf.get(document);
              if (i === undefined) throw new Error(`${rule.meta.id} reported on a document outside the run`);
              pending.push({ i, finding: toFinding(document.doc, active, descriptor) });
            },
          }),
        timeout,
      );
    } catch (error) {
      const timedOut = error instanceof BudgetExceeded ? remaining.find((d) => d.budget === error.budget) : undefined;
      if (timedOut) {
        run.outOfTime(indexOf.get(timedOut)!);
        remaining = remaining.filter((d) => d !== timedOut);
        continue;
      }
      if (error instanceof AnalysisFailure && remaining.includes(error.document)) {
        run.fail(indexOf.get(error.document)!, active, error);
        remaining = remaining.filter((d) => d !== error.document);
        continue;
      }
      // The rule itself is broken: no document was fully checked by it.
      for (const document of remaining) run.fail(indexOf.get(document)!, active, error);
      return;
    }
    if (outcome.stopped) {
      const interrupted = remaining.find((d) => d.budget?.running);
      const overdue = interrupted?.budget?.isOver() ? interrupted : undefined;
      if (overdue) {
        overdue.budget!.exceeded = true;
        run.outOfTime(indexOf.get(overdue)!);
      }
      for (const document of remaining) document.recoverFromInterrupt();
      if (overdue) {
        remaining = remaining.filter((d) => d !== overdue);
        continue;
      }
      if (cachedKinds(remaining) > analysedBefore) continue;
      timeout *= 2;
      if (timeout <= cap) continue;
      const message = `factlint's rule "${rule.meta.id}" took longer than ${Math.round(cap / 1000)} s comparing ${remaining.length} documents; not fully checked. Raise the time budget (--time-budget SECONDS, or "timeBudget" in the configuration) to check them fully.`;
      for (const document of remaining) addFailure(run.failures[indexOf.get(document)!], { stage: `budget:${rule.meta.id}`, ruleId: rule.meta.id, message });
      return;
    }
    for (const { i, finding } of pending) run.findings[i].push(finding);
    return;
  }
}
