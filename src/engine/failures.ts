/**
 * Internal failures: what went wrong inside factlint while checking one document — a rule or
 * an analyzer that threw, or the document's time budget running out. Each makes the document
 * "not fully checked" (exit code 2).
 */
import { AnalysisFailure } from '../analysis/document.js';
import type { Budget } from '../base/budget.js';

/** What went wrong inside factlint while checking one document (the document was not fully checked). */
export interface InternalFailure {
  /** `rule:<id>`, `extract:<kind>` or `budget`: where it failed. */
  stage: string;
  ruleId?: string;
  message: string;
}

/** The failure an error stands for: of an extraction (whoever needed it) or of a rule. */
export function failureOf(error: unknown, ruleId?: string): InternalFailure {
  if (error instanceof AnalysisFailure) {
    const neededBy = ruleId ? ` (needed by rule "${ruleId}")` : '';
    return { stage: `extract:${error.kind}`, ruleId, message: `factlint failed while ${error.message}${neededBy}, so this file was not fully checked; please report this bug.` };
  }
  if (!ruleId) return { stage: 'engine', message: `factlint failed on this file (${error instanceof Error ? error.message : String(error)}), so it was not fully checked; please report this bug.` };
  const reason = error instanceof Error ? error.message : String(error);
  return { stage: `rule:${ruleId}`, ruleId, message: `factlint's rule "${ruleId}" failed on this file (${reason}), so it was not fully checked; please report this bug.` };
}

/** The failure of a document that ran out of time. */
export function budgetFailure(budget: Budget): InternalFailure {
  const ruleId = budget.ruleId();
  return { stage: 'budget', ...(ruleId ? { ruleId } : {}), message: budget.message() };
}

/** One failure per stage: five rules that need the same broken extraction make one message. */
export function addFailure(list: InternalFailure[], failure: InternalFailure): void {
  if (!list.some((f) => f.stage === failure.stage)) list.push(failure);
}
