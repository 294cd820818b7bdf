/**
 * Paragraph and sentence segmentation of prose text with retext's English parser
 * (parse-english, the parser behind retext-english). Loaders separate blocks with a blank
 * line, so the parser's paragraphs are the document's blocks.
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

export function segment(text: string, blocks: BlockHint[] = []): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const root = parser.parse(text) as unknown as NlcstNode;
  for (const node of root.children ?? []) {
    if (node.type !== 'ParagraphNode') continue;
    const span = spanOf(node);
    const paragraph: Paragraph = { index: paragraphs.length, span, kind: kindAt(blocks, span), sentences: [] };
    for (const child of node.children ?? []) {
      if (child.type !== 'SentenceNode') continue;
      const sentenceSpan = trimSpan(text, spanOf(child));
      if (sentenceSpan.end <= sentenceSpan.start) continue;
      paragraph.sentences.push(sentences.length);
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        span: sentenceSpan,
        text: text.slice(sentenceSpan.start, sentenceSpan.end),
      });
    }
    if (paragraph.sentences.length > 0) paragraphs.push(paragraph);
  }
  return { paragraphs, sentences };
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

function kindAt(blocks: BlockHint[], span: Span): BlockKind {
  const hit = blocks.find((b) => b.span.start <= span.start && span.start < b.span.end);
  return hit?.kind ?? 'paragraph';
}
