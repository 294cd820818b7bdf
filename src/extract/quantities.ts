/**
 * Quantities: numeric facts with what they count and how firmly they are stated —
 * "approximately 20,000 Russian residents", "met Putin 27 times", "¥20 billion",
 * "more than 75 years", "3.5 million people", "two dozen journalists".
 *
 * Precision first: a quantity is only extracted when its subject can be named (a plural
 * noun after the number, the verb of "N times", the noun a duration belongs to, the verb
 * and object of a sum of money). Dates, years, labels ("Article 9"), hyphenated modifiers
 * ("8-point"), times of day and small counts written as words ("the two leaders") are left
 * alone: they are references, not reported figures. Cheap regular expressions only — no NLP.
 */
import type { Document, Sentence } from '../load/document.js';
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { QuantityFact } from '../analysis/mentions.js';

export type { QuantityFact };
import {
  ABBREVIATED_SCALES, BOUND_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, IRREGULAR_PLURALS,
  LABEL_WORDS, NUMBER_WORDS, PHRASE_STOPS, S_SINGULARS, SCALES, SENTENCE_START_NOISE, VERB_CLASSES,
  WINDOW_WORDS,
} from './quantity-words.js';
import type { Bound } from './quantity-words.js';
import { monthNumber, weekdayNumber } from '../base/calendar.js';

const isMonth = (word: string) => monthNumber(word) !== undefined;
/** Only a full weekday name: "sat" and "sun" are words. */
const isWeekday = (word: string) => word.length > 5 && weekdayNumber(word) !== undefined;

export const quantitiesAnalyzer: Analyzer<'quantities'> = {
  kind: 'quantities',
  analyze: (context: AnalysisContext) => extractQuantities(context.doc),
};

// ---------------------------------------------------------------- tokens

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'symbol' | 'number' | 'word';
}

const TOKEN = /(US\$|A\$|C\$|HK\$|NZ\$|[$¥€£₽₹₩%])|(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)/gu;
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Punctuation between two tokens that ends a phrase. */
const BOUNDARY = /[,;:.!?()[\]"“”‘’—–]/;

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] ? 'symbol' : m[2] ? 'number' : 'word';
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, kind });
  }
  return tokens;
}

// ---------------------------------------------------------------- extraction

export function extractQuantities(doc: Document): QuantityFact[] {
  const facts: QuantityFact[] = [];
  // Cheap pre-filter: most sentences have no digit and no number word at all.
  const mayHaveNumber = /[\d$¥€£₽₹₩]|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|thousand|million|billion|decades?|centur(?:y|ies)|times)\b/i;
  for (const sentence of doc.sentences) {
    if (!mayHaveNumber.test(sentence.text)) continue;
    const parser = new SentenceParser(doc, sentence);
    facts.push(...parser.parse());
  }
  return facts;
}

interface NumberPhrase {
  /** First and last token index of the number itself (with currency and scale). */
  first: number;
  last: number;
  value: number;
  bound: Bound;
  boundFirst: number;
  currency?: string;
  percent: boolean;
  /** Spelled as words ("two dozen"), not digits. */
  spelled: boolean;
  /** Size of the last significant place (20,000 → 10,000; 3.5 million → 100,000; 27 → 1). */
  step: number;
}

class SentenceParser {
  private readonly tokens: Token[];

  constructor(private readonly doc: Document, private readonly sentence: Sentence) {
    this.tokens = tokenize(sentence.text, sentence.span.start);
  }

  parse(): QuantityFact[] {
    const facts: QuantityFact[] = [];
    let anchors: string[] | undefined;
    for (let i = 0; i < this.tokens.length; i++) {
      const phrase = this.readNumber(i);
      if (!phrase) continue;
      const fact = this.describe(phrase);
      i = phrase.last;
      if (!fact) continue;
      anchors ??= this.anchors();
      const subjectWords = new Set(fact.subject.split(/[ :]/));
      facts.push({ ...fact, anchors: anchors.filter((a) => !subjectWords.has(a)) });
    }
    return facts;
  }

  // ---- the number

