/**
 * Tense, read cheaply from marker words (`data/vocabulary/tense.yml`), at two scales:
 *
 * - a sentence: does it report something that happened ("the talks were held on 22
 *   January") or look ahead ("the summit will open on 5 June")? Conservative: a sentence
 *   with both kinds of marker counts as mixed, and checks that need a tense stay quiet;
 * - a clause: the grammatical tense a title stands in ("Prime Minister X says" is present,
 *   "said" past). Compromise (about 8 ms a clause) is asked only when the words leave it
 *   open and the caller can afford it.
 */
import { nlp } from './nlp.js';
import type { Document, Span } from '../load/document.js';
import { alternation, wordPattern, words } from '../base/vocabulary.js';
import { clauseAround } from './clauses.js';

const list = (name: string) => words('tense', name);

const PAST_FORM = wordPattern(list('past_forms'));
/** A regular past form ("signed", "agreed"): recognised by rule in clause readings. */
const REGULAR_PAST = /\b[a-z]{2,}ed\b/i;
const PRESENT_FORM = wordPattern(list('present_forms'));
const FUTURE_AUXILIARY = wordPattern(list('future_auxiliaries'));
const STRONG_FUTURE = wordPattern(list('strong_future'));
const PROSPECTIVE = wordPattern(list('prospective'));
/** "has been", "have met": present perfect, which reports the past. */
const PERFECT = new RegExp(`\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:[a-z]{2,}ed|${alternation(list('perfect_participles'))})\\b`, 'i');
/** "is expected", "are widely seen": present passives, not past events. */
const PRESENT_PASSIVE = new RegExp(`\\b(is|are|am)\\s+(?:\\w+ly\\s+)?(?:[a-z]{2,}ed|${alternation(list('passive_participles'))})\\b`, 'gi');

/** "will be held", "to be signed", "is being built": a participle after "be" is a passive, not a past form. */
const AFTER_BE = /\b(?:be|being)\s+(?:\w+ly\s+)?\w+/gi;

// ---------------------------------------------------------------- sentences

export interface SentenceTense {
  /** A past form: the sentence reports something. */
  past: boolean;
  /** A plan, an expectation, a modal: the sentence looks ahead or hedges. */
  future: boolean;
  /** A marker that puts it in the future beyond doubt ("will", "scheduled", "next week"). */
  strongFuture: boolean;
}

export function sentenceTense(sentence: string): SentenceTense {
  const past = PAST_FORM.test(sentence.replace(AFTER_BE, 'be'));
  return { past, future: PROSPECTIVE.test(sentence), strongFuture: STRONG_FUTURE.test(sentence) };
}

/** Clearly about something that has happened: past markers and no sign of a plan. */
export function isPastReport(sentence: string): boolean {
  const t = sentenceTense(sentence);
  return t.past && !t.future;
}

/** Clearly about something still to come. */
export function isFutureReport(sentence: string): boolean {
  const t = sentenceTense(sentence);
  return t.future && !t.past;
}

/** Markers that put a sentence in the future beyond doubt. */
export function hasStrongFuture(sentence: string): boolean {
  return STRONG_FUTURE.test(sentence);
}

// ---------------------------------------------------------------- clauses

export type ClauseTense = 'present' | 'past' | 'future' | 'mixed' | 'none';

/** The tense of the clause around `span` (the title and name themselves are not its verbs). */
export function clauseTense(doc: Document, sentenceIndex: number, span: Span, options: { allowNlp: boolean }): ClauseTense {
  const words = clauseWords(doc, sentenceIndex, span);
  if (words === undefined) return 'none';
  const byWords = tenseByWords(words);
  if (byWords !== 'mixed' || !options.allowNlp) return byWords;
  return tenseByNlp(words);
}

export function tenseByWords(raw: string): ClauseTense {
  const text = raw.replace(PRESENT_PASSIVE, '$1');
  const perfect = PERFECT.test(text);
  const past = perfect || PAST_FORM.test(text) || REGULAR_PAST.test(text);
  const present = !perfect && PRESENT_FORM.test(text);
  const future = FUTURE_AUXILIARY.test(text);
  const kinds = [past, present, future].filter(Boolean).length;
  if (kinds > 1) return 'mixed';
  return past ? 'past' : present ? 'present' : future ? 'future' : 'none';
}

function tenseByNlp(text: string): ClauseTense {
  const doc = nlp(text);
  const past = doc.has('#PastTense');
  const present = doc.has('#PresentTense');
  const future = doc.has('#FutureTense') || doc.has('will');
  if (past && (present || future)) return 'mixed';
  return past ? 'past' : future ? 'future' : present ? 'present' : 'none';
}

/**
 * The clause around `span` is in the present perfect and nothing else ("President X has
 * postponed the visit"): it reports the past as news of now, so a title in it is the one
 * held at the time of writing.
 */
export function isPresentPerfectClause(doc: Document, sentenceIndex: number, span: Span): boolean {
  const words = clauseWords(doc, sentenceIndex, span);
  if (words === undefined || !PERFECT.test(words)) return false;
  const rest = words.replace(new RegExp(PERFECT.source, 'gi'), ' ');
  return !PAST_FORM.test(rest) && !REGULAR_PAST.test(rest);
}

function clauseWords(doc: Document, sentenceIndex: number, span: Span): string | undefined {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const clause = clauseAround(sentence.text, span.start - sentence.span.start, span.end - sentence.span.start);
  return sentence.text.slice(clause.start, clause.end).replace(sentence.text.slice(span.start - sentence.span.start, span.end - sentence.span.start), ' ');
}
