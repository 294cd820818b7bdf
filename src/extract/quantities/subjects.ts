/**
 * What a number counts: the plural noun after it ("20,000 Russian residents"), the noun a
 * duration belongs to ("the feud has lasted seven decades"), the verb of "N times", the verb
 * and object of a sum of money ("spent ¥20 billion promoting these projects"), the noun after
 * "N percent of". A figure whose subject cannot be named is not a quantity.
 */
import type { QuantityFact } from '../../analysis/mentions.js';
import type { TokenStream } from '../word-tokens.js';
import type { NumberPhrase } from './number-phrase.js';
import { rangeOf } from './number-phrase.js';
import {
  DURATION_UNITS, IRREGULAR_PLURALS, NOT_A_LENGTH_AFTER, PHRASE_STOPS, RATE_ADVERBS, RATE_UNITS, S_SINGULARS, VERB_CLASSES, WINDOW_WORDS,
} from './vocabulary.js';

/** A quantity before the names around it are known. */
export type QuantityCore = Omit<QuantityFact, 'anchors'>;

export function describe(s: TokenStream, n: NumberPhrase): QuantityCore | undefined {
  if (n.percent) return describePercent(s, n);
  if (n.currency) return describeMoney(s, n);
  const unit = s.at(n.last + 1);
  if (unit && !s.boundaryBetween(n.last, n.last + 1)) {
    if (unit.lower in DURATION_UNITS) return describeDuration(s, n, unit.lower);
    if (unit.lower === 'times') return describeOccasions(s, n);
  }
  return describeCount(s, n);
}

/**
 * "40 percent of voters": the share of voters. Without "of" ("growth slowed to 2%") the
 * subject is left empty: what the share is of is for the clause around it to say.
 */
function describePercent(s: TokenStream, n: NumberPhrase): QuantityCore | undefined {
  if (s.at(n.last + 1)?.lower !== 'of') return fact(s, n, 'percent', '', n.last, '%');
  const phrase = nounPhrase(s, n.last + 2, { skipDeterminer: true });
  if (!phrase) return undefined;
  return fact(s, n, 'percent', phrase.subject, phrase.last, '%');
}

/**
 * A sum of money with what it is for: the noun after it ("a US$40 billion contract"), else a
 * verb before it and its object ("spent ¥20 billion promoting these projects"), else nothing —
 * the clause around it says what the sum is ("500 billion rubles would be infused into …").
 */
function describeMoney(s: TokenStream, n: NumberPhrase): QuantityCore | undefined {
  const dimension = `money:${n.currency}`;
  const direct = s.boundaryBetween(n.last, n.last + 1) ? undefined : nounPhrase(s, n.last + 1, { requirePlural: false });
  if (direct && !(direct.words[0] in VERB_CLASSES)) return fact(s, n, dimension, direct.subject, direct.last, n.currency);
  const verb = verbBefore(s, n.boundFirst, 4);
  const object = verb ? headNounAfter(s, n.last + 1, 6) : undefined;
  if (verb && object) return fact(s, n, dimension, `${verb}:${object}`, n.last, n.currency);
  return fact(s, n, dimension, '', n.last, n.currency);
}

function describeDuration(s: TokenStream, n: NumberPhrase, unit: string): QuantityCore | undefined {
  const unitIndex = n.last + 1;
  const before = s.at(n.boundFirst - 1)?.lower;
  const after = s.at(unitIndex + 1)?.lower;
  if (before && WINDOW_WORDS.has(before)) return undefined;
  if (after && NOT_A_LENGTH_AFTER.has(after)) return undefined;
  const owner = determinedNounBefore(s, n.boundFirst);
  if (!owner) return undefined;
  const years = DURATION_UNITS[unit];
  return fact(s, { ...n, value: n.value * years, step: n.step * years }, 'duration', owner, unitIndex, 'year');
}

function describeOccasions(s: TokenStream, n: NumberPhrase): QuantityCore | undefined {
  const verb = verbBefore(s, n.boundFirst, 8);
  if (!verb) return undefined;
  return fact(s, n, 'count', `${verb} times`, n.last + 1, 'times');
}

function describeCount(s: TokenStream, n: NumberPhrase): QuantityCore | undefined {
  // Small counts without a bound ("the two leaders", "3 islands") refer to a set; they are not reported figures.
  if (n.value < 13 && n.bound === 'exact') return undefined;
  const phrase = nounPhrase(s, n.last + 1, { requirePlural: true });
  if (!phrase) return undefined;
  const rate = rateAfter(s, phrase.last);
  const dimension = rate ? `count/${rate.per}` : 'count';
  return fact(s, n, dimension, phrase.subject, rate?.last ?? phrase.last);
}