  private readNumber(i: number): NumberPhrase | undefined {
    const t = this.tokens;
    let j = i;
    let currency: string | undefined;
    if (t[j].kind === 'symbol' && t[j].text !== '%') {
      if (!t[j + 1] || t[j + 1].kind !== 'number' || !this.adjacent(j, j + 1)) return undefined;
      currency = CURRENCY_SYMBOLS[t[j].text];
      j++;
    }
    let value: number;
    let step: number;
    let spelled = false;
    let last = j;
    if (t[j].kind === 'number') {
      if (!DIGITS.test(t[j].text) || this.isReference(i, j)) return undefined;
      value = Number(t[j].text.replace(/,/g, ''));
      step = placeStep(t[j].text);
    } else if (t[j].kind === 'word' && t[j].lower in NUMBER_WORDS) {
      const words = this.readNumberWords(j);
      if (!words) return undefined;
      ({ value, last } = words);
      step = value >= 20 && value % 10 === 0 ? 10 : 1;
      spelled = true;
    } else {
      return undefined;
    }
    const scaled = this.readScale(last, spelled);
    if (scaled) {
      value *= scaled.scale;
      step *= scaled.scale;
      last = scaled.last;
    }
    if (!currency && t[last + 1] && t[last + 1].lower in CURRENCY_WORDS && !this.boundaryBetween(last, last + 1)) {
      currency = CURRENCY_WORDS[t[last + 1].lower];
      last++;
    }
    const percent = this.readPercent(last);
    if (percent) last = percent;
    const bound = this.readBound(i);
    return {
      first: i, last, value, step, spelled, currency, percent: percent !== undefined,
      bound: bound?.bound ?? 'exact', boundFirst: bound?.first ?? i,
    };
  }

