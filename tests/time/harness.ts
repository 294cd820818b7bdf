/**
 * A harness for the temporal layer's tests that needs only the time analyzers, so that these
 * tests do not depend on the knowledge base or other layers being loadable.
 */
import { AnalyzedDocument } from '../../src/analysis/document.js';
import type { Analyzer } from '../../src/analysis/document.js';
import type { MentionKind } from '../../src/analysis/mentions.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { DocumentRule, ReportDetails, Rule } from '../../src/rule-api/types.js';
import { ruleMessage } from '../../src/rule-api/messages.js';
import { parseDocument } from '../../src/load/index.js';
import { locateSourceRange, locateSpan } from '../../src/load/document.js';
import type { Format, SpanLocation } from '../../src/load/document.js';
import { urlAnalyzer } from '../../src/extract/urls.js';
import { dateAnalyzer } from '../../src/extract/dates.js';
import { createTimeAnalyzer } from '../../src/time/document-date.js';
import { TEXT_EVIDENCE } from '../../src/time/providers.js';
import type { DateConstraintProvider } from '../../src/time/constraints.js';
import { durationAnalyzer } from '../../src/extract/durations.js';

/** The time layer alone, weighing the text's own evidence (and any extra providers a test adds). */
function timeAnalyzers(extraEvidence: readonly DateConstraintProvider[] = []): Map<MentionKind, Analyzer> {
  const analyzers = [urlAnalyzer, dateAnalyzer, createTimeAnalyzer([...TEXT_EVIDENCE, ...extraEvidence]), durationAnalyzer] as Analyzer[];
  return new Map(analyzers.map((a) => [a.kind, a]));
}

export interface TimeDocOptions {
  format?: Format;
  date?: string;
  url?: string;
  path?: string;
  /** Date evidence besides the text's own. */
  extraEvidence?: readonly DateConstraintProvider[];
}

export function analyzeTimeText(text: string, options: TimeDocOptions = {}): AnalyzedDocument {
  const format = options.format ?? 'text';
  const path = options.path ?? (format === 'markdown' ? 'test.md' : format === 'html' ? 'test.html' : 'test.txt');
  const doc = parseDocument(path, text, format);
  if (options.date) doc.metadata = { ...doc.metadata, date: options.date, dateSource: 'cli' };
  if (options.url) doc.metadata = { ...doc.metadata, url: options.url, urlSource: 'cli' };
  return new AnalyzedDocument(doc, KnowledgeBase.empty(), timeAnalyzers(options.extraEvidence));
}

/** The rule's report, located in the file as the engine locates it, with its message filled in. */
export interface TimeFinding extends ReportDetails, SpanLocation {
  message: string;
  messageId?: string;
  text: string;
}

/** Runs one document rule with its default options (overridden by `ruleOptions`). */
export function runTimeRule(rule: Rule, text: string, options: TimeDocOptions & { ruleOptions?: Record<string, unknown> } = {}): TimeFinding[] {
  const document = analyzeTimeText(text, options);
  return checkDocument(rule, document, options.ruleOptions);
}

export function checkDocument(rule: Rule, document: AnalyzedDocument, ruleOptions: Record<string, unknown> = {}): TimeFinding[] {
  const findings: TimeFinding[] = [];
  const documentRule = rule as DocumentRule;
  documentRule.check({
    ruleId: rule.meta.id,
    options: { ...(rule.meta.defaultOptions as Record<string, unknown>), ...ruleOptions },
    document,
    kb: document.kb,
    report: ({ message, messageId, data, ...d }) => {
      const location = d.sourceRange ? locateSourceRange(document.doc, d.sourceRange) : locateSpan(document.doc, d.span);
      const filled = messageId === undefined ? (message as string) : ruleMessage(rule.meta.id, rule.meta.messages, messageId, data);
      findings.push({ ...d, ...location, message: filled, messageId, text: document.doc.text.slice(d.span.start, d.span.end) });
    },
  });
  return findings;
}
