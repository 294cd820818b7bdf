/**
 * Mends the sentence parser's two kinds of slip, so that a sentence is what a reader takes
 * it to be (every check that pairs words "in the same sentence" depends on it):
 *
 * - a split after an abbreviation that never ends a sentence in news text: "Adm. | Mullen",
 *   "No. | 10", "U.S. | President", "approx. | 300" (word lists in
 *   `data/vocabulary/abbreviations.yml`; dotted initialisms and single initials by shape);
 * - no split after a number that ends a sentence: parse-english never ends a sentence at
 *   "…on Dec. 19. Nobody knew", so two sentences — and their dates — would be read as one.
 */
import type { Span } from './document.js';
import { words } from '../base/vocabulary.js';

const BEFORE_NAME = new Set(words('abbreviations', 'before_name'));
const BEFORE_NUMBER = new Set(words('abbreviations', 'before_number'));

/** The last word of a sentence ending in a full stop, without that stop. */
const LAST_WORD = /(?:^|[\s(“"‘'])([\p{L}.-]+)\.$/u;
/** "U.S", "U.N", "D.C", "U.S.A": capitals joined by full stops. */
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const INITIAL = /^\p{Lu}$/u;
const STARTS_WITH_NAME = /^[“"‘']?\p{Lu}/u;
const STARTS_WITH_NUMBER = /^\d/;

/** A number's full stop before whitespace and a capital (or an opening quote): a sentence end. */
const NUMBER_END = /(?<=[\s($€£¥])\d[\d,]*(?:\.\d+)?(?:%|st|nd|rd|th)?\.(?=\s+[“"‘']?\p{Lu})/gu;

/** Sentence spans (in order, inside one paragraph) with both kinds of slip mended. */
export function repairSentences(text: string, spans: Span[]): Span[] {
  return splitAfterNumbers(text, mergeAfterAbbreviations(text, spans));
}

function mergeAfterAbbreviations(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && continuesAfter(text.slice(previous.start, previous.end), text.slice(span.start, span.end))) previous.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

/** Does the sentence break between `sentence` and `next` fall after an abbreviation that never ends one? */
function continuesAfter(sentence: string, next: string): boolean {
  const word = LAST_WORD.exec(sentence)?.[1];
  if (!word) return false;
  if (INITIALISM.test(word)) return true;
  if (INITIAL.test(word) || BEFORE_NAME.has(word)) return STARTS_WITH_NAME.test(next);
  return BEFORE_NUMBER.has(word) && STARTS_WITH_NUMBER.test(next);
}

function splitAfterNumbers(text: string, spans: Span[]): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    let start = span.start;
    for (const m of sentence.matchAll(NUMBER_END)) {
      const end = span.start + (m.index as number) + m[0].length;
      // "1. The first point": a number opening the sentence numbers it.
      if (text.slice(start, span.start + (m.index as number)).trim() === '') continue;
      result.push({ start, end });
      start = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
    }
    result.push({ start, end: span.end });
  }
  return result;
}
