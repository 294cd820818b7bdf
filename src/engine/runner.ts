/**
 * Runs configured rules over analyzed documents and collects located findings.
 * Document rules run per document; project rules run once over the whole set.
 */
import type { Document } from '../load/document.js';
import { Budget, BudgetExceeded, runWithinBudgets } from '../base/budget.js';
import { AnalysisFailure, AnalyzedDocument } from '../analysis/document.js';
import type { MentionKind } from '../analysis/mentions.js';
import { analyzerRegistry } from './analyzers.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { DocumentRule, Finding } from '../rule-api/types.js';
import { addFailure, budgetFailure, failureOf } from './failures.js';
import type { InternalFailure } from './failures.js';
import { byPosition, toFinding } from './findings.js';
import type { ActiveRule } from './findings.js';
import { runProjectRule } from './project-rule.js';

export { toFinding } from './findings.js';
export type { ActiveRule } from './findings.js';
export { addFailure, budgetFailure, failureOf } from './failures.js';
export type { InternalFailure } from './failures.js';

export function analyze(docs: Document[], kb: KnowledgeBase): AnalyzedDocument[] {
  const registry = analyzerRegistry();
  return docs.map((doc) => new AnalyzedDocument(doc, kb, registry));
}

export interface RunOutcome {
  /** Findings per document (same order as `documents`), sorted by position. */
  findings: Finding[][];
  /** Internal failures per document (same order), at most one per stage. */
  failures: InternalFailure[][];
}

/** What a run can be given besides its documents and rules. */
export interface RunOptions {
  /** Each document's time budget (same order as the documents); without them, no limit. */
  budgets?: Budget[];
  /** Kinds computed for every document after its rules, within its budget (the document date). */
  extraKinds?: MentionKind[];
}

/**
 * Runs every active rule. A rule or analyzer that throws is a bug in factlint: it becomes a
 * failure of the document it was working on, never a warning, and every other rule and
 * document goes on.
 *
 * Document rules run document by document, each document within its time budget (see
 * `base/budget.ts`); a document that runs out of time gets one failure and its remaining rules
 * are skipped. Project rules then compare the documents that were checked in time
 * (`project-rule.ts`).
 */
export function runRules(documents: AnalyzedDocument[], activeRules: ActiveRule[], kb: KnowledgeBase, runOptions: RunOptions = {}): RunOutcome {
  const findings: Finding[][] = documents.map(() => []);
  const failures: InternalFailure[][] = documents.map(() => []);
  const indexOf = new Map(documents.map((d, i) => [d, i]));
  const fail = (i: number, active: ActiveRule, error: unknown) => addFailure(failures[i], failureOf(error, active.rule.meta.id));
  const budgets = runOptions.budgets ?? documents.map(() => new Budget(Infinity));
  if (runOptions.budgets) documents.forEach((document, i) => (document.budget = budgets[i]));
  const outOfTime = (i: number) => addFailure(failures[i], budgetFailure(budgets[i]));
  const documentRules = activeRules.filter((active) => active.rule.scope !== 'project');

  /** One stage of one document's work; false when the document ran out of time. */
  const stage = (i: number, active: ActiveRule | undefined, label: string, fn: () => void): boolean => {
    try {
      budgets[i].check();
      budgets[i].stage({ ruleId: active?.rule.meta.id, label }, fn);
    } catch (error) {
      if (error instanceof BudgetExceeded) {
        outOfTime(i);
        return false;
      }
      if (active) fail(error instanceof AnalysisFailure ? (indexOf.get(error.document) ?? i) : i, active, error);
      else addFailure(failures[i], failureOf(error));
    }
    return true;
  };

  const checkDocument = (i: number): void => {
    const document = documents[i];
    for (const active of documentRules) {
      const rule = active.rule as DocumentRule;
      const checked = stage(i, active, `rule "${rule.meta.id}"`, () =>
        rule.check({
          ruleId: rule.meta.id,
          options: active.options,
          document,
          kb,
          report: (descriptor) => findings[i].push(toFinding(document.doc, active, descriptor)),
        }),
      );
      if (!checked) return;
    }
    for (const kind of runOptions.extraKinds ?? []) {
      if (!stage(i, undefined, `extracting ${kind}`, () => void document.get(kind))) return;
    }
  };

  runWithinBudgets(documents.length, (i) => budgets[i], checkDocument, (i) => {
    outOfTime(i);
    documents[i].recoverFromInterrupt();
  });
  const checkedInTime = documents.filter((_, i) => !budgets[i].exceeded);
  const run = { kb, indexOf, findings, failures, fail, outOfTime };
  for (const active of activeRules) {
    if (active.rule.scope === 'project') runProjectRule(active.rule, active, checkedInTime, run);
  }
  for (const list of findings) list.sort(byPosition);
  return { findings, failures };
}