  /** Numbers that are dates, years, labels, times, ordinals or parts of a word. */
  private isReference(first: number, j: number): boolean {
    const t = this.tokens;
    const text = this.doc.text;
    const before = text[t[first].start - 1] ?? ' ';
    const after = text[t[j].end] ?? ' ';
    if (/[\p{L}\d\-–/:#]/u.test(before) || /[\p{L}\-–/:]/u.test(after)) return true; // G20, 8-point, 27th, 10:30, 1990s
    const prev = t[first - 1]?.lower.replace(/\.$/, '');
    const next = t[j + 1]?.lower;
    if (prev && (isMonth(prev) || isWeekday(prev) || LABEL_WORDS.has(prev))) return true;
    if (next && (isMonth(next) || next === 'am' || next === 'pm' || next === 'a.m' || next === 'p.m')) return true;
    const isYearLike = /^\d{4}$/.test(t[j].text) && Number(t[j].text) >= 1000 && Number(t[j].text) <= 2100;
    if (isYearLike && first === j) return true;
    // Ranges ("20-30", "between 20 and 30", "20 to 30") state no single figure.
    if (prev === 'between' || (next === 'to' || next === 'and') && t[j + 2]?.kind === 'number') return true;
    if ((prev === 'to' || prev === 'and') && t[first - 2]?.kind === 'number') return true;
    return false;
  }

  private readNumberWords(j: number): { value: number; last: number } | undefined {
    const t = this.tokens;
    const parts = t[j].lower.split('-');
    if (!parts.every((p) => p in NUMBER_WORDS)) return undefined;
    let value = parts.reduce((sum, p) => sum + NUMBER_WORDS[p], 0);
    let last = j;
    if (t[j].lower === 'dozen' || t[j].lower === 'hundred') {
      // "a dozen", "a hundred": only with the article; a bare "dozen" is a noun.
      if (t[j - 1]?.lower !== 'a') return undefined;
    }
    if (t[j + 1]?.lower === 'dozen' && !this.boundaryBetween(j, j + 1)) {
      value *= 12;
      last = j + 1;
    }
    return { value, last };
  }

  private readScale(last: number, spelled: boolean): { scale: number; last: number } | undefined {
    const next = this.tokens[last + 1];
    if (!next || next.kind !== 'word' || !(next.lower in SCALES) || this.boundaryBetween(last, last + 1)) return undefined;
    if (ABBREVIATED_SCALES.has(next.lower) && (spelled || !this.adjacent(last, last + 1))) return undefined;
    if (spelled && next.lower === 'hundred' && this.tokens[last].lower === 'a') return undefined;
    return { scale: SCALES[next.lower], last: last + 1 };
  }

  private readPercent(last: number): number | undefined {
    const t = this.tokens;
    if (t[last + 1]?.text === '%' && this.adjacent(last, last + 1)) return last + 1;
    if (t[last + 1]?.lower === 'percent') return last + 1;
    if (t[last + 1]?.lower === 'per' && t[last + 2]?.lower === 'cent') return last + 2;
    return undefined;
  }

  private readBound(first: number): { bound: Bound; first: number } | undefined {
    for (const [words, bound] of BOUND_PHRASES) {
      const start = first - words.length;
      if (start < 0) continue;
      if (words.every((w, k) => this.tokens[start + k].lower === w) && !this.boundaryBetween(start, first)) {
        return { bound, first: start };
      }
    }
    return undefined;
  }

  // ---- what it counts

  private describe(n: NumberPhrase): Omit<QuantityFact, 'anchors'> | undefined {
    if (n.percent) return this.describePercent(n);
    if (n.currency) return this.describeMoney(n);
    const unit = this.tokens[n.last + 1];
    if (unit && !this.boundaryBetween(n.last, n.last + 1)) {
      if (unit.lower in DURATION_UNITS) return this.describeDuration(n, unit);
      if (unit.lower === 'times') return this.describeOccasions(n);
    }
    return this.describeCount(n);
  }

  private describePercent(n: NumberPhrase): Omit<QuantityFact, 'anchors'> | undefined {
    if (this.tokens[n.last + 1]?.lower !== 'of') return undefined;
    const phrase = this.nounPhrase(n.last + 2, { skipDeterminer: true });
    if (!phrase) return undefined;
    return this.fact(n, 'percent', phrase.subject, phrase.last, '%');
  }

  private describeMoney(n: NumberPhrase): Omit<QuantityFact, 'anchors'> | undefined {
    const dimension = `money:${n.currency}`;
    const direct = this.boundaryBetween(n.last, n.last + 1) ? undefined : this.nounPhrase(n.last + 1, { requirePlural: false });
    if (direct && !(direct.words[0] in VERB_CLASSES)) {
      return this.fact(n, dimension, direct.subject, direct.last, n.currency);
    }
    const verb = this.verbBefore(n.boundFirst, 4);
    if (!verb) return undefined;
    const object = this.headNounAfter(n.last + 1, 6);
    if (!object) return undefined;
    return this.fact(n, dimension, `${verb}:${object.head}`, n.last, n.currency);
  }

  private describeDuration(n: NumberPhrase, unit: Token): Omit<QuantityFact, 'anchors'> | undefined {
    const unitIndex = n.last + 1;
    const before = this.tokens[n.boundFirst - 1]?.lower;
    const after = this.tokens[unitIndex + 1]?.lower;
    if (before && WINDOW_WORDS.has(before)) return undefined;
    if (after && ['ago', 'old', 'later', 'earlier', 'after', 'before', 'from', 'into', 'of'].includes(after)) return undefined;
    const owner = this.determinedNounBefore(n.boundFirst);
    if (!owner) return undefined;
    const years = DURATION_UNITS[unit.lower];
    const fact = this.fact({ ...n, value: n.value * years, step: n.step * years }, 'duration', owner, unitIndex, 'year');
    return fact;
  }

  private describeOccasions(n: NumberPhrase): Omit<QuantityFact, 'anchors'> | undefined {
    const verb = this.verbBefore(n.boundFirst, 8);
    if (!verb) return undefined;
    return this.fact(n, 'count', `${verb} times`, n.last + 1, 'times');
  }

  private describeCount(n: NumberPhrase): Omit<QuantityFact, 'anchors'> | undefined {
    // Small counts without a bound ("the two leaders", "3 islands") refer to a set; they are not reported figures.
    if (n.value < 13 && n.bound === 'exact') return undefined;
    const phrase = this.nounPhrase(n.last + 1, { requirePlural: true });
    if (!phrase) return undefined;
    const rate = this.rateAfter(phrase.last);
    const dimension = rate ? `count/${rate.per}` : 'count';
    return this.fact(n, dimension, phrase.subject, rate?.last ?? phrase.last);
  }

  private fact(n: NumberPhrase, dimension: string, subject: string, lastToken: number, unit?: string): Omit<QuantityFact, 'anchors'> {
    const t = this.tokens;
    const afterNumber = t[n.last + 1] && n.last + 1 <= lastToken ? this.doc.text.slice(t[n.last + 1].start, t[lastToken].end).replace(/\s+/g, ' ') : '';
    const span = { start: t[n.boundFirst].start, end: t[lastToken].end };
    return {
      kind: 'quantity',
      span,
      sentence: this.sentence.index,
      key: `quantity:${dimension}:${subject}`,
      subject,
      value: n.value,
      unit,
      bound: n.bound,
      // The span stays exact; the text, for messages, is on one line even in hard-wrapped files.
      text: this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' '),
      dimension,
      range: rangeOf(n.value, n.bound, n.step, n.spelled),
      subjectText: afterNumber || subject,
    };
  }

  /** A noun phrase starting at `from`: modifiers and a head noun, lemmatised ("russian resident"). */
  private nounPhrase(from: number, options: { requirePlural?: boolean; skipDeterminer?: boolean }): { subject: string; words: string[]; last: number } | undefined {
    const t = this.tokens;
    let k = from;
    if (options.skipDeterminer && t[k] && ['the', 'a', 'an', 'its', 'their', 'all'].includes(t[k].lower)) k++;
    const words: string[] = [];
    for (; k < t.length && words.length < 4; k++) {
      if (t[k].kind !== 'word' || PHRASE_STOPS.has(t[k].lower)) break;
      if (k > from && this.boundaryBetween(k - 1, k)) break;
      // A verb form ends the phrase ("of voters agreed"), and cannot start one ("¥20 billion promoting").
      if (looksLikeVerb(t[k].lower) && (words.length > 0 || !options.requirePlural)) break;
      words.push(t[k].lower);
      if (options.requirePlural && isPlural(t[k].lower)) {
        return { subject: words.map(lemma).join(' '), words, last: k };
      }
    }
    if (options.requirePlural || words.length === 0) return undefined;
    return { subject: words.map(lemma).join(' '), words, last: k - 1 };
  }

  /** The nearest verb of a known class before `index` within `reach` tokens of the same clause. */
  private verbBefore(index: number, reach: number): string | undefined {
    for (let k = index - 1; k >= 0 && k >= index - reach; k--) {
      if (this.boundaryBetween(k, k + 1)) return undefined;
      const cls = VERB_CLASSES[this.tokens[k].lower];
      if (cls) return cls;
    }
    return undefined;
  }

  /** The first plural noun after `from` within `reach` tokens ("…promoting these projects" → project). */
  private headNounAfter(from: number, reach: number): { head: string } | undefined {
    for (let k = from; k < this.tokens.length && k < from + reach; k++) {
      if (k > from && this.boundaryBetween(k - 1, k)) return undefined;
      const word = this.tokens[k].lower;
      if (this.tokens[k].kind === 'word' && !PHRASE_STOPS.has(word) && isPlural(word) && !word.endsWith('ing')) {
        return { head: lemma(word) };
      }
    }
    return undefined;
  }

  /** The noun a duration belongs to: the nearest "the/a/this … NOUN" before it in the clause. */
  private determinedNounBefore(index: number): string | undefined {
    const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);
    for (let k = index - 1; k > 0; k--) {
      if (this.boundaryBetween(k, k + 1)) return undefined;
      const word = this.tokens[k].lower;
      if (determiners.has(this.tokens[k - 1].lower) && !PHRASE_STOPS.has(word) && this.tokens[k].kind === 'word') {
        return lemma(word);
      }
    }
    return undefined;
  }

