/**
 * The words of proper names in a sentence ("Vladimir Putin" → vladimir, putin; "South Kurils"
 * → kuril): what pins down which figure or which event a sentence is about, so that "Putin"
 * matches "Vladimir Putin" and "Xi" matches "Xi Jinping". A capitalised first word counts only
 * when the document also capitalises it inside a sentence, or never writes it in lower case.
 */
import type { Document } from '../load/document.js';
import { listTable, words } from '../base/vocabulary.js';
import { tokenize } from './word-tokens.js';
import type { Token } from './word-tokens.js';
import { isMonth, isWeekday } from './quantities/number-phrase.js';
import { lemma } from './quantities/subjects.js';
import { PHRASE_STOPS } from './quantities/vocabulary.js';

const SENTENCE_OPENERS = new Set(words('names', 'sentence_openers'));
const GENERIC_NAME_WORDS = new Set([
  ...words('names', 'generic_name_words'),
  // Titles and roles ("Senator", "Judge", "Spokesman") say what someone is, not who.
  ...Object.values(listTable('names', 'role_classes')).flat().filter((w) => !w.includes(' ')),
]);
const DEMONYMS = new Set(words('names', 'demonyms'));
const NOT_DEMONYMS = new Set(words('names', 'not_demonyms'));

/** A name word and the token it was read from. */
export interface NameWord {
  word: string;
  token: Token;
}

/** The name words of one sentence, in order (a word may repeat). */
export function nameWordsOfSentence(doc: Document, sentenceIndex: number, tokens?: Token[]): NameWord[] {
  const sentence = doc.sentences[sentenceIndex];
  const list = tokens ?? tokenize(sentence.text, sentence.span.start);
  const found: NameWord[] = [];
  list.forEach((token, k) => {
    if (!isCapitalisedName(doc, list, k)) return;
    const word = lemma(token.lower.replace(/['’]s$/, ''));
    if (!isGenericNameWord(word) && !isMonth(word) && !isWeekday(word) && !isDemonym(word)) found.push({ word, token });
  });
  return found;
}

/**
 * Whether the capitalised token `k` is (part of) a name: inside a sentence any capitalised
 * word is; the first word only if the document also capitalises it mid-sentence, or never
 * writes it in lower case, and it is not a common opener ("However", "Three").
 */
export function isCapitalisedName(doc: Document, tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!isNameToken(token)) return false;
  return k > 0 || (!isSentenceOpener(token.lower) && looksLikeName(doc, token));
}

/** Words of names too general to tell two facts apart ("Ministry", "President", "North"). */
export function isGenericNameWord(word: string): boolean {
  return GENERIC_NAME_WORDS.has(word);
}

/** The name words of a sentence and of the one before it in the same paragraph, sorted, once each. */
export function nameAnchors(doc: Document, sentenceIndex: number, tokens?: Token[]): string[] {
  const sentence = doc.sentences[sentenceIndex];
  const names = new Set(nameWordsOfSentence(doc, sentenceIndex, tokens).map((n) => n.word));
  const previous = doc.sentences[sentenceIndex - 1];
  if (previous && previous.paragraph === sentence.paragraph) {
    for (const n of nameWordsOfSentence(doc, previous.index)) names.add(n.word);
  }
  return [...names].sort();
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
  let found = lowercaseWordsByDocument.get(doc);
  if (!found) {
    found = new Set(doc.text.match(/(?<!\p{L})\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
    lowercaseWordsByDocument.set(doc, found);
  }
  return found;
}

/** "Russian", "Japanese": they say whose, not which; two figures sharing only that are not the same figure. */
export function isDemonym(word: string): boolean {
  return (/(?:ian|ese|ish|ean|ican)$/.test(word) && !NOT_DEMONYMS.has(word)) || DEMONYMS.has(word);
}

function isNameToken(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text) && !PHRASE_STOPS.has(token.lower);
}

/** A capitalised first word is a name only if it is not a common sentence opener ("However", "Additionally"). */
function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word) || word.endsWith('ly');
}

const nameNumbersByDocument = new WeakMap<Document, Set<string>>();

/**
 * Numbers the document uses as names: after a capitalised word inside a sentence ("Boeing
 * 787", "Flight 370") or before one ("the 787 Dreamliner"). Elsewhere in the document the
 * same digits are a model, not a count: "787 aircraft" is not 787 aircraft.
 */
export function nameNumbers(doc: Document): ReadonlySet<string> {
  let found = nameNumbersByDocument.get(doc);
  if (!found) {
    found = new Set();
    for (const m of doc.text.matchAll(/[\p{Ll},;]\s+(\p{Lu}[\p{L}\p{M}]*)\s+(\d{2,5})(?![\d,.]\d|\s*(?:%|percent))/gu)) {
      if (isNamingWord(m[1]) && !isYear(m[2])) found.add(m[2]);
    }
    for (const m of doc.text.matchAll(/(?<![\d$€£¥,.])(\d{2,5})\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)) {
      if (isNamingWord(m[2]) && !m[2].endsWith('s') && !isYear(m[1])) found.add(m[1]);
    }
    nameNumbersByDocument.set(doc, found);
  }
  return found;
}

function isNamingWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !isMonth(lower) && !isWeekday(lower) && !isDemonym(lemma(lower)) && !SENTENCE_OPENERS.has(lower) && !PHRASE_STOPS.has(lower);
}

function isYear(digits: string): boolean {
  return digits.length === 4 && Number(digits) >= 1800 && Number(digits) <= 2100;
}
