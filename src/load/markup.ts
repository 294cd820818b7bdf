/**
 * Small scanners over raw markup, for the places the syntax trees do not record:
 * where a link's URL stands in the source, and where comments are inside raw HTML.
 */
import type { SourceComment } from './document.js';

export interface SourceRange {
  sourceStart: number;
  sourceEnd: number;
}

/** Every `<!-- … -->` in `raw`, which starts at source offset `offset`. */
export function commentsIn(raw: string, offset: number): SourceComment[] {
  // indexOf, not a lazy pattern: thousands of unclosed `<!--` would make that quadratic.
  const comments: SourceComment[] = [];
  for (let open = raw.indexOf('<!--'); open >= 0; ) {
    const close = raw.indexOf('-->', open + 4);
    if (close < 0) break;
    comments.push({ value: raw.slice(open + 4, close), sourceStart: offset + open, sourceEnd: offset + close + 3 });
    open = raw.indexOf('<!--', close + 3);
  }
  return comments;
}

/** In `[text](url "title")` at `source[start, end)`, where `url` stands. */
export function findLinkDestination(source: string, start: number, end: number): SourceRange | undefined {
  const labelEnd = closingBracket(source, start, end);
  if (labelEnd < 0 || source[labelEnd + 1] !== '(') return undefined;
  return scanDestination(source, labelEnd + 2, end);
}

/** In a definition `[label]: url "title"` at `source[start, end)`, where `url` stands. */
export function findDefinitionDestination(source: string, start: number, end: number): SourceRange | undefined {
  const open = source.indexOf('[', start);
  if (open < 0 || open >= end) return undefined;
  const labelEnd = closingBracket(source, open, end);
  if (labelEnd < 0 || source[labelEnd + 1] !== ':') return undefined;
  return scanDestination(source, labelEnd + 2, end);
}

/** The `]` that closes the `[` at `open` (nested brackets and escapes allowed). */
function closingBracket(source: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/** A CommonMark link destination starting after optional whitespace at `from`. */
function scanDestination(source: string, from: number, end: number): SourceRange | undefined {
  let i = from;
  // Whitespace, and block-quote markers when the destination sits on a continuation line.
  while (i < end && (isSpace(source.charCodeAt(i)) || (source[i] === '>' && i > from))) i++;
  if (i >= end) return undefined;
  if (source[i] === '<') {
    const close = source.indexOf('>', i + 1);
    return close > 0 && close < end ? { sourceStart: i + 1, sourceEnd: close } : undefined;
  }
  const start = i;
  let depth = 0;
  for (; i < end; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (isSpace(source.charCodeAt(i)) || source.charCodeAt(i) < 0x20) break;
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return i > start ? { sourceStart: start, sourceEnd: Math.min(i, end) } : undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Where the value of attribute `name` stands in the start tag at `source[start, end)`
 * (quotes excluded). hast keeps attribute values but not their positions.
 */
export function findAttribute(source: string, start: number, end: number, name: string): SourceRange | undefined {
  const tagEnd = startTagEnd(source, start, end);
  const pattern = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  pattern.lastIndex = 0;
  const tag = source.slice(start, tagEnd);
  for (let m = pattern.exec(tag); m; m = pattern.exec(tag)) {
    if (m[1].toLowerCase() !== name) continue;
    const value = m[2] ?? m[3] ?? m[4];
    if (value === undefined) return undefined;
    const valueEnd = start + m.index + m[0].length - (m[4] === undefined ? 1 : 0);
    return { sourceStart: valueEnd - value.length, sourceEnd: valueEnd };
  }
  return undefined;
}

/** The offset just past the `>` that ends the start tag at `start` (quoted `>` ignored). */
function startTagEnd(source: string, start: number, end: number): number {
  let quote = '';
  for (let i = start + 1; i < end; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return end;
}
