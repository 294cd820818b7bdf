/**
 * Finding quotation marks in prose: pairs of opening and closing marks, nested quotes,
 * and a quote continued into the next paragraph (an opening mark left open at the end of a
 * paragraph and repeated at the start of the next one, as newspapers do).
 *
 * Apostrophes are the hard part of single quotes: "Japan’s", "don’t", "the ’90s" and the
 * plural possessive "the leaders’ talks" all use the closing mark. An opening single mark
 * only counts after a boundary, and a closing one only before a non-letter.
 */
import type { Paragraph } from '../../load/document.js';
import type { QuotationMarks, QuoteForm } from '../../analysis/mentions.js';

export type MarkedQuote = QuotationMarks;

interface Family {
  form: QuoteForm;
  /** Characters that open this kind of quote. */
  open: string;
  close: string;
}

const FAMILIES: Family[] = [
  { form: 'double', open: '“', close: '”' },
  { form: 'low-high', open: '„', close: '“”' },
  { form: 'guillemet', open: '«', close: '»' },
  { form: 'single', open: '‘', close: '’' },
];

interface OpenQuote {
  family: Family | 'straight-double' | 'straight-single';
  start: number;
  reopenings: number[];
  paragraph: number;
}

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
/** Characters after which an opening mark may stand. */
const isOpeningBoundary = (ch: string | undefined): boolean =>
  ch === undefined || /[\s([{\u2014\u2013\-/:“‘«„"']/.test(ch);

function formOf(open: OpenQuote): QuoteForm {
  if (open.family === 'straight-double') return 'double';
  if (open.family === 'straight-single') return 'single';
  return open.family.form;
}

/** Whether `text[i]` (an apostrophe-like mark) closes a single quote rather than being an apostrophe. */
function closesSingle(text: string, i: number, paragraphEnd: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpace(before) || isLetterOrDigit(after)) return false;
  // "the leaders’ talks": a plural possessive, if a later mark in the paragraph can close instead.
  if (/[sS]/.test(before) && after === ' ' && /\p{L}/u.test(text[i + 2] ?? '')) {
    const rest = text.slice(i + 1, paragraphEnd);
    if (/[^\s][’'](?![\p{L}\p{N}])/u.test(rest)) return false;
  }
  return true;
}

/** Whether a straight or left single mark at `i` opens a quote (not "’90s", "'tis"). */
function opensSingle(text: string, i: number): boolean {
  if (!isOpeningBoundary(text[i - 1]) || isSpace(text[i + 1])) return false;
  return !/^.\d0s\b/.test(text.slice(i, i + 5));
}

export function findQuoteMarks(text: string, paragraphs: Paragraph[]): MarkedQuote[] {
  const found: MarkedQuote[] = [];
  let carried: OpenQuote | undefined;
  for (const paragraph of paragraphs) {
    const stack: OpenQuote[] = [];
    let from = paragraph.span.start;
    if (carried) {
      const reopen = continuationMark(text, paragraph.span.start, carried);
      if (reopen !== undefined) {
        carried.reopenings.push(reopen);
        stack.push(carried);
        from = reopen + 1;
      }
      carried = undefined;
    }
    scanParagraph(text, paragraph, from, stack, found);
    // An outer quote still open at the end of the paragraph may continue in the next one.
    if (stack.length > 0) carried = stack[0];
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** The position of the mark that reopens `open` at the start of a paragraph, if there is one. */
function continuationMark(text: string, start: number, open: OpenQuote): number | undefined {
  const ch = text[start];
  if (open.family === 'straight-double') return ch === '"' ? start : undefined;
  if (open.family === 'straight-single') return ch === "'" ? start : undefined;
  return open.family.open.includes(ch) ? start : undefined;
}

const QUOTE_CHARS = /[“”„«»‘’"']/g;

function scanParagraph(text: string, paragraph: Paragraph, from: number, stack: OpenQuote[], found: MarkedQuote[]): void {
  const end = paragraph.span.end;
  const close = (index: number, i: number): void => {
    const open = stack[index];
    stack.length = index;
    found.push({
      span: { start: open.start, end: i + 1 },
      contentSpan: { start: open.start + 1, end: i },
      form: formOf(open),
      reopenings: open.reopenings,
      depth: index,
      paragraph: open.paragraph,
    });
  };
  // Where the open quotes each closing mark may close sit on the stack, newest last, so a mark
  // never scans the whole stack (50,000 unclosed “ made that quadratic). Entries a close has
  // removed from the stack are dropped when met.
  const byCloser = new Map<string, Array<{ k: number; open: OpenQuote }>>();
  const register = (open: OpenQuote, k: number): void => {
    const closers = open.family === 'straight-double' ? '"' : open.family === 'straight-single' ? "'" : open.family.close;
    for (const closer of closers) {
      const list = byCloser.get(closer);
      if (list) list.push({ k, open });
      else byCloser.set(closer, [{ k, open }]);
    }
  };
  stack.forEach(register);
  const push = (family: OpenQuote['family'], i: number): void => {
    const open: OpenQuote = { family, start: i, reopenings: [], paragraph: paragraph.index };
    stack.push(open);
    register(open, stack.length - 1);
  };
  /** The innermost open quote that `closer` closes, or -1. */
  const openIndex = (closer: string): number => {
    const list = byCloser.get(closer);
    while (list && list.length > 0) {
      const { k, open } = list[list.length - 1];
      if (k < stack.length && stack[k] === open) return k;
      list.pop();
    }
    return -1;
  };
  // The paragraph's last non-space character (found once, not by trimming the rest at each mark).
  let lastSolid = end - 1;
  while (lastSolid >= from && isSpace(text[lastSolid])) lastSolid--;
  QUOTE_CHARS.lastIndex = from;
  for (let m = QUOTE_CHARS.exec(text); m && m.index < end; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '"') {
      const k = openIndex('"');
      // A closing mark after a stray space at the very end of a paragraph ("… immensely. "").
      const endsParagraph = i >= lastSolid;
      if (k >= 0 && (!isSpace(text[i - 1]) || endsParagraph)) close(k, i);
      else if (isOpeningBoundary(text[i - 1]) && !isSpace(text[i + 1])) push('straight-double', i);
      continue;
    }
    if (ch === "'") {
      const k = openIndex("'");
      if (k >= 0 && closesSingle(text, i, end)) close(k, i);
      else if (opensSingle(text, i) && hasLaterCloser(text, i, end, "'")) push('straight-single', i);
      continue;
    }
    const k = openIndex(ch);
    if (k >= 0 && (ch !== '’' || closesSingle(text, i, end))) {
      close(k, i);
      continue;
    }
    const family = FAMILIES.find((f) => f.open === ch);
    if (!family) continue;
    if (family.form === 'single' && !opensSingle(text, i)) continue;
    push(family, i);
  }
}

/** A straight single mark opens a quote only when a closing one follows in the paragraph. */
function hasLaterCloser(text: string, i: number, end: number, mark: string): boolean {
  for (let j = text.indexOf(mark, i + 1); j >= 0 && j < end; j = text.indexOf(mark, j + 1)) {
    if (closesSingle(text, j, end)) return true;
  }
  return false;
}
