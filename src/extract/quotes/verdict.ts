/**
 * The quote rules' verdicts, shared by the rules and `factlint quotes` so that the listing
 * an editor reads and the lint findings never disagree.
 */
import type { QuoteMention } from '../../analysis/mentions.js';

export type QuoteVerdict = 'ok' | 'unsourced' | 'unattributed' | 'not-speech' | 'too-short' | 'continued';

export const DEFAULT_MIN_WORDS = 6;

/** Attributions that name nobody in the quote's own sentence. */
const INDIRECT = new Set(['pronoun', 'continued']);

/**
 * `unsourced`: a person named in the quote's own sentence, and no sourcing. `unattributed`:
 * nobody is named and no pronoun points to anyone. A quote that continues an earlier one
 * shares its verdict and is reported there once. A quote attributed only by a pronoun ("he
 * said") is not judged unsourced: the reader may well know more than the pronoun tells us.
 */
export function quoteVerdict(quote: QuoteMention, quotes: QuoteMention[], minWords = DEFAULT_MIN_WORDS): QuoteVerdict {
  if (!quote.isSpeech || quote.nested) return 'not-speech';
  if (quote.continues !== undefined && runLength(quote.continues, quotes) >= minWords) return 'continued';
  if (quote.words < minWords) return 'too-short';
  if (!quote.speaker) return 'unattributed';
  if (quote.speaker.kind === 'person' && !INDIRECT.has(quote.speaker.via) && quote.sourcing.length === 0) return 'unsourced';
  return 'ok';
}

/** Words of the quote a continuation belongs to (the first of the run). */
function runLength(index: number, quotes: QuoteMention[]): number {
  let first = quotes[index];
  while (first.continues !== undefined) first = quotes[first.continues];
  return first.words;
}

/** The quotes that continue `quotes[index]` (the same speaker's next sentences). */
export function continuationsOf(index: number, quotes: QuoteMention[]): QuoteMention[] {
  const found: QuoteMention[] = [];
  let current = index;
  for (let i = index + 1; i < quotes.length; i++) {
    if (quotes[i].continues === current) {
      found.push(quotes[i]);
      current = i;
    }
  }
  return found;
}

export function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