  private rateAfter(last: number): { per: string; last: number } | undefined {
    const t = this.tokens;
    const a = t[last + 1]?.lower;
    const b = t[last + 2]?.lower;
    if ((a === 'a' || a === 'per' || a === 'each') && b && ['day', 'week', 'month', 'year'].includes(b)) return { per: b, last: last + 2 };
    const adverbs: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year' };
    if (a && a in adverbs) return { per: adverbs[a], last: last + 1 };
    return undefined;
  }

  // ---- context

  /**
   * Words of proper names in this sentence and the one before it in the same paragraph
   * ("Vladimir Putin" → vladimir, putin; "South Kurils" → kuril), so that "Putin" matches
   * "Vladimir Putin" and "Xi" matches "Xi Jinping".
   */
  private anchors(): string[] {
    const sentences = [this.sentence];
    const previous = this.doc.sentences[this.sentence.index - 1];
    if (previous && previous.paragraph === this.sentence.paragraph) sentences.push(previous);
    const names = new Set<string>();
    for (const s of sentences) {
      const tokens = s === this.sentence ? this.tokens : tokenize(s.text, s.span.start);
      tokens.forEach((token, k) => {
        if (!isNameWord(token)) return;
        // A capitalised first word is a name only if the document also capitalises it mid-sentence.
        if (k === 0 && (isSentenceOpener(token.lower) || !looksLikeName(this.doc, token))) return;
        const word = lemma(token.lower.replace(/['’]s$/, ''));
        if (!GENERIC_NAME_WORDS.has(word) && !isMonth(word) && !isWeekday(word) && !isDemonym(word)) names.add(word);
      });
    }
    return [...names].sort();
  }

  private adjacent(a: number, b: number): boolean {
    const [left, right] = [this.tokens[a], this.tokens[b]];
    return left !== undefined && right !== undefined && left.end === right.start;
  }

  /** Punctuation between two tokens; the sentence's edges are boundaries too ("It cost $740."). */
  private boundaryBetween(a: number, b: number): boolean {
    const [left, right] = [this.tokens[a], this.tokens[b]];
    if (left === undefined || right === undefined) return true;
    return BOUNDARY.test(this.doc.text.slice(left.end, right.start));
  }
}

// ---------------------------------------------------------------- values and words

/** The size of the last significant place of a written number. */
function placeStep(digits: string): number {
  const [whole, fraction] = digits.replace(/,/g, '').split('.');
  if (fraction) return 10 ** -fraction.length;
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

function looksLikeVerb(word: string): boolean {
  return (word.endsWith('ed') || word.endsWith('ing')) && word.length > 4 && !(word in IRREGULAR_PLURALS);
}

function isPlural(word: string): boolean {
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

const namesByDocument = new WeakMap<Document, Set<string>>();

/** Capitalised words that stand inside a sentence somewhere in the document: names, not openers. */
function midSentenceNames(doc: Document): Set<string> {
  let names = namesByDocument.get(doc);
  if (!names) {
    names = new Set();
    for (const m of doc.text.matchAll(/[\p{L}\p{N},;]\s+(\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)/gu)) names.add(m[1]);
    namesByDocument.set(doc, names);
  }
  return names;
}

/** A sentence's first word is a name if the document capitalises it elsewhere too, or never writes it in lower case. */
function looksLikeName(doc: Document, token: Token): boolean {
  if (midSentenceNames(doc).has(token.text)) return true;
  if (/(?:s|ed|ing|ly)$/.test(token.lower)) return false;
  return !lowercaseWords(doc).has(token.lower);
}

const lowercaseWordsByDocument = new WeakMap<Document, Set<string>>();

/** Every word the document writes in lower case. */
function lowercaseWords(doc: Document): Set<string> {
  let words = lowercaseWordsByDocument.get(doc);
  if (!words) {
    words = new Set(doc.text.match(/(?<!\p{L})\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
    lowercaseWordsByDocument.set(doc, words);
  }
  return words;
}

/** "Russian", "Japanese": they say whose, not which; two figures sharing only that are not the same figure. */
function isDemonym(word: string): boolean {
  return /(?:ian|ese|ish|ean|ican)$/.test(word) || ['german', 'french', 'dutch', 'greek', 'thai', 'swiss', 'korean', 'european', 'african'].includes(word);
}

function isNameWord(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text) && !PHRASE_STOPS.has(token.lower);
}

/** A capitalised first word is a name only if it is not a common sentence opener ("However", "Additionally"). */
function isSentenceOpener(word: string): boolean {
  return SENTENCE_START_NOISE.has(word) || word.endsWith('ly') || DISCOURSE_OPENERS.has(word);
}

const DISCOURSE_OPENERS = new Set([
  'what', 'who', 'why', 'how', 'where', 'which', 'there', 'here', 'these', 'those', 'one', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'our', 'their', 'his', 'her',
  'however', 'moreover', 'indeed', 'yet', 'still', 'now', 'today', 'meanwhile', 'instead', 'thus',
  'although', 'though', 'despite', 'after', 'before', 'since', 'while', 'when', 'with', 'without',
  'over', 'under', 'some', 'many', 'most', 'several', 'last', 'next', 'once', 'even', 'also',
]);

/** Words of names too general to tell two facts apart ("Foreign Ministry", "World War II"). */
const GENERIC_NAME_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'united',
  'great', 'central', 'national', 'international', 'republic', 'federation', 'kingdom', 'world',
  'island', 'islands', 'city', 'general', 'secretary', 'chief', 'deputy', 'mr', 'mrs', 'ms', 'dr',
  'ministry', 'war', 'ii', 'iii', 'government', 'council', 'office', 'summit', 'treaty', 'union',
  'committee', 'party', 'department', 'agency', 'forum', 'news', 'times', 'post', 'minister',
  'president', 'prime', 'foreign', 'state', 'states', 'house', 'i',
]);
