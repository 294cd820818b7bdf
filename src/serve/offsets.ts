/**
 * Offsets in the text a client sent. factlint locates findings by line and column (1-based,
 * UTF-16 code units, CRLF/LF/CR line ends) in the loaded source, which is the submitted text
 * less a leading byte-order mark; these helpers turn them back into offsets of the submitted
 * text, which is what highlights in the page and LanguageTool's `offset`/`length` need.
 */
import type { FileResult, Finding } from '../index.js';

/** `[start, end)` in UTF-16 code units of the submitted text. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** A finding as the server returns it: the library's finding plus its place in the submitted text. */
export type ServedFinding = Finding & { sourceSpan: SourceSpan };

export type ServedResult = Omit<FileResult, 'findings' | 'suppressed'> & {
  findings: ServedFinding[];
  suppressed?: Array<NonNullable<FileResult['suppressed']>[number] & { sourceSpan: SourceSpan }>;
};

export class TextOffsets {
  private readonly starts: number[] = [0];
  private readonly shift: number;
  private readonly length: number;

  constructor(text: string) {
    this.shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.length = text.length;
    for (let i = this.shift; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1 - this.shift);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1 - this.shift);
      }
    }
  }

  /** Offset of a 1-based line and column, clamped to the text. */
  offsetOf(line: number, column: number): number {
    const lineStart = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return Math.max(0, Math.min(this.length, lineStart + Math.max(column, 1) - 1 + this.shift));
  }

  spanOf(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): SourceSpan {
    const start = this.offsetOf(finding.line, finding.column);
    const end = this.offsetOf(finding.endLine ?? finding.line, finding.endColumn ?? finding.column);
    return { start, end: Math.max(start, end) };
  }
}

/** The result with every finding's place in `text`. */
export function withSourceSpans(result: FileResult, text: string): ServedResult {
  const offsets = new TextOffsets(text);
  const { suppressed, ...rest } = result;
  const served: ServedResult = { ...rest, findings: result.findings.map((f) => ({ ...f, sourceSpan: offsets.spanOf(f) })) };
  if (suppressed) served.suppressed = suppressed.map((f) => ({ ...f, sourceSpan: offsets.spanOf(f) }));
  return served;
}
