/** The reporter contract: results of a run in, text out. */
import type { FileResult, Rule } from '../rule-api/types.js';

export interface ReportContext {
  /** Folder paths are shown relative to (and SARIF URIs are relative to). */
  cwd: string;
  /** ANSI colours allowed (stdout is a TTY, NO_COLOR unset). */
  color: boolean;
  /** Every rule known to the run, for metadata (SARIF `tool.driver.rules`). */
  rules: readonly Rule[];
  /** factlint's version. */
  version: string;
}

export type Formatter = (results: FileResult[], context: ReportContext) => string;

/** ESLint's numeric severities. */
export function severityNumber(severity: 'warn' | 'error'): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}

export interface Counts {
  errors: number;
  warnings: number;
  /** Fatal messages: files that could not be linted, and internal failures. */
  fatal: number;
  /** Files that were loaded but not fully checked (an internal failure or the time budget). */
  incomplete: number;
}

/** A message about the run itself rather than the article: the file could not be linted, or factlint failed on it. */
export interface FatalMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  /** `unreadable`: the file could not be linted at all; `internal`: it was not fully checked. */
  kind: 'unreadable' | 'internal';
}

export function fatalMessagesOf(result: FileResult): FatalMessage[] {
  const messages: FatalMessage[] = [];
  if (result.fatal) messages.push({ ruleId: null, message: result.fatal.message, line: result.fatal.line ?? 1, column: result.fatal.column ?? 1, kind: 'unreadable' });
  for (const failure of result.failures ?? []) messages.push({ ruleId: failure.ruleId ?? null, message: failure.message, line: 1, column: 1, kind: 'internal' });
  return messages;
}

export function countResults(results: FileResult[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, fatal: 0, incomplete: 0 };
  for (const result of results) {
    const fatal = fatalMessagesOf(result).length;
    counts.fatal += fatal;
    counts.errors += fatal;
    if (result.failures?.length) counts.incomplete++;
    for (const f of result.findings) {
      if (f.severity === 'error') counts.errors++;
      else counts.warnings++;
    }
  }
  return counts;
}
