/**
 * Runs configured rules over analyzed documents and collects located findings.
 * Document rules run per document; project rules run once over the whole set.
 */
import { locateSpan } from '../load/document.js';
import type { Document } from '../load/document.js';
import { AnalyzedDocument } from './analysis.js';
import { analyzerRegistry } from './analyzers.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Finding, ReportDescriptor, Rule, Severity, SourceRef } from './types.js';

export interface ActiveRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

export function analyze(docs: Document[], kb: KnowledgeBase): AnalyzedDocument[] {
  const registry = analyzerRegistry();
  return docs.map((doc) => new AnalyzedDocument(doc, kb, registry));
}

export function toFinding(doc: Document, active: ActiveRule, descriptor: ReportDescriptor): Finding {
  const location = locateSpan(doc, descriptor.span);
  const sources: SourceRef[] | undefined = descriptor.source
    ? Array.isArray(descriptor.source) ? descriptor.source : [descriptor.source]
    : undefined;
  return {
    ruleId: active.rule.meta.id,
    severity: active.severity,
    message: descriptor.message,
    span: descriptor.span,
    ...location,
    evidence: descriptor.evidence,
    suggestions: descriptor.suggestions,
    sources,
    related: descriptor.related,
  };
}

/** Findings per document (same order as `documents`), sorted by position. */
export function runRules(documents: AnalyzedDocument[], activeRules: ActiveRule[], kb: KnowledgeBase): Finding[][] {
  const findings: Finding[][] = documents.map(() => []);
  const indexOf = new Map(documents.map((d, i) => [d, i]));
  for (const active of activeRules) {
    const { rule } = active;
    if (rule.scope === 'project') {
      rule.checkProject({
        ruleId: rule.meta.id,
        options: active.options,
        documents,
        kb,
        report: (document, descriptor) => {
          const i = indexOf.get(document);
          if (i === undefined) throw new Error(`${rule.meta.id} reported on a document outside the run`);
          findings[i].push(toFinding(document.doc, active, descriptor));
        },
      });
      continue;
    }
    documents.forEach((document, i) => {
      rule.check({
        ruleId: rule.meta.id,
        options: active.options,
        document,
        kb,
        report: (descriptor) => findings[i].push(toFinding(document.doc, active, descriptor)),
      });
    });
  }
  for (const list of findings) list.sort(byPosition);
  return findings;
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
