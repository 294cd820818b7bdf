/**
 * Paragraph and sentence segmentation of prose text.
 *
 * Paragraphs are the runs of text between blank lines: loaders separate blocks with one
 * blank line, and plain-text articles separate paragraphs the same way. (parse-english
 * alone would also start a paragraph at any line break after a full stop, which breaks
 * hard-wrapped text and multi-line block quotes into pieces.)
 *
 * Sentences come from retext's English parser (parse-english, the parser behind
 * retext-english), run once over the whole text; each sentence belongs to the paragraph
 * it starts in.
 */
import { ParseEnglish } from 'parse-english';
import type { BlockKind, Paragraph, Sentence, Span } from './document.js';

export interface BlockHint {
  span: Span;
  kind: BlockKind;
}

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = new ParseEnglish();

/** A blank line: a line break, optional horizontal space, and another line break. */
const BLANK_LINES = /\n[ \t\f\v\u00a0]*(?:\r?\n|\r)\s*|\r\n?[ \t\f\v\u00a0]*\r?\n\s*/g;

export function segment(text: string, blocks: BlockHint[] = []): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const chunks = paragraphSpans(text);
  const sentenceSpans = sentenceSpansOf(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const hints = [...blocks].sort((a, b) => a.span.start - b.span.start);
  let next = 0;
  for (const span of chunks) {
    const paragraph: Paragraph = { index: paragraphs.length, span, kind: kindAt(hints, span.start), sentences: [] };
    while (next < sentenceSpans.length && sentenceSpans[next].start < span.end) {
      const sentenceSpan = clip(sentenceSpans[next++], span);
      if (sentenceSpan.end <= sentenceSpan.start) continue;
      paragraph.sentences.push(sentences.length);
      sentences.push({ index: sentences.length, paragraph: paragraph.index, span: sentenceSpan, text: text.slice(sentenceSpan.start, sentenceSpan.end) });
    }
    if (paragraph.sentences.length > 0) paragraphs.push(paragraph);
  }
  return { paragraphs, sentences };
}

/** Trimmed, non-empty spans of text between blank lines. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) spans.push(span);
  };
  BLANK_LINES.lastIndex = 0;
  for (let m = BLANK_LINES.exec(text); m; m = BLANK_LINES.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Every sentence parse-english finds, trimmed, in text order. */
function sentenceSpansOf(text: string): Span[] {
  const spans: Span[] = [];
  const root = parser.parse(text) as unknown as NlcstNode;
  for (const node of root.children ?? []) {
    if (node.type !== 'ParagraphNode') continue;
    for (const child of node.children ?? []) {
      if (child.type !== 'SentenceNode') continue;
      const span = trimSpan(text, spanOf(child));
      if (span.end > span.start) spans.push(span);
    }
  }
  return spans;
}

function clip(span: Span, within: Span): Span {
  return { start: Math.max(span.start, within.start), end: Math.min(span.end, within.end) };
}

function spanOf(node: NlcstNode): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The kind of the block hint containing `offset` (hints sorted by start). */
function kindAt(hints: BlockHint[], offset: number): BlockKind {
  let lo = 0;
  let hi = hints.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { span } = hints[mid];
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return hints[mid].kind;
  }
  return 'paragraph';
}
