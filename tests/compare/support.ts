/**
 * Helpers for the comparison tests: load fixture sets, build documents with injected
 * analyzers (to pin down the claims a test compares), and the shipped knowledge base.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/load/index.js';
import type { Document } from '../../src/load/document.js';
import { AnalyzedDocument } from '../../src/analysis/document.js';
import type { Analyzer } from '../../src/analysis/document.js';
import { analyzerRegistry } from '../../src/engine/analyzers.js';
import { runRules } from '../../src/engine/runner.js';
import { throwOnFailures } from '../helpers.js';
import type { Finding, Rule } from '../../src/rule-api/types.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';

export const CROSSDOC = 'corpus/examples/crossdoc';
export const SEEDS = '/work/shared/seeds';

export function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(md|txt|html)$/.test(f)).sort().map((f) => join(dir, f));
}

export function loadDocs(paths: string[]): Document[] {
  return paths.map((p) => parseDocument(p, readFileSync(p, 'utf8')));
}

export function analyzeDocs(docs: Document[], kb: KnowledgeBase = emptyKb(), extra: Analyzer[] = []): AnalyzedDocument[] {
  const registry = analyzerRegistry(extra);
  return docs.map((d) => new AnalyzedDocument(d, kb, registry));
}

export interface FindingWithText extends Finding {
  text: string;
  file: string;
}

export function runOn(rule: Rule, documents: AnalyzedDocument[], kb: KnowledgeBase = emptyKb(), options: Record<string, unknown> = {}): FindingWithText[] {
  const merged = { ...(rule.meta.defaultOptions as Record<string, unknown>), ...options };
  const { findings, failures } = runRules(documents, [{ rule, severity: 'warn', options: merged }], kb);
  throwOnFailures(failures);
  return findings.flatMap((list, i) => list.map((f) => ({ ...f, file: documents[i].doc.path, text: documents[i].doc.text.slice(f.span.start, f.span.end) })));
}

export function emptyKb(): KnowledgeBase {
  return KnowledgeBase.empty();
}

let shipped: KnowledgeBase | undefined;

/** The shipped knowledge base (corpus/kb, built from the checked reference facts). */
export function referenceKb(): KnowledgeBase {
  shipped ??= KnowledgeBase.loadDefault();
  return shipped;
}
