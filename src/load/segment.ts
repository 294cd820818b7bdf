/**
 * Paragraph and sentence segmentation of prose text.
 *
 * Paragraphs: for Markdown and HTML, the blocks the loader found (one paragraph per `<p>`,
 * list item, heading…). For plain text, the runs between blank lines, further split at line
 * breaks when the text is written one paragraph per line, or when a hard-wrapped paragraph
 * ends a sentence and the next line is indented (see `plainParagraphs`). parse-english on its
 * own would start a paragraph at any line break after a full stop, which breaks hard-wrapped
 * text and multi-line block quotes into pieces.
 *
 * Sentences come from retext's English parser (parse-english, the parser behind
 * retext-english), run over each paragraph, with its slips at abbreviations and numbers
 * mended (`sentence-repair.ts`).
 */
import { ParseEnglish } from 'parse-english';
import type { BlockKind, Paragraph, Sentence, Span } from './document.js';
import { repairSentences } from './sentence-repair.js';

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
  const chunks = blocks.length > 0 ? blockSpans(text, blocks) : plainParagraphs(text);
  const hints = [...blocks].sort((a, b) => a.span.start - b.span.start);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const span of chunks) {
    const paragraph: Paragraph = { index: paragraphs.length, span, kind: kindAt(hints, span.start), sentences: [] };
    for (const sentenceSpan of sentenceSpansIn(text, span)) {
      paragraph.sentences.push(sentences.length);
      sentences.push({ index: sentences.length, paragraph: paragraph.index, span: sentenceSpan, text: text.slice(sentenceSpan.start, sentenceSpan.end) });
    }
    if (paragraph.sentences.length > 0) paragraphs.push(paragraph);
  }
  return { paragraphs, sentences };
}

/**
 * parse-english slows down quadratically with the number of nodes under one parent, so it
 * runs once per paragraph (linear over a document), and a paragraph longer than
 * `MAX_PIECE` characters (only in pathological input) is cut into pieces after a sentence
 * end or, failing that, at whitespace.
 */
const MAX_PIECE = 20_000;

function sentenceSpansIn(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  for (const piece of pieces(text, paragraph)) {
    const root = parser.parse(text.slice(piece.start, piece.end)) as unknown as NlcstNode;
    for (const node of root.children ?? []) {
      if (node.type !== 'ParagraphNode') continue;
      for (const child of node.children ?? []) {
        if (child.type !== 'SentenceNode') continue;
        const local = spanOf(child);
        const span = trimSpan(text, { start: piece.start + local.start, end: piece.start + local.end });
        if (span.end > span.start) spans.push(span);
      }
    }
  }
  return repairSentences(text, spans);
}

function pieces(text: string, span: Span): Span[] {
  const result: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_PIECE) {
    const window = text.slice(start, start + MAX_PIECE);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'));
    const cut = sentenceEnd > MAX_PIECE / 2 ? sentenceEnd + 1 : Math.max(window.lastIndexOf(' '), MAX_PIECE / 2);
    result.push({ start, end: start + cut });
    start += cut;
  }
  result.push({ start, end: span.end });
  return result;
}

/** The loader's blocks, trimmed and in order. */
function blockSpans(text: string, blocks: BlockHint[]): Span[] {
  return blocks
    .map((b) => trimSpan(text, b.span))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
}

/** Lines longer than this are not hard-wrapped: the text is written one paragraph per line. */
const WRAP_WIDTH = 100;
const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/;
const LIST_MARKER = /^\s*(?:[-*•–]|\d{1,3}[.)])\s/;

/**
 * Plain-text paragraphs. A text that separates paragraphs by blank lines keeps each chunk
 * between them as one paragraph, whether its lines are hard-wrapped or hold a sentence each
 * (a new paragraph starts inside a chunk only at a list item, or at an indented line after a
 * finished sentence). A text without blank lines is either hard-wrapped (every line but the
 * last is short, and some line ends mid-sentence), split the same way, or written one
 * paragraph per line, and then every line is a paragraph.
 */
export function plainParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const chunks = blankLineChunks(text);
  for (const chunk of chunks) {
    const lines = linesOf(text, chunk);
    const body = lines.slice(0, -1);
    const wrapped = chunks.length > 1 || (body.length > 0 && body.every((l) => l.end - l.start <= WRAP_WIDTH) && body.some((l) => !SENTENCE_END.test(text.slice(l.start, l.end))));
    let start = chunk.start;
    for (let i = 1; i < lines.length; i++) {
      const previous = text.slice(lines[i - 1].start, lines[i - 1].end);
      const line = text.slice(lines[i].start, lines[i].end);
      const breaks = LIST_MARKER.test(line) || (wrapped ? SENTENCE_END.test(previous) && /^[ \t\u00a0]/.test(line) : true);
      if (!breaks) continue;
      pushTrimmed(text, spans, start, lines[i - 1].end);
      start = lines[i].start;
    }
    pushTrimmed(text, spans, start, chunk.end);
  }
  return spans;
}

function linesOf(text: string, chunk: Span): Span[] {
  const lines: Span[] = [];
  let start = chunk.start;
  for (let i = chunk.start; i < chunk.end; i++) {
    if (text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  lines.push({ start, end: chunk.end });
  return lines.filter((l) => text.slice(l.start, l.end).trim() !== '');
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) spans.push(span);
}

/** Trimmed, non-empty spans of text between blank lines. */
function blankLineChunks(text: string): Span[] {
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
