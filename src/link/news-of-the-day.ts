/**
 * Does a past-tense sentence tell the news of the day? A title in a past narrative may be the
 * one held at the time told ("Relations improved under Prime Minister Blair"); a title in the
 * report of what happened for this article must be the one held when it was written. The
 * signs that a sentence reports the day's news, each void when the sentence also has a word
 * that sets it in an earlier time ("had", "at the time", "while", …):
 *
 * - a reporting verb in the simple past right after the claim ("Foreign Secretary X urged …",
 *   "X, the prime minister, said …") or the present perfect ("X has postponed …");
 * - a day just before the article ("yesterday", "on Thursday");
 * - the claim stands in the attribution of a direct quotation ("'…,' Y said at a news
 *   conference with Taoiseach X"): a quotation in a news report is what was said for it;
 * - the sentence is in the lead paragraph, which tells what the article reports ("The plane
 *   was greeted by guests including the Prime Minister of Singapore, Mr X").
 */
import { EARLIER_TIME, PERFECT_AFTER, RECENT_DAYS, REPORTED_AFTER, REPORTING_VERB } from './title-words.js';
import type { Span } from '../load/document.js';

/** ", which the government had favoured": a relative clause, up to the next comma or the end. */
const RELATIVE_CLAUSE = /,\s+(?:which|whose|whom)\b[^,;]*/g;
/** An attribution longer than this is no longer the quotation's ("'…,' he said, and later, …"). */
const MAX_ATTRIBUTION_CHARS = 160;

export interface ClaimPlace {
  /** The sentence's text and the claim's offsets in it. */
  text: string;
  start: number;
  end: number;
  /** The sentence is in the article's lead paragraph. */
  lead?: boolean;
  /** The outer quotations that close in the sentence, in its offsets (from the quotations analyzer). */
  quotes?: Span[];
}

export function tellsTheNews({ text, start, end, lead, quotes = [] }: ClaimPlace): boolean {
  const after = text.slice(end);
  // Earlier-time words count outside relative clauses that do not hold the claim:
  // "…, which the government had favoured" dates what it describes, not the claim.
  const told = text.replace(RELATIVE_CLAUSE, (clause, at: number) => (at + clause.length <= start || at >= end ? ' '.repeat(clause.length) : clause));
  const cue = REPORTED_AFTER.test(after) || PERFECT_AFTER.test(after) || RECENT_DAYS.test(told) || inQuoteAttribution(text, start, quotes) || lead === true;
  return cue && !EARLIER_TIME.test(told);
}

/**
 * "'…,' Johnson said in a statement released with Taoiseach X": after the quotation's closing
 * mark comes its attribution, with a reporting verb, and then the claim, with no other
 * quotation opened between.
 */
function inQuoteAttribution(text: string, claimStart: number, quotes: Span[]): boolean {
  const before = quotes.filter((q) => q.end <= claimStart);
  if (before.length === 0) return false;
  const close = Math.max(...before.map((q) => q.end));
  if (quotes.some((q) => q.start >= close && q.start < claimStart)) return false;
  const attribution = text.slice(close, claimStart);
  return attribution.length <= MAX_ATTRIBUTION_CHARS && REPORTING_VERB.test(attribution);
}
