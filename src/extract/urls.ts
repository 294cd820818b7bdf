/**
 * URL mentions: bare URLs written in the prose, markup link targets and the document's own
 * URL, each with the date its path carries, if any (`/2026/04/02/`, `/20190122/`, `2019-01-22`).
 */
import type { Document, Span } from '../load/document.js';
import type { Analyzer } from '../analysis/document.js';
import type { UrlMention } from '../analysis/mentions.js';
import { isValidDay } from '../base/calendar.js';

export type PathDate = NonNullable<UrlMention['pathDate']>;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** `http(s)://…` or `www.…` up to whitespace or a character that cannot end a URL in prose. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’«»]+/gi;
/** Punctuation that ends a sentence or clause rather than the URL. */
const TRAILING_PUNCTUATION = new Set([...'.,;:!?\'"’”)]}>*']);

export function extractUrls(doc: Document): UrlMention[] {
  const mentions: UrlMention[] = [];
  const textSpans: Span[] = [];
  for (const match of doc.text.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    const span = { start: match.index, end: match.index + url.length };
    textSpans.push(span);
    mentions.push(withPathDate({ url, span, origin: 'text' }));
  }
  for (const link of doc.links) {
    // An autolink's visible text is the URL itself, already found in the prose.
    if (textSpans.some((s) => s.start <= link.span.start && link.span.end <= s.end && link.span.end > link.span.start)) continue;
    const sourceRange: [number, number] | undefined = link.sourceStart !== undefined && link.sourceEnd !== undefined ? [link.sourceStart, link.sourceEnd] : undefined;
    mentions.push(withPathDate({ url: link.url, span: link.span, origin: 'link', ...(sourceRange ? { sourceRange } : {}) }));
  }
  const { url, urlRange } = doc.metadata;
  if (url) mentions.push(withPathDate({ url, span: ownUrlSpan(doc), origin: 'metadata', ...(urlRange ? { sourceRange: urlRange } : {}) }));
  return mentions;
}

/**
 * Strips sentence punctuation, keeping a closing bracket that the URL itself opened. One pass
 * from the end, so a URL followed by 100,000 commas costs 100,000 steps, not their square.
 */
export function trimUrl(raw: string): string {
  let end = raw.length;
  // Brackets are counted once; only closing ones are ever stripped.
  const opened = { ')': count(raw, '('), ']': count(raw, '[') };
  const closed = { ')': count(raw, ')'), ']': count(raw, ']') };
  while (end > 0 && TRAILING_PUNCTUATION.has(raw[end - 1])) {
    const last = raw[end - 1];
    if (last === ')' || last === ']') {
      if (opened[last] >= closed[last]) break;
      closed[last]--;
    }
    end--;
  }
  return raw.slice(0, end);
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** The own URL has no place in the prose: point at the title if it is there, else at the start. */
function ownUrlSpan(doc: Document): Span {
  const title = doc.metadata.title?.trim();
  const at = title ? doc.text.indexOf(title) : -1;
  return at >= 0 && title ? { start: at, end: at + title.length } : { start: 0, end: 0 };
}

function withPathDate(mention: UrlMention): UrlMention {
  const pathDate = pathDateOf(mention.url);
  return pathDate ? { ...mention, pathDate } : mention;
}

/**
 * The date in a URL's path or file name. Query strings and host names are ignored (they
 * carry IDs, not dates), and every candidate is checked against the calendar so that an ID
 * such as `/20193344/` or a number such as `/4521/` is not read as a date.
 */
export function pathDateOf(url: string): PathDate | undefined {
  const path = pathOf(url);
  if (!path) return undefined;
  return (
    slashedDate(path) ??
    separatedDate(path) ??
    compactDate(path) ??
    slashedYearMonth(path)
  );
}

function pathOf(url: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  try {
    return decodeURIComponent(new URL(withScheme).pathname);
  } catch {
    return undefined;
  }
}

/** `/2026/04/02/` (also at the end of the path). */
function slashedDate(path: string): PathDate | undefined {
  const m = /\/((\d{4})\/(\d{1,2})\/(\d{1,2}))(?=\/|$|[-_.])/.exec(path);
  return m ? dayDate(m[2], m[3], m[4], m[1]) : undefined;
}

/** `2019-01-22` or `2019_01_22` in a slug or file name. */
function separatedDate(path: string): PathDate | undefined {
  const m = /(?<![\d])((\d{4})([-_.])(\d{2})\3(\d{2}))(?!\d)/.exec(path);
  return m ? dayDate(m[2], m[4], m[5], m[1]) : undefined;
}

/** `/20190122/` or `20190122-slug`: exactly eight digits standing alone. */
function compactDate(path: string): PathDate | undefined {
  const m = /(?<![\dA-Za-z])((\d{4})(\d{2})(\d{2}))(?![\dA-Za-z])/.exec(path);
  return m ? dayDate(m[2], m[3], m[4], m[1]) : undefined;
}

/** `/2019/01/` followed by a slug (not by more digits, which would be an ID). */
function slashedYearMonth(path: string): PathDate | undefined {
  const m = /\/((\d{4})\/(\d{1,2}))\/(?=[^\d/])/.exec(path);
  if (!m) return undefined;
  const year = Number(m[2]);
  const month = Number(m[3]);
  if (!validYear(year) || month < 1 || month > 12) return undefined;
  return { year, month, raw: m[1] };
}

function dayDate(y: string, mo: string, d: string, raw: string): PathDate | undefined {
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (!validYear(year) || !isValidDay(year, month, day)) return undefined;
  return { year, month, day, raw };
}

function validYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export const urlAnalyzer: Analyzer<'urls'> = {
  kind: 'urls',
  analyze: ({ doc }) => extractUrls(doc),
};
