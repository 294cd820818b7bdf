/**
 * Office titles as the press writes them, from `data/vocabulary/titles.yml`: which class of
 * office each names ("Premier" → prime-minister), and the words around a title that make it
 * another office ("Vice President", "President-elect").
 */
import type { TitleClass } from '../kb/offices.js';
import { escapeRegExp, words } from '../base/vocabulary.js';
import { MONTH_PATTERN, WEEKDAY_NAMES } from '../base/calendar.js';

export const TITLE_CLASSES: readonly TitleClass[] = ['foreign-minister', 'prime-minister', 'president', 'chancellor', 'finance-minister', 'monarch', 'secretary-general', 'supreme-leader'];

const NEEDS_COUNTRY = new Set(words('titles', 'needs_country').map((t) => t.toLowerCase()));

/** A title many organisations give ("Treasurer"): it names a KB office only with a country or organisation. */
export function titleNeedsCountry(title: string): boolean {
  return NEEDS_COUNTRY.has(title.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** "Prime Minister" → `[Pp]rime\s+[Mm]inister`; an acronym in capitals ("PM") stays in capitals. */
function titlePattern(title: string): string {
  return title
    .split(/\s+/)
    .map((word) => (/^[A-Z]+$/.test(word) ? word : escapeRegExp(word).replace(/^([A-Za-z])/, (first) => `[${first.toUpperCase()}${first.toLowerCase()}]`)))
    .join('\\s+');
}

function alternationOf(titles: string[]): string {
  return [...titles].sort((a, b) => b.length - a.length).map(titlePattern).join('|');
}

/** One capture group per class, in `TITLE_CLASSES` order (for patterns that need to know which matched). */
export const TITLE_GROUPS = TITLE_CLASSES.map((cls) => `(${alternationOf(words('titles', cls))})`).join('|');

/** Any title, no groups. */
export const ANY_TITLE = `(?:${alternationOf(TITLE_CLASSES.flatMap((cls) => words('titles', cls)))})`;

/** A cheap gate: a sentence without a title cannot hold a person–title claim. */
export const MAY_NAME_TITLE = new RegExp(`\\b${ANY_TITLE}\\b`);

const EXACT_TITLE = TITLE_CLASSES.map((cls) => ({ cls, pattern: new RegExp(`^(?:${alternationOf(words('titles', cls))})$`) }));

/** The class of office a title as written names ("prime minister" → prime-minister). */
export function titleClassOf(title: string): TitleClass | undefined {
  const written = title.trim().replace(/\s+/g, ' ');
  return EXACT_TITLE.find((t) => t.pattern.test(written))?.cls;
}

/** Words right before a title that make it another office ("Vice President"). */
export const NOT_THE_OFFICE_BEFORE = new RegExp(`\\b(?:${words('titles', 'not_the_office_before').map(escapeRegExp).join('|')})[\\s-]*$`, 'i');

/** What right after a title makes it something else ("President-elect", "the President's office"). */
export const NOT_THE_OFFICE_AFTER = new RegExp(`^(?:${words('titles', 'not_the_office_after').map((w) => (/^[-'’]/.test(w) ? escapeRegExp(w) : ` ${escapeRegExp(w)}`) + '\\b').join('|')})`, 'i');

/** A reporting verb in the simple past right after the claim ("…, said"), maybe after a comma. */
export const REPORTED_AFTER = new RegExp(`^\\s*,?\\s*(?:${alternationOfWords(words('titles', 'reporting_verbs'))})\\b`, 'i');

/** A reporting verb anywhere in a stretch of text ("…,' she said at a news conference with …"). */
export const REPORTING_VERB = new RegExp(`\\b(?:${alternationOfWords(words('titles', 'reporting_verbs'))})\\b`, 'i');

/** The present perfect right after the claim ("…, has already postponed"): news of the day. */
export const PERFECT_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:${alternationOfWords(words('titles', 'perfect_auxiliaries'))})\\s+(?:(?:${alternationOfWords(words('titles', 'perfect_adverbs'))})\\s+)?\\p{Ll}{2,}`, 'iu');

/** "yesterday", "on Thursday": the sentence reports the days just before the article. */
export const RECENT_DAYS = new RegExp(`\\b(?:${alternationOfWords(words('titles', 'recent_days'))}|(?:late\\s+|early\\s+)?on\\s+(?:${WEEKDAY_NAMES.join('|')}))\\b(?!\\s*(?:,\\s*)?(?:\\d|${MONTH_PATTERN}))`, 'i');

/** Words that set a clause in a time before the article's ("had", "at the time", "years ago"). */
export const EARLIER_TIME = new RegExp(`\\b(?:${alternationOfWords(words('titles', 'earlier_time'))})\\b`, 'i');

function alternationOfWords(list: string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
}
