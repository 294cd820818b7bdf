/**
 * The words of proper names in a sentence ("Vladimir Putin" → vladimir, putin; "South Kurils"
 * → kuril): what pins down which figure or which event a sentence is about, so that "Putin"
 * matches "Vladimir Putin" and "Xi" matches "Xi Jinping". A capitalised first word counts only
 * when the document also capitalises it inside a sentence, or never writes it in lower case.
 */
import type { Document } from '../load/document.js';
import { words } from '../base/vocabulary.js';
import { tokenize } from './word-tokens.js';
import type { Token } from './word-tokens.js';
import { isMonth, isWeekday } from './quantities/number-phrase.js';
import { lemma } from './quantities/subjects.js';
import { PHRASE_STOPS } from './quantities/vocabulary.js';

const SENTENCE_OPENERS = new Set(words('names', 'sentence_openers'));
const GENERIC_NAME_WORDS = new Set(words('names', 'generic_name_words'));
const DEMONYMS = new Set(words('names', 'demonyms'));

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
    if (!isNameToken(token)) return;
    // A capitalised first word is a name only if the document also capitalises it mid-sentence.
    if (k === 0 && (isSentenceOpener(token.lower) || !looksLikeName(doc, token))) return;
    const word = lemma(token.lower.replace(/['’]s$/, ''));
    if (!GENERIC_NAME_WORDS.has(word) && !isMonth(word) && !isWeekday(word) && !isDemonym(word)) found.push({ word, token });
  });
  return found;
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
  return /(?:ian|ese|ish|ean|ican)$/.test(word) || DEMONYMS.has(word);
}

function isNameToken(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text) && !PHRASE_STOPS.has(token.lower);
}

/** A capitalised first word is a name only if it is not a common sentence opener ("However", "Additionally"). */
function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word) || word.endsWith('ly');
}
