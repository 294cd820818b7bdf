/**
 * The number itself: digits or words, with its currency, scale, percent sign and the bound
 * the words before it give ("more than", "some", "nearly"), and the interval it allows.
 * Numbers that are dates, years, labels, times of day or parts of a word are not read.
 */
import type { TokenStream } from '../word-tokens.js';
import { monthNumber, weekdayNumber } from '../../base/calendar.js';
import { ABBREVIATED_SCALES, BOUND_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, LABEL_WORDS, NUMBER_WORDS, SCALES } from './vocabulary.js';
import type { Bound } from './vocabulary.js';

export interface NumberPhrase {
  /** First and last token index of the number itself (with currency and scale). */
  first: number;
  last: number;
  value: number;
  bound: Bound;
  /** First token of the bound phrase ("more" of "more than"), else `first`. */
  boundFirst: number;
  currency?: string;
  percent: boolean;
  /** Spelled as words ("two dozen"), not digits. */
  spelled: boolean;
  /** Size of the last significant place (20,000 → 10,000; 3.5 million → 100,000; 27 → 1). */
  step: number;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export const isMonth = (word: string): boolean => monthNumber(word) !== undefined;
/** Only a full weekday name: "sat" and "sun" are words. */
export const isWeekday = (word: string): boolean => word.length > 5 && weekdayNumber(word) !== undefined;

/** The number phrase starting at token `i`, if one starts there. */
export function readNumber(s: TokenStream, i: number): NumberPhrase | undefined {
  const t = s.tokens;
  let j = i;
  let currency: string | undefined;
  if (t[j].kind === 'symbol' && t[j].text !== '%') {
    if (!t[j + 1] || t[j + 1].kind !== 'number' || !s.adjacent(j, j + 1)) return undefined;
    currency = CURRENCY_SYMBOLS[t[j].text];
    j++;
  }
  let value: number;
  let step: number;
  let spelled = false;
  let last = j;
  if (t[j].kind === 'number') {
    if (!DIGITS.test(t[j].text) || isReference(s, i, j)) return undefined;
    value = Number(t[j].text.replace(/,/g, ''));
    step = placeStep(t[j].text);
  } else if (t[j].kind === 'word' && t[j].lower in NUMBER_WORDS) {
    const words = readNumberWords(s, j);
    if (!words) return undefined;
    ({ value, last } = words);
    step = value >= 20 && value % 10 === 0 ? 10 : 1;
    spelled = true;
  } else {
    return undefined;
  }
  const scaled = readScale(s, last, spelled);
  if (scaled) {
    value *= scaled.scale;
    step *= scaled.scale;
    last = scaled.last;
  }
  if (!currency && t[last + 1] && t[last + 1].lower in CURRENCY_WORDS && !s.boundaryBetween(last, last + 1)) {
    currency = CURRENCY_WORDS[t[last + 1].lower];
    last++;
  }
  const percent = readPercent(s, last);
  if (percent) last = percent;
  const bound = readBound(s, i);
  return {
    first: i, last, value, step, spelled, currency, percent: percent !== undefined,
    bound: bound?.bound ?? 'exact', boundFirst: bound?.first ?? i,
  };
}

/** Numbers that are dates, years, labels, times, ordinals or parts of a word. */
function isReference(s: TokenStream, first: number, j: number): boolean {
  const t = s.tokens;
  if (/[\p{L}\d\-–/:#]/u.test(s.charBefore(first)) || /[\p{L}\-–/:]/u.test(s.charAfter(j))) return true; // G20, 8-point, 27th, 10:30, 1990s
  const prev = t[first - 1]?.lower.replace(/\.$/, '');
  const next = t[j + 1]?.lower;
  if (prev && (isMonth(prev) || isWeekday(prev) || LABEL_WORDS.has(prev))) return true;
  if (next && (isMonth(next) || next === 'am' || next === 'pm' || next === 'a.m' || next === 'p.m')) return true;
  const isYearLike = /^\d{4}$/.test(t[j].text) && Number(t[j].text) >= 1000 && Number(t[j].text) <= 2100;
  if (isYearLike && first === j) return true;
  // Ranges ("20-30", "between 20 and 30", "20 to 30") state no single figure.
  if (prev === 'between' || ((next === 'to' || next === 'and') && t[j + 2]?.kind === 'number')) return true;
  if ((prev === 'to' || prev === 'and') && t[first - 2]?.kind === 'number') return true;
  return false;
}

function readNumberWords(s: TokenStream, j: number): { value: number; last: number } | undefined {
  const t = s.tokens;
  const parts = t[j].lower.split('-');
  if (!parts.every((p) => p in NUMBER_WORDS)) return undefined;
  let value = parts.reduce((sum, p) => sum + NUMBER_WORDS[p], 0);
  let last = j;
  // "a dozen", "a hundred": only with the article; a bare "dozen" is a noun.
  if ((t[j].lower === 'dozen' || t[j].lower === 'hundred') && t[j - 1]?.lower !== 'a') return undefined;
  if (t[j + 1]?.lower === 'dozen' && !s.boundaryBetween(j, j + 1)) {
    value *= 12;
    last = j + 1;
  }
  return { value, last };
}

function readScale(s: TokenStream, last: number, spelled: boolean): { scale: number; last: number } | undefined {
  const next = s.at(last + 1);
  if (!next || next.kind !== 'word' || !(next.lower in SCALES) || s.boundaryBetween(last, last + 1)) return undefined;
  if (ABBREVIATED_SCALES.has(next.lower) && (spelled || !s.adjacent(last, last + 1))) return undefined;
  if (spelled && next.lower === 'hundred' && s.tokens[last].lower === 'a') return undefined;
  return { scale: SCALES[next.lower], last: last + 1 };
}

function readPercent(s: TokenStream, last: number): number | undefined {
  const t = s.tokens;
  if (t[last + 1]?.text === '%' && s.adjacent(last, last + 1)) return last + 1;
  if (t[last + 1]?.lower === 'percent') return last + 1;
  if (t[last + 1]?.lower === 'per' && t[last + 2]?.lower === 'cent') return last + 2;
  return undefined;
}

function readBound(s: TokenStream, first: number): { bound: Bound; first: number } | undefined {
  for (const [words, bound] of BOUND_PHRASES) {
    const start = first - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => s.tokens[start + k].lower === w) && !s.boundaryBetween(start, first)) {
      return { bound, first: start };
    }
  }
  return undefined;
}

/** The size of the last significant place of a written number. */
export function placeStep(digits: string): number {
  const [whole, fraction] = digits.replace(/,/g, '').split('.');
  if (fraction) return 10 ** -fraction.length;
  // Counted from the end, not with /0*$/: that pattern retries at every position (quadratic on a long number).
  let zeros = 0;
  while (zeros < whole.length && whole[whole.length - 1 - zeros] === '0') zeros++;
  return zeros === whole.length ? 1 : 10 ** zeros;
}

/**
 * The interval a stated figure allows. "About" allows ±10%; round figures allow half their
 * last place (at most 5%), so "20,000" and "20,400" agree but "27" and "28" do not.
 */
export function rangeOf(value: number, bound: Bound, step: number, spelled: boolean): { low: number; high: number } {
  const rounding = step > 1 || spelled ? Math.min(step / 2, value * 0.05) : 0;
  switch (bound) {
    case 'about': return { low: value * 0.9 - rounding, high: value * 1.1 + rounding };
    case 'more-than': case 'at-least': return { low: value - rounding, high: Infinity };
    case 'less-than': case 'at-most': return { low: 0, high: value + rounding };
    default: return { low: value - rounding, high: value + rounding };
  }
}
