/**
 * The document model every later stage reads.
 *
 * A loader turns a file into *prose text* (`text`): what a reader sees, with markup,
 * code, front matter and link targets removed. All spans in factlint are offsets into
 * `text`; the `positions` map turns them back into exact places in the original file.
 */
import type { PositionMap, SourceLocation } from './positions.js';

export type Format = 'markdown' | 'html' | 'text';

/** A half-open range `[start, end)` of UTF-16 offsets into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

export type MetadataSource = 'front-matter' | 'html-meta' | 'cli' | 'none';

export interface DocumentMetadata {
  title?: string;
  /** Publication date as given by metadata or `--date` (ISO `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known). */
  date?: string;
  dateSource?: MetadataSource;
  /** The document's own (canonical) URL. */
  url?: string;
  urlSource?: MetadataSource;
  /** Where the URL is written in the original file (front-matter value, canonical link), `[start, end)`. */
  urlRange?: [number, number];
}

export type BlockKind = 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'table-cell';

export interface Sentence {
  index: number;
  paragraph: number;
  span: Span;
  text: string;
}

export interface Paragraph {
  index: number;
  span: Span;
  kind: BlockKind;
  /** Indexes into `Document.sentences`. */
  sentences: number[];
}

/** A link target from markup (`[text](url)`, `<a href>`), which is not part of the prose. */
export interface LinkTarget {
  url: string;
  /** The visible link text in `text` (may be empty for image links). */
  span: Span;
  /** Where the URL itself stands in the original file, when known. */
  sourceStart?: number;
  sourceEnd?: number;
}

/** A comment in the original file (HTML or Markdown `<!-- -->`), used for inline disables. */
export interface SourceComment {
  value: string;
  /** Offsets into the original file. */
  sourceStart: number;
  sourceEnd: number;
}

export interface Document {
  /** Path as the user gave it (or the `--stdin-filename`). */
  path: string;
  format: Format;
  /** The original file content (decoded, BOM removed). */
  source: string;
  /** Prose text: what a reader sees. */
  text: string;
  metadata: DocumentMetadata;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  links: LinkTarget[];
  comments: SourceComment[];
  positions: PositionMap;
}

/** The exact place of a span in the original file (1-based, end exclusive as in ESLint). */
export interface SpanLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locateSpan(doc: Document, span: Span): SpanLocation {
  const start: SourceLocation = doc.positions.locate(span.start);
  const end: SourceLocation =
    span.end > span.start ? doc.positions.locateEnd(span.end) : start;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The place of a range of the original file (for facts written outside the prose). */
export function locateSourceRange(doc: Document, [start, end]: [number, number]): SpanLocation {
  const from = doc.positions.locateSource(start);
  const to = doc.positions.locateSource(Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

export function spanText(doc: Document, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** The sentence that contains `offset` (binary search), or undefined between sentences. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.span.start) hi = mid - 1;
    else if (offset >= s.span.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The first sentence that starts at or after `offset` (sentences are in text order). */
export function sentenceFrom(doc: Document, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return doc.sentences[lo];
}
