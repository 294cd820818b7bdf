/**
 * Runs configured rules over analyzed documents and collects located findings.
 * Document rules run per document; project rules run once over the whole set.
 */
import { locateSourceRange, locateSpan } from '../load/document.js';
import type { Document, Span } from '../load/document.js';
import { AnalysisFailure, AnalyzedDocument } from '../analysis/document.js';
import { analyzerRegistry } from './analyzers.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Finding, ProjectRule, ReportDescriptor, Rule, Severity, SourceRef } from '../rule-api/types.js';
import { ruleMessage } from '../rule-api/messages.js';

export interface ActiveRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

export function analyze(docs: Document[], kb: KnowledgeBase): AnalyzedDocument[] {
  const registry = analyzerRegistry();
  return docs.map((doc) => new AnalyzedDocument(doc, kb, registry));
}

/**
 * The located finding of a report. A report's message must fit the rule: a `messageId` its
 * `meta.messages` declares, with a value for every placeholder, or a free `message` from a
 * rule that declares none. Anything else throws, so it becomes an internal failure of the
 * document (the rule is broken), never a finding with a half-made message.
 */
export function toFinding(doc: Document, active: ActiveRule, descriptor: ReportDescriptor): Finding {
  const { meta } = active.rule;
  const message = messageOf(meta.id, meta.messages, descriptor);
  const location = descriptor.sourceRange ? locateSourceRange(doc, descriptor.sourceRange) : locateFocused(doc, descriptor.span, descriptor.focus);
  const sources: SourceRef[] | undefined = descriptor.source
    ? Array.isArray(descriptor.source) ? descriptor.source : [descriptor.source]
    : undefined;
  return {
    ruleId: active.rule.meta.id,
    severity: active.severity,
    ...message,
    span: descriptor.span,
    ...location,
    evidence: descriptor.evidence,
    suggestions: descriptor.suggestions,
    sources,
    related: descriptor.related,
  };
}

/** The span's place, starting at the focus when there is one (the end is the later of the two ends). */
function locateFocused(doc: Document, span: Span, focus: Span | undefined): ReturnType<typeof locateSpan> {
  if (!focus) return locateSpan(doc, span);
  return locateSpan(doc, { start: focus.start, end: Math.max(focus.end, span.end) });
}

function messageOf(ruleId: string, messages: Record<string, string> | undefined, descriptor: ReportDescriptor): Pick<Finding, 'message' | 'messageId' | 'data'> {
  if (descriptor.messageId !== undefined) {
    const text = ruleMessage(ruleId, messages, descriptor.messageId, descriptor.data);
    const data = descriptor.data ? Object.fromEntries(Object.entries(descriptor.data).map(([k, v]) => [k, String(v)])) : undefined;
    return { message: text, messageId: descriptor.messageId, ...(data ? { data } : {}) };
  }
  if (messages) throw new Error(`rule "${ruleId}" declares meta.messages, so it must report a messageId, not a free message`);
  if (typeof descriptor.message !== 'string') throw new Error(`rule "${ruleId}" reported neither a messageId nor a message`);
  return { message: descriptor.message };
}

/** What went wrong inside factlint while checking one document (the document was not fully checked). */
export interface InternalFailure {
  /** `rule:<id>` or `extract:<kind>`: where it failed. */
  stage: string;
  ruleId?: string;
  message: string;
}

export interface RunOutcome {
  /** Findings per document (same order as `documents`), sorted by position. */
  findings: Finding[][];
  /** Internal failures per document (same order), at most one per stage. */
  failures: InternalFailure[][];
}

/**
 * Runs every active rule. A rule or analyzer that throws is a bug in factlint: it becomes a
 * failure of the document it was working on, never a warning, and every other rule and
 * document goes on. A project rule that trips over one document's analysis runs again
 * without that document, so the others are still compared.
 */
export function runRules(documents: AnalyzedDocument[], activeRules: ActiveRule[], kb: KnowledgeBase): RunOutcome {
  const findings: Finding[][] = documents.map(() => []);
  const failures: InternalFailure[][] = documents.map(() => []);
  const indexOf = new Map(documents.map((d, i) => [d, i]));
  const fail = (i: number, active: ActiveRule, error: unknown) => addFailure(failures[i], failureOf(error, active.rule.meta.id));
  for (const active of activeRules) {
    const { rule } = active;
    if (rule.scope === 'project') {
      runProjectRule(rule, active, documents, kb, indexOf, findings, fail);
      continue;
    }
    documents.forEach((document, i) => {
      try {
        rule.check({
          ruleId: rule.meta.id,
          options: active.options,
          document,
          kb,
          report: (descriptor) => findings[i].push(toFinding(document.doc, active, descriptor)),
        });
      } catch (error) {
        fail(error instanceof AnalysisFailure ? (indexOf.get(error.document) ?? i) : i, active, error);
      }
    });
  }
  for (const list of findings) list.sort(byPosition);
  return { findings, failures };
}

function runProjectRule(
  rule: ProjectRule,
  active: ActiveRule,
  documents: AnalyzedDocument[],
  kb: KnowledgeBase,
  indexOf: Map<AnalyzedDocument, number>,
  findings: Finding[][],
  fail: (i: number, active: ActiveRule, error: unknown) => void,
): void {
  let remaining = documents;
  // Each retry drops one failing document, so this ends after at most `documents.length` runs.
  for (;;) {
    const pending: { i: number; finding: Finding }[] = [];
    try {
      rule.checkProject({
        ruleId: rule.meta.id,
        options: active.options,
        documents: remaining,
        kb,
        report: (document, descriptor) => {
          const i = indexOf.get(document);
          if (i === undefined) throw new Error(`${rule.meta.id} reported on a document outside the run`);
          pending.push({ i, finding: toFinding(document.doc, active, descriptor) });
        },
      });
    } catch (error) {
      if (error instanceof AnalysisFailure && remaining.includes(error.document)) {
        fail(indexOf.get(error.document)!, active, error);
        remaining = remaining.filter((d) => d !== error.document);
        continue;
      }
      // The rule itself is broken: no document was fully checked by it.
      for (const document of remaining) fail(indexOf.get(document)!, active, error);
      return;
    }
    for (const { i, finding } of pending) findings[i].push(finding);
    return;
  }
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

/** One failure per stage: five rules that need the same broken extraction make one message. */
export function addFailure(list: InternalFailure[], failure: InternalFailure): void {
  if (!list.some((f) => f.stage === failure.stage)) list.push(failure);
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
