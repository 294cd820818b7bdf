/**
 * Where quotations are: text in quotation marks (`marks.ts`), Markdown block quotes,
 * paragraphs introduced by "In his words:" and the like, and the turns of an interview
 * transcript ("Q: …" / "Smith: …").
 */
import type { Document, Paragraph, Span } from '../../load/document.js';
import type { QuotationMarks } from '../../analysis/mentions.js';
import { UTTERANCE_WORDS } from './sourcing.js';

/** Paired quotation marks, with what the paragraph around them adds for quote forms. */
export interface Candidate extends QuotationMarks {
  /** For block quotes: the sentence that introduces them ("In his words:"). */
  intro?: Span;
  /** For interview turns: the speaker's label ("Q", "Smith"). */
  label?: Span;
}

/** A colon-introduced paragraph is a quote only when the introduction reports speech. */
const QUOTE_INTRO = /(?:\bwords|\bas follows|\bput it|\breads?)\s*:\s*$/iu;
/** "Q:", "A:", "Wikinews:", "Dr Smith:", "JOHN SMITH:" at the start of a paragraph. */
const TURN_LABEL = /^(Q|A|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*:\s+(?=\S)/u;
/** A transcript has at least this many turns. */
const MIN_TURNS = 3;

export function quoteCandidates(doc: Document, marks: QuotationMarks[]): Candidate[] {
  const turns = interviewTurns(doc);
  const inTurn = (offset: number) => turns.some((t) => t.contentSpan.start <= offset && offset < t.contentSpan.end);
  const fromMarks: Candidate[] = marks.filter((m) => !(m.depth === 0 && inTurn(m.span.start) && coversTurn(m, turns))).map((m) => ({ ...m }));
  return [...fromMarks, ...blockCandidates(doc, turns), ...turns].sort((a, b) => a.span.start - b.span.start);
}

/** A mark pair that wraps a whole turn is the turn itself. */
function coversTurn(mark: QuotationMarks, turns: Candidate[]): boolean {
  return turns.some((t) => mark.contentSpan.start <= t.contentSpan.start + 1 && mark.contentSpan.end >= t.contentSpan.end - 1);
}

/** Markdown block quotes and paragraphs introduced by "In his words:" and the like. */
function blockCandidates(doc: Document, turns: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  doc.paragraphs.forEach((paragraph, i) => {
    if (startsWithQuoteMark(doc.text, paragraph) || turns.some((t) => t.paragraph === i)) return;
    const previous = doc.paragraphs[i - 1];
    const introSentence = previous ? doc.sentences[previous.sentences[previous.sentences.length - 1]] : undefined;
    const introduced = introSentence !== undefined && previous.kind !== 'heading' && /:\s*$/.test(introSentence.text) && (QUOTE_INTRO.test(introSentence.text) || UTTERANCE_WORDS.test(introSentence.text));
    if (paragraph.kind !== 'blockquote' && !(introduced && paragraph.kind === 'paragraph')) return;
    found.push({
      span: paragraph.span,
      contentSpan: paragraph.span,
      form: paragraph.kind === 'blockquote' ? 'blockquote' : 'colon-paragraph',
      reopenings: [],
      depth: 0,
      paragraph: paragraph.index,
      intro: introduced ? introSentence.span : undefined,
    });
  });
  return found;
}

/** The turns of an interview: paragraphs that open with a speaker's label and a colon. */
function interviewTurns(doc: Document): Candidate[] {
  const turns: Candidate[] = [];
  for (const paragraph of doc.paragraphs) {
    const text = doc.text.slice(paragraph.span.start, paragraph.span.end);
    const m = TURN_LABEL.exec(text);
    if (!m || paragraph.kind === 'heading') continue;
    const contentStart = paragraph.span.start + m[0].length;
    turns.push({
      span: paragraph.span,
      contentSpan: { start: contentStart, end: paragraph.span.end },
      form: 'interview-turn',
      reopenings: [],
      depth: 0,
      paragraph: paragraph.index,
      label: { start: paragraph.span.start, end: paragraph.span.start + m[1].length },
    });
  }
  // A label or two is a heading-like line ("Note: …"), not a transcript.
  return turns.length >= MIN_TURNS && new Set(turns.map((t) => doc.text.slice(t.label!.start, t.label!.end))).size >= 2 ? turns : [];
}

function startsWithQuoteMark(text: string, paragraph: Paragraph): boolean {
  return /^["“‘«„']/.test(text.slice(paragraph.span.start, paragraph.span.start + 1));
}
