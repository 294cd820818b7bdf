/**
 * ESLint-compatible JSON: one entry per file with exactly ESLint's keys (`filePath`,
 * `messages`, `suppressedMessages`, `errorCount`, `fatalErrorCount`, `warningCount`,
 * `fixableErrorCount`, `fixableWarningCount`, `usedDeprecatedRules`, `source`; per message
 * `messageId` when the rule declares its messages), so tools that
 * read ESLint's output read factlint's. factlint's own data sits in extra keys beside them:
 * per message `evidence`, `suggestions`, `sources`, `related`; per file `documentDate`, `versions`.
 */
import { resolve } from 'node:path';
import type { FileResult, Finding, Suggestion } from '../rule-api/types.js';
import { fatalMessagesOf, severityNumber } from './types.js';
import type { Formatter, ReportContext } from './types.js';

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  nodeType: null;
  /** ESLint's key: the id of the message in the rule's `meta.messages`. */
  messageId?: string;
  endLine?: number;
  endColumn?: number;
  fatal?: true;
  suppressions?: { kind: string; justification: string }[];
  evidence?: Finding['evidence'];
  suggestions?: JsonSuggestion[];
  sources?: Finding['sources'];
  related?: Finding['related'];
}

/** ESLint's suggestion shape (`desc`, `fix`) with factlint's words and replacement beside it. */
export interface JsonSuggestion {
  desc: string;
  fix?: { range: [number, number]; text: string };
  message: string;
  replacement?: string;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
  source?: string;
  documentDate?: FileResult['documentDate'];
  versions?: string[];
}

function toJsonSuggestion(s: Suggestion): JsonSuggestion {
  return {
    desc: s.message,
    ...(s.sourceRange && s.replacement !== undefined ? { fix: { range: s.sourceRange, text: s.replacement } } : {}),
    message: s.message,
    ...(s.replacement !== undefined ? { replacement: s.replacement } : {}),
  };
}

export function toJsonMessage(finding: Finding & { suppressions?: JsonMessage['suppressions'] }): JsonMessage {
  return {
    ruleId: finding.ruleId,
    severity: severityNumber(finding.severity),
    message: finding.message,
    line: finding.line,
    column: finding.column,
    nodeType: null,
    ...(finding.messageId !== undefined ? { messageId: finding.messageId } : {}),
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(finding.suppressions ? { suppressions: finding.suppressions } : {}),
    ...(finding.evidence ? { evidence: finding.evidence } : {}),
    ...(finding.suggestions?.length ? { suggestions: finding.suggestions.map(toJsonSuggestion) } : {}),
    ...(finding.sources?.length ? { sources: finding.sources } : {}),
    ...(finding.related?.length ? { related: finding.related } : {}),
  };
}

export function toJsonResult(result: FileResult, context: Pick<ReportContext, 'cwd'>): JsonResult {
  const fatal: JsonMessage[] = fatalMessagesOf(result).map(({ ruleId, message, line, column }) => ({ ruleId, fatal: true, severity: 2, message, line, column, nodeType: null }));
  const messages = [...fatal, ...result.findings.map(toJsonMessage)];
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    // ESLint reports absolute paths; stdin keeps its given name.
    filePath: result.filePath.startsWith('<') ? result.filePath : resolve(context.cwd, result.filePath),
    messages,
    suppressedMessages: (result.suppressed ?? []).map(toJsonMessage),
    errorCount,
    fatalErrorCount: fatal.length,
    warningCount: messages.length - errorCount,
    // factlint never rewrites files, so no message carries an automatic `fix`.
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    ...(result.source !== undefined && (messages.length > 0) ? { source: result.source } : {}),
    ...(result.documentDate ? { documentDate: result.documentDate } : {}),
    ...(result.versions?.length ? { versions: result.versions } : {}),
  };
}

export const formatJson: Formatter = (results, context) => JSON.stringify(results.map((r) => toJsonResult(r, context)));