function fact(s: TokenStream, n: NumberPhrase, dimension: string, subject: string, lastToken: number, unit?: string): QuantityCore {
  const afterNumber = s.at(n.last + 1) && n.last + 1 <= lastToken ? s.textBetween(n.last + 1, lastToken) : '';
  const span = { start: s.tokens[n.boundFirst].start, end: s.tokens[lastToken].end };
  return {
    kind: 'quantity',
    span,
    sentence: s.sentence.index,
    key: `quantity:${dimension}:${subject}`,
    subject,
    value: n.value,
    unit,
    bound: n.bound,
    // The span stays exact; the text, for messages, is on one line even in hard-wrapped files.
    text: s.textBetween(n.boundFirst, lastToken),
    dimension,
    range: rangeOf(n.value, n.bound, n.step, n.spelled),
    subjectText: afterNumber || subject,
  };
}

/** A noun phrase starting at `from`: modifiers and a head noun, lemmatised ("russian resident"). */
function nounPhrase(s: TokenStream, from: number, options: { requirePlural?: boolean; skipDeterminer?: boolean }): { subject: string; words: string[]; last: number } | undefined {
  const t = s.tokens;
  let k = from;
  if (options.skipDeterminer && t[k] && ['the', 'a', 'an', 'its', 'their', 'all'].includes(t[k].lower)) k++;
  const words: string[] = [];
  for (; k < t.length && words.length < 4; k++) {
    if (t[k].kind !== 'word' || PHRASE_STOPS.has(t[k].lower)) break;
    if (k > from && s.boundaryBetween(k - 1, k)) break;
    // A verb form ends the phrase ("of voters agreed"), and cannot start one ("¥20 billion promoting"),
    // unless a noun follows it: "refueling tankers", "fishing boats" (a modifier).
    const modifiesNext = t[k + 1]?.kind === 'word' && isPlural(t[k + 1].lower) && !s.boundaryBetween(k, k + 1);
    if (looksLikeVerb(t[k].lower) && (words.length > 0 || !options.requirePlural) && !modifiesNext) break;
    words.push(t[k].lower);
    // A capitalised word modifies the head ("14 new Airbus airliners"); it is not the thing counted.
    const isName = k > from && /^\p{Lu}/u.test(t[k].text);
    if (options.requirePlural && isPlural(t[k].lower) && !isName) return { subject: words.map(lemma).join(' '), words, last: k };
  }
  if (options.requirePlural || words.length === 0) return undefined;
  return { subject: words.map(lemma).join(' '), words, last: k - 1 };
}

/** The nearest verb of a known class before `index` within `reach` tokens of the same clause. */
function verbBefore(s: TokenStream, index: number, reach: number): string | undefined {
  for (let k = index - 1; k >= 0 && k >= index - reach; k--) {
    if (s.boundaryBetween(k, k + 1)) return undefined;
    const cls = VERB_CLASSES[s.tokens[k].lower];
    if (cls) return cls;
  }
  return undefined;
}

/** The first plural noun after `from` within `reach` tokens ("…promoting these projects" → project). */
function headNounAfter(s: TokenStream, from: number, reach: number): string | undefined {
  for (let k = from; k < s.length && k < from + reach; k++) {
    if (k > from && s.boundaryBetween(k - 1, k)) return undefined;
    const word = s.tokens[k].lower;
    if (s.tokens[k].kind === 'word' && !PHRASE_STOPS.has(word) && isPlural(word) && !word.endsWith('ing')) return lemma(word);
  }
  return undefined;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/** The noun a duration belongs to: the nearest "the/a/this … NOUN" before it in the clause. */
function determinedNounBefore(s: TokenStream, index: number): string | undefined {
  for (let k = index - 1; k > 0; k--) {
    if (s.boundaryBetween(k, k + 1)) return undefined;
    const word = s.tokens[k].lower;
    if (DETERMINERS.has(s.tokens[k - 1].lower) && !PHRASE_STOPS.has(word) && s.tokens[k].kind === 'word') return lemma(word);
  }
  return undefined;
}

/** "15 a year", "200 per day", "daily". */
function rateAfter(s: TokenStream, last: number): { per: string; last: number } | undefined {
  const a = s.at(last + 1)?.lower;
  const b = s.at(last + 2)?.lower;
  if ((a === 'a' || a === 'per' || a === 'each') && b && RATE_UNITS.has(b)) return { per: b, last: last + 2 };
  if (a && a in RATE_ADVERBS) return { per: RATE_ADVERBS[a], last: last + 1 };
  return undefined;
}

function looksLikeVerb(word: string): boolean {
  return (word.endsWith('ed') || word.endsWith('ing')) && word.length > 4 && !(word in IRREGULAR_PLURALS);
}

export function isPlural(word: string): boolean {
  if (word in IRREGULAR_PLURALS) return true;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !S_SINGULARS.has(word) && !word.endsWith('ous');
}

/** Singular form of a plural noun ("residents" → resident, "countries" → country). */
export function lemma(word: string): string {
  if (word in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[word];
  if (!isPlural(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
