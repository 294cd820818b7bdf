/**
 * Test harness shared by every test file: build documents from literal text, run one rule
 * with given options, and read findings back with their text.
 */
import { parseDocument } from '../src/load/index.js';
import type { Document, Format } from '../src/load/document.js';
import { AnalyzedDocument } from '../src/analysis/document.js';
import { analyzerRegistry } from '../src/engine/analyzers.js';
import { runRules } from '../src/engine/runner.js';
import type { Finding, Rule } from '../src/rule-api/types.js';
import { KnowledgeBase } from '../src/kb/knowledge-base.js';

export interface DocOptions {
  path?: string;
  format?: Format;
  /** Publication date as if given in metadata. */
  date?: string;
  url?: string;
}

let sharedKb: KnowledgeBase | undefined;

/** The shipped knowledge base, loaded once per test file. */
export function testKb(): KnowledgeBase {
  sharedKb ??= loadTestKb();
  return sharedKb;
}

function loadTestKb(): KnowledgeBase {
  const kbModule = KnowledgeBase as unknown as { loadDefault?: () => KnowledgeBase; empty: () => KnowledgeBase };
  return kbModule.loadDefault ? kbModule.loadDefault() : kbModule.empty();
}

export function makeDocument(text: string, options: DocOptions = {}): Document {
  const format = options.format ?? 'text';
  const path = options.path ?? (format === 'markdown' ? 'test.md' : format === 'html' ? 'test.html' : 'test.txt');
  const doc = parseDocument(path, text, format);
  if (options.date) doc.metadata = { ...doc.metadata, date: options.date, dateSource: 'cli' };
  if (options.url) doc.metadata = { ...doc.metadata, url: options.url, urlSource: 'cli' };
  return doc;
}

export function analyzeText(text: string, options: DocOptions = {}): AnalyzedDocument {
  return new AnalyzedDocument(makeDocument(text, options), testKb(), analyzerRegistry());
}

export interface FindingWithText extends Finding {
  /** The prose the finding points at. */
  text: string;
}

/** Run one rule (at 'error', with options merged over its defaults) on a text. */
export function runRule(rule: Rule, text: string, options: DocOptions & { ruleOptions?: Record<string, unknown> } = {}): FindingWithText[] {
  const document = analyzeText(text, options);
  return runRuleOn(rule, [document], options.ruleOptions)[0];
}

/** Run one rule over several analyzed documents (cross-document rules). */
export function runRuleOn(rule: Rule, documents: AnalyzedDocument[], ruleOptions: Record<string, unknown> = {}): FindingWithText[][] {
  const options = { ...(rule.meta.defaultOptions as Record<string, unknown>), ...ruleOptions };
  const { findings, failures } = runRules(documents, [{ rule, severity: 'error', options }], testKb());
  throwOnFailures(failures);
  return findings.map((list, i) => list.map((f) => ({ ...f, text: documents[i].doc.text.slice(f.span.start, f.span.end) })));
}

/** A rule or analyzer that failed inside a test is a test failure, never an empty result. */
export function throwOnFailures(failures: { message: string }[][]): void {
  const messages = failures.flat().map((f) => f.message);
  if (messages.length > 0) throw new Error(messages.join('\n'));
}
