/**
 * Speech or not: quoted text that is nobody's words is not a quotation, and the quote rules
 * must leave it alone — titles of works, programmes and documents (the “Japan” almanac),
 * referendum and survey questions, slogans and chants, terms and scare quotes ("so-called
 * “peace dividend”"), hypotheticals ("as if to say “…”"), and short phrases woven into a
 * sentence without a speech verb. Word lists: `data/vocabulary/quotes.yml`.
 */
import { alternation, words } from '../../base/vocabulary.js';
import type { SpeakerMatch } from './speakers.js';

const list = (name: string) => words('quotes', name);

const TITLE_BEFORE = new RegExp(`\\b${alternation(list('title_before'))}\\s*,?\\s*(?:of\\s+)?$`, 'iu');
const TITLE_AFTER = new RegExp(`^\\s*${alternation(list('title_after'))}\\b`, 'iu');
const TERM_BEFORE = new RegExp(`\\b${alternation(list('term_before'))}\\s*(?:an?|the)?\\s*$`, 'iu');
const QUESTION_CUES = new RegExp(`\\b${alternation(list('question_cues'))}\\b`, 'iu');
const HYPOTHETICAL_BEFORE = new RegExp(`\\b${alternation(list('hypothetical_before'))}\\s*[:,]?\\s*$`, 'iu');

/** At most this many words without a speech verb right next to them are a short term. */
const SHORT_TERM_WORDS = 4;

export interface SpeechVerdict {
  isSpeech: boolean;
  reason?: string;
}

export function classifyQuote(content: string, words: number, before: string, after: string, speaker: SpeakerMatch | undefined): SpeechVerdict {
  const tail = before.slice(-60);
  const head = after.slice(0, 40);
  if (HYPOTHETICAL_BEFORE.test(tail)) return { isSpeech: false, reason: 'hypothetical' };
  if (isQuestionPutToOthers(content, before, after)) return { isSpeech: false, reason: 'question' };
  if (words <= 6 && TERM_BEFORE.test(tail)) return { isSpeech: false, reason: 'term' };
  if (TITLE_BEFORE.test(tail) || TITLE_AFTER.test(head)) return { isSpeech: false, reason: 'title' };
  if (speaker?.adjacent) return { isSpeech: true };
  if (!speaker && looksLikeTitle(content)) return { isSpeech: false, reason: 'title' };
  if (words <= SHORT_TERM_WORDS) return { isSpeech: false, reason: 'short-term' };
  if (isWovenPhrase(content) && !speaker) return { isSpeech: false, reason: 'no-speech-verb' };
  return { isSpeech: true };
}

/** A referendum, ballot or survey question, or a crowd's chant: quoted, but nobody's statement. */
function isQuestionPutToOthers(content: string, before: string, after: string): boolean {
  const around = `${before.slice(-120)} ${after.slice(0, 60)}`;
  if (!QUESTION_CUES.test(around)) return false;
  return /\?\s*["”’»]?\s*$/u.test(content.trim()) || /\b(?:chant|slogan|banner|sign|placard)/iu.test(around);
}

/**
 * A lower-case phrase without sentence punctuation, woven into the surrounding sentence
 * ("grants the US ‘the use of facilities and areas in Japan’"): quoted wording, not speech,
 * unless a speech verb introduces it.
 */
function isWovenPhrase(content: string): boolean {
  const trimmed = content.trim();
  return /^[\p{Ll}]/u.test(trimmed) && !/[.!?]["”’]?$/u.test(trimmed) && !/[.!?]\s+[\p{Lu}]/u.test(trimmed);
}

/** "Living with an Active Volcano": title case, no sentence punctuation. */
function looksLikeTitle(content: string): boolean {
  const words = content.trim().split(/\s+/);
  if (words.length < 2 || /[.!?,;]$/.test(content.trim())) return false;
  return words.every((w, i) => (w.length <= 3 && i > 0 ? true : /^[\p{Lu}\p{N}]/u.test(w)));
}
