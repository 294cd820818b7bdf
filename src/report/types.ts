/** The reporter contract: results of a run in, text out. */
import type { FileResult, Rule } from '../engine/types.js';

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
  fatal: number;
}

export function countResults(results: FileResult[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, fatal: 0 };
  for (const result of results) {
    if (result.fatal) {
      counts.fatal++;
      counts.errors++;
    }
    for (const f of result.findings) {
      if (f.severity === 'error') counts.errors++;
      else counts.warnings++;
    }
  }
  return counts;
}
