/**
 * A sentence as a list of tokens — currency signs, digit groups and words — with their offsets
 * in the document, and the two questions phrase readers keep asking about neighbours: are
 * they written together ("$3m"), and does punctuation stand between them ("…, 2,000")?
 */
import type { Sentence } from '../load/document.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'symbol' | 'number' | 'word';
}

const TOKEN = /(US\$|A\$|C\$|HK\$|NZ\$|[$¥€£₽₹₩%])|(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)/gu;
/** Punctuation between two tokens that ends a phrase. */
const BOUNDARY = /[,;:.!?()[\]"“”‘’—–]/;

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] ? 'symbol' : m[2] ? 'number' : 'word';
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, kind });
  }
  return tokens;
}

/** The tokens of one sentence, with the document text between them. */
export class TokenStream {
  readonly tokens: Token[];

  constructor(readonly text: string, readonly sentence: Sentence) {
    this.tokens = tokenize(sentence.text, sentence.span.start);
  }

  at(index: number): Token | undefined {
    return this.tokens[index];
  }

  get length(): number {
    return this.tokens.length;
  }

  /** Written together, with nothing between them ("$3", "3m", "20%"). */
  adjacent(a: number, b: number): boolean {
    const [left, right] = [this.tokens[a], this.tokens[b]];
    return left !== undefined && right !== undefined && left.end === right.start;
  }

  /** Punctuation between two tokens; the sentence's edges are boundaries too ("It cost $740."). */
  boundaryBetween(a: number, b: number): boolean {
    const [left, right] = [this.tokens[a], this.tokens[b]];
    if (left === undefined || right === undefined) return true;
    return BOUNDARY.test(this.text.slice(left.end, right.start));
  }

  /** The document text from the start of one token to the end of another, on one line. */
  textBetween(first: number, last: number): string {
    return this.text.slice(this.tokens[first].start, this.tokens[last].end).replace(/\s+/g, ' ');
  }

  /** The character just before a token and just after another (for "G20", "8-point", "27th"). */
  charBefore(index: number): string {
    return this.text[this.tokens[index].start - 1] ?? ' ';
  }

  charAfter(index: number): string {
    return this.text[this.tokens[index].end] ?? ' ';
  }
}
