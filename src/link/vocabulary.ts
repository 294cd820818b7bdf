/**
 * The words claim extraction recognises: summit series, office titles and their
 * qualifiers. Kept apart from the matching code so the vocabulary can grow without
 * touching the patterns.
 */

/** Series names as written in the press → the knowledge base's `series` value. */
export const SERIES_PATTERNS: ReadonlyArray<{ series: string; pattern: string }> = [
  { series: 'G20', pattern: 'G-?20|Group of (?:20|Twenty)' },
  { series: 'G7/G8', pattern: 'G-?7|G-?8|Group of (?:Seven|Eight|7|8)' },
  { series: 'EAS', pattern: 'East Asia(?:n)? Summit|EAS' },
  { series: 'ASEAN', pattern: 'ASEAN' },
  { series: 'APEC', pattern: 'APEC|Asia-Pacific Economic Cooperation' },
  { series: 'BRICS', pattern: 'BRICS' },
  { series: 'SCO', pattern: 'SCO|Shanghai Cooperation Organi[sz]ation' },
  { series: 'NATO', pattern: 'NATO' },
];

/** Words that make a series name an event ("G20 summit", "APEC leaders' meeting"). */
export const SUMMIT_NOUN = "(?:leaders[’']? )?(?:summit|meeting|gathering|talks)";

/**
 * Qualifiers that turn a series mention into something else: a ministers' meeting is not
 * the leaders' summit, and its place is not the summit's place.
 */
export const NON_SUMMIT_QUALIFIER = /\b(?:finance|foreign|trade|energy|health|defen[cs]e|agriculture|labou?r|digital|sherpa|ministers?[’']?|ministerial|central bank|youth|business|civil|parliamentary|speakers?[’']?)\W*$/i;

import type { TitleClass } from '../kb/offices.js';

export type { TitleClass };

/** Office titles → the class of office they name. Longest alternatives first. */
export const TITLE_PATTERNS: ReadonlyArray<{ cls: TitleClass; pattern: string }> = [
  { cls: 'foreign-minister', pattern: 'Foreign (?:Affairs )?Minister|Minister (?:of|for) Foreign Affairs|Foreign Secretary|Secretary of State' },
  { cls: 'prime-minister', pattern: 'Prime Minister|Premier|PM' },
  { cls: 'president', pattern: 'President' },
  { cls: 'chancellor', pattern: 'Chancellor' },
  { cls: 'monarch', pattern: 'King|Queen|Emperor' },
];

/** Words before a title that mean the title is not the office itself ("Vice President"). */
export const NOT_THE_OFFICE_BEFORE = /\b(?:vice|deputy|first deputy|acting|interim|assistant|under|former|ex|late|then|future|later|incoming|outgoing|would-be|shadow|opposition)[\s-]*$/i;

/** Words after a title that mean it is not the office itself ("President-elect"). */
export const NOT_THE_OFFICE_AFTER = /^(?:-elect|-designate| elect\b| designate\b|[’']s (?:office|residence|spokes))/i;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Jan", "Jan.", "Sept", "January" → 1..12. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.slice(0, 3) === w) || (w === 'sept' && m === 'september'));
  return index < 0 ? undefined : index + 1;
}

export const MONTH_PATTERN = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
