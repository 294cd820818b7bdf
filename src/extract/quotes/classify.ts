/**
 * Speech or not: scare quotes ("unrealistic demand"), short terms ("Chinese model"), titles
 * of works (the “Japan” almanac) and quoted phrases woven into a sentence without a speech
 * verb are not someone's words, and quote rules must leave them alone.
 */
import type { SpeakerMatch } from './speakers.js';

/** Words that announce a title of a work right before or after the quotation. */
const TITLE_BEFORE = /\b(?:book|novel|film|movie|documentary|article|essay|song|album|show|series|programme|program|play|poem|paper|titled|entitled|headlined|almanac|magazine|newspaper|column|exhibition|report|study|chapter|opera|painting|guide|handbook|manual|brochure|leaflet|website|campaign)\s*,?\s*$/iu;
const TITLE_AFTER = /^\s*(?:almanac|magazine|newspaper|book|series|film|documentary|report|column|programme|program|exhibition|album|journal)\b/iu;
/** "so-called", "what they call", "known as", "the term": the marks set off a term. */
const TERM_BEFORE = /\b(?:so-called|so called|dubbed|termed|labell?ed|known as|referred to as|the (?:word|term|phrase|label|slogan|concept|notion|idea) (?:of )?)\s*(?:an?|the)?\s*$/iu;

/** At most this many words without a speech verb right next to them are a short term. */
const SHORT_TERM_WORDS = 4;

export interface SpeechVerdict {
  isSpeech: boolean;
  reason?: string;
}

export function classifyQuote(content: string, words: number, before: string, after: string, speaker: SpeakerMatch | undefined): SpeechVerdict {
  const tail = before.slice(-60);
  const head = after.slice(0, 40);
  if (TITLE_BEFORE.test(tail) || TITLE_AFTER.test(head)) return { isSpeech: false, reason: 'title' };
  if (words <= 6 && TERM_BEFORE.test(tail)) return { isSpeech: false, reason: 'term' };
  if (speaker?.adjacent) return { isSpeech: true };
  if (!speaker && looksLikeTitle(content)) return { isSpeech: false, reason: 'title' };
  if (words <= SHORT_TERM_WORDS) return { isSpeech: false, reason: 'short-term' };
  if (isWovenPhrase(content) && !speaker) return { isSpeech: false, reason: 'no-speech-verb' };
  return { isSpeech: true };
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
  return words.every((w, i) => w.length <= 3 && i > 0 ? true : /^[\p{Lu}\p{N}]/u.test(w));
}
