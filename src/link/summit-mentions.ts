/**
 * Where a sentence speaks of a meeting of a summit series, in the forms reporters use:
 *
 * - named: "the G20 summit", "last month's Shanghai Cooperation Organisation summit", "the
 *   G20 in Osaka";
 * - anaphoric: "the summit", standing for the series last named in the paragraph;
 * - implied: "December's leaders' meeting" in a sentence that names one series ("NATO
 *   Secretary-General …"), "EU leaders at a summit in …", "a summit of EU leaders in …";
 * - by its members: "an EU leaders' summit in …" (`members` in series.yml);
 * - a series that meets: "the G7 was due to meet this weekend in …", "G20, whose leaders met
 *   in … in June".
 *
 * Each mention comes with the place the sentence gives it ("in the French resort of
 * Deauville", "the Osaka G20 summit", "were in Pittsburgh this week for the G20 summit"),
 * its time words (`summit-time.ts`) and a cue of recency ("back from") or of what is to come
 * ("ahead of"). Offsets are sentence-relative.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { SERIES, seriesInfo } from '../kb/series.js';
import { phraseKey } from '../base/names.js';
import { alternation, escapeRegExp, words } from '../base/vocabulary.js';
import { clauseAround } from '../extract/clauses.js';
import { timeAfter, timeBefore } from './summit-time.js';
import { offsetTime } from './summit-offset.js';
import type { TimeWords } from './summit-time.js';

const list = (name: string) => words('events', name);

export interface FoundPlace {
  name: string;
  start: number;
  end: number;
}

export interface SummitMention {
  series: string;
  /** The words that name the meeting ("G20 summit", "leaders' meeting", "G7 … meet"). */
  start: number;
  end: number;
  form: 'named' | 'anaphoric' | 'implied' | 'meets';
  place?: FoundPlace;
  time?: TimeWords;
  /** "back from …", "on the heels of …": the meeting just ended; "ahead of …": the next one. */
  cue?: 'recent' | 'upcoming';
}

/** The series whose claims are checked, each name one capture group (acronyms in capitals). */
const NAMED_SERIES = SERIES.filter((s) => s.names.length > 0 && s.claims);
const SERIES_RE = new RegExp(`\\b(?:${NAMED_SERIES.map((s) => `(${alternation(s.names)})`).join('|')})(?![\\w-])`, 'g');
const SERIES_TEST = new RegExp(SERIES_RE.source);
const MEETING_NOUN = alternation(list('summit_nouns'));
const NOUN_AFTER = new RegExp(`^\\s+(?:leaders[’']? )?${MEETING_NOUN}\\b`, 'i');
/** "a summit of the African Union", "the summit of the AU": the meeting noun before the name. */
const NOUN_OF = new RegExp(`\\b${MEETING_NOUN}\\s+of\\s+(?:the\\s+)?$`, 'i');
const BARE_NOUN = new RegExp(`(?<![\\w-])${alternation(list('bare_summit_nouns'))}(?![\\w-])`, 'g');
const MEMBERS = alternation(list('series_members'));
/** "EU leaders", "European Union heads of government": a series named by its members, one regex per series. */
const MEMBER_SERIES = NAMED_SERIES.filter((s) => s.members.length > 0).map((s) => ({
  key: s.key,
  re: new RegExp(`(?<![\\w-])${alternation(s.members)}\\s+${MEMBERS}(?![\\w-])`, 'g'),
  test: new RegExp(`(?<![\\w-])${alternation(s.members)}\\s+${MEMBERS}(?![\\w-])`),
  opening: new RegExp(`^${alternation(s.members)}\\s+${MEMBERS}(?![\\w-])`),
}));
/** After "EU leaders": "' summit", "’ meeting". */
const MEMBERS_NOUN_AFTER = /^[’']?\s+(?:summit|meeting)\b/;
/** After a bare summit noun: "of EU leaders", "of the 27 EU leaders". */
const OF_MEMBERS = /^\s+of\s+(?:the\s+)?(?:\d+\s+)?/;
const MEET = alternation(list('meet_verbs'));
const MEMBERS_WORD = new RegExp(`\\b${MEMBERS}\\b`, 'i');
const AUXILIARY = alternation(list('meet_auxiliaries'));
/** After a series name: "was due to meet", " leaders met", ", whose leaders met". */
const MEETS_AFTER = new RegExp(`^(?:\\s+${MEMBERS}|\\s*,\\s*whose\\s+${MEMBERS})?(?:\\s+(?:${AUXILIARY})){0,4}\\s+(?:${MEET})\\b`, 'i');
/** "EU leaders at a summit", "G20 leaders at the summit": the words right before the meeting noun. */
const LEADERS_AT = new RegExp(`\\b(?:${NAMED_SERIES.flatMap((s) => [...s.names, ...s.members]).map(escapeRegExp).join('|')})\\s+${MEMBERS}\\s+(?:at|to|for|from)\\s+(?:an?|the)\\s+$`);
const PLACE_WORDS = "[A-Z][\\p{L}’'-]+(?:\\s+(?:[A-Z][\\p{L}’'-]+|de|da|do|del|es|am|an|upon|on))*";
const DESCRIPTOR = `(?:the\\s+)?(?:[A-Z][\\p{L}-]+\\s+)?${alternation(list('place_descriptors'))}\\s+of\\s+`;
/** "in Singapore", "held in Da Nang", "hosted by Japan", "in the French resort of Deauville". */
const PLACE_AFTER = new RegExp(
  `^\\s*,?\\s*(?:(?:which|that) (?:was|were|is|will be) )?(?:(?:held|hosted|convened|taking place|that took place|which took place) )?(?:in|at|by) (?:${DESCRIPTOR})?(?:the )?(${PLACE_WORDS})`,
  'u',
);
const PLACE_BEFORE = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ll]ast year[’']s|[Tt]his year[’']s|(?:19|20)\\d\\d(?:[’']s)?)\\s+(?:(?:19|20)\\d\\d\\s+)?(${PLACE_WORDS})\\s+$`, 'u');
/** "were in Pittsburgh this week for the G20 summit": "for" right before the summit … */
const FOR_BEFORE = /\s(?:for|to attend)\s+(?:the\s+|an?\s+)?$/;
/** … and "in <place>" before it, maybe with time words between. */
const IN_PLACE = new RegExp(`\\b(?:in|to) (?:${DESCRIPTOR})?(${PLACE_WORDS})`, 'gu');
const RECENT = new RegExp(`(?:${alternation(list('recent_cues'))})\\s+(?:(?:the|a|this|its|their|his|her)\\s+)?$`, 'i');
const UPCOMING = new RegExp(`(?:${alternation(list('upcoming_cues'))})\\s+(?:(?:the|a|this|its|their|his|her)\\s+)?$`, 'i');

/**
 * Every summit mention in the sentence. A summit named without its series ("December's
 * leaders' meeting") takes the one series the sentence names, or when it names none, the
 * series `antecedent` the paragraph last named ("the summit").
 */
export function summitMentions(text: string, kb?: KnowledgeBase, antecedent?: string): SummitMention[] {
  const named = [...namedMentions(text), ...membersSummitMentions(text)];
  const mentions = [...named, ...meetsMentions(text, named)];
  const series = new Set(mentionedSeries(text));
  // "AU Commission chairman X at the summit in Abuja": a series whose name alone is no meeting implies none.
  if (mentions.length === 0 && series.size === 1) mentions.push(...bareMentions(text, [...series][0], 'implied').filter((m) => nameAlone(m.series)));
  else if (series.size === 0 && antecedent) mentions.push(...bareMentions(text, antecedent, 'anaphoric'));
  mentions.sort((a, b) => a.start - b.start);
  return kb ? mentions.map((m) => withContext(text, m, kb)) : mentions;
}

/**
 * Series names followed by a meeting noun, summit names ("Asia-Europe Meeting"), the noun
 * before the name ("a summit of the African Union"), and "the G20 in Osaka".
 */
function namedMentions(text: string): SummitMention[] {
  const mentions: SummitMention[] = [];
  for (const m of text.matchAll(SERIES_RE)) {
    const series = seriesOfMatch(m);
    const end = m.index + m[0].length;
    // "AU talks in Khartoum", "an ASEM meeting" (of ministers): for some series only "summit" names a meeting.
    const summitOnly = (found: RegExpExecArray | null) => (found && (!onlySummits(series) || /summit|leaders/i.test(found[0])) ? found : null);
    const noun = summitOnly(NOUN_AFTER.exec(text.slice(end)));
    const nounBefore = noun ? undefined : summitOnly(NOUN_OF.exec(text.slice(Math.max(0, m.index - 40), m.index)));
    const isSummitName = /\b(?:summit|meeting|assembly)\b/i.test(m[0]);
    const bareBeforePlace = nameAlone(series) && /\bthe\s+$/i.test(text.slice(0, m.index)) && /^\s+(?:held |hosted )?in [A-Z]/.test(text.slice(end));
    if (!noun && !nounBefore && !isSummitName && !bareBeforePlace) continue;
    const start = nounBefore ? m.index - nounBefore[0].length : m.index;
    mentions.push({ series, start, end: end + (noun ? noun[0].length : 0), form: 'named' });
  }
  return mentions;
}

function onlySummits(series: string): boolean {
  return NAMED_SERIES.find((s) => s.key === series)?.summitOnly === true;
}

function nameAlone(series: string): boolean {
  return NAMED_SERIES.find((s) => s.key === series)?.nameAlone !== false;
}

/** "an EU leaders' summit", "the EU leaders’ meeting in …": the series named by its members and a meeting noun. */
function membersSummitMentions(text: string): SummitMention[] {
  const mentions: SummitMention[] = [];
  for (const { key, re } of MEMBER_SERIES) {
    for (const m of text.matchAll(re)) {
      const noun = MEMBERS_NOUN_AFTER.exec(text.slice(m.index + m[0].length));
      if (noun) mentions.push({ series: key, start: m.index, end: m.index + m[0].length + noun[0].length, form: 'named' });
    }
  }
  return mentions;
}

/** "the G7 was due to meet", "G20, whose leaders met", "G7 leaders gathered", "leaders of the G20 met". */
function meetsMentions(text: string, named: SummitMention[]): SummitMention[] {
  const mentions: SummitMention[] = [];
  for (const m of text.matchAll(SERIES_RE)) {
    if (named.some((n) => n.start <= m.index && m.index < n.end)) continue;
    // "AU leaders gathered in Nairobi" may be for any African summit.
    if (!nameAlone(seriesOfMatch(m))) continue;
    const end = m.index + m[0].length;
    const after = MEETS_AFTER.exec(text.slice(end));
    // "an ASEM meeting", "ASEM gathered": its ministers may be meant; "ASEM leaders met" is a summit.
    if (!after || (onlySummits(seriesOfMatch(m)) && !MEMBERS_WORD.test(after[0]))) continue;
    mentions.push({ series: seriesOfMatch(m), start: m.index, end: end + after[0].length, form: 'meets' });
  }
  return mentions;
}

/**
 * A meeting noun standing for the series: after "the"/"this" ("the summit"), after time
 * words ("December's leaders' meeting"), or after the series' leaders ("EU leaders at a
 * summit"). "A summit" alone may be any summit.
 */
function bareMentions(text: string, series: string, form: 'implied' | 'anaphoric'): SummitMention[] {
  const mentions: SummitMention[] = [];
  for (const m of text.matchAll(BARE_NOUN)) {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    const article = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:annual|informal|upcoming|forthcoming|extraordinary|emergency|special)\s+)?$/.exec(before);
    const time = timeBefore(text, m.index);
    const ofMembers = membersAfter(text, m.index + m[0].length, series);
    if (!article && !time && !LEADERS_AT.test(before) && ofMembers === undefined) continue;
    // "the summit", "December's leaders' meeting": with its first word, as a reader would point at it.
    const start = article ? m.index - before.length + article.index : time ? time.start : m.index;
    mentions.push({ series, start, end: ofMembers ?? m.index + m[0].length, form });
  }
  return mentions;
}

/** "a summit of EU leaders": where "of <the series' members>" after the noun ends, if it follows. */
function membersAfter(text: string, nounEnd: number, series: string): number | undefined {
  const of = OF_MEMBERS.exec(text.slice(nounEnd));
  const members = of && MEMBER_SERIES.find((s) => s.key === series);
  if (!of || !members) return undefined;
  const from = nounEnd + of[0].length;
  const m = members.opening.exec(text.slice(from));
  return m ? from + m[0].length : undefined;
}

/** A cheap gate: does the text name a checked series at all (or its members: "EU leaders")? */
export function mayNameSeries(text: string): boolean {
  return SERIES_TEST.test(text) || MEMBER_SERIES.some((s) => s.test.test(text));
}

/** The series the sentence names in any role ("NATO Secretary-General", "the G20 summit", "EU leaders"). */
export function mentionedSeries(text: string): string[] {
  return [...byNameSeries(text), ...MEMBER_SERIES.filter((s) => s.test.test(text)).map((s) => s.key)];
}

/** The series the sentence names by one of its names (not by its members). */
function byNameSeries(text: string): string[] {
  return [...text.matchAll(SERIES_RE)].map(seriesOfMatch);
}

function seriesOfMatch(m: RegExpMatchArray): string {
  const groupIndex = m.slice(1).findIndex((g) => g !== undefined);
  return NAMED_SERIES[groupIndex].key;
}

// ---------------------------------------------------------------- place, time and cue

function withContext(text: string, mention: SummitMention, kb: KnowledgeBase): SummitMention {
  const clause = clauseAround(text, mention.start, mention.end);
  const place = placeOf(text, mention, kb);
  const time = timeOf(text, mention, place, clause.end);
  const cueEnd = Math.min(mention.start, time && time.end <= mention.start ? time.start : mention.start, place && place.end <= mention.start ? (place.forStart ?? place.start) : mention.start);
  const before = text.slice(Math.max(0, cueEnd - 40), cueEnd);
  const cue = RECENT.test(before) ? 'recent' : UPCOMING.test(before) ? 'upcoming' : undefined;
  const told = place && !placeSaysNothing(mention.series, place.name, kb) ? place : undefined;
  return { ...mention, place: told && { name: told.name, start: told.start, end: told.end }, time, cue };
}

/**
 * A place that cannot contradict the series' records. The leaders of a series with `members`
 * also meet at other summits: a place in a country that never hosted the series is one of those
 * ("EU leaders at a summit in Osaka"), and so may be its seat, where they meet for much else
 * (the Eastern Partnership summit, "the European Council in Brussels" as a body).
 */
function placeSaysNothing(series: string, place: string, kb: KnowledgeBase): boolean {
  const info = seriesInfo(series);
  if (!info || info.members.length === 0) return false;
  return (info.seat !== undefined && phraseKey(place) === phraseKey(info.seat)) || !kb.seriesMetInCountryOf(series, place);
}

interface PlaceFound extends FoundPlace {
  /** For "in <place> … for the summit": where "in" starts. */
  forStart?: number;
  /** Time words between the place and "for". */
  between?: TimeWords;
}

function placeOf(text: string, mention: SummitMention, kb: KnowledgeBase): PlaceFound | undefined {
  // Skip time words between the event and its place: "the G20 summit in 2018 in Buenos Aires", "meet this weekend in …".
  const skipped = timeAfter(text, mention.end);
  const offsets = [mention.end, ...(skipped ? [skipped.end] : [])];
  for (const offset of offsets) {
    const m = PLACE_AFTER.exec(text.slice(offset));
    if (!m) continue;
    const found = knownPlacePrefix(m[1], kb);
    if (!found) continue;
    const start = offset + m[0].length - m[1].length;
    return { name: found, start, end: start + found.length };
  }
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  const beforeStart = mention.start - before.length;
  const b = PLACE_BEFORE.exec(before);
  if (b) {
    const found = knownPlaceSuffix(b[1], kb);
    if (found) {
      const start = beforeStart + b.index + b[0].lastIndexOf(found);
      return { name: found, start, end: start + found.length };
    }
  }
  return mention.form === 'named' || mention.form === 'implied' ? placeBeforeFor(text, mention, kb) : undefined;
}

/** "in Pittsburgh this week for the G20 summit": only time words may stand between the place and "for". */
function placeBeforeFor(text: string, mention: SummitMention, kb: KnowledgeBase): PlaceFound | undefined {
  const time = timeBefore(text, mention.start);
  const end = time ? time.start : mention.start;
  const window = text.slice(Math.max(0, end - 100), end);
  const windowStart = end - window.length;
  const forWord = FOR_BEFORE.exec(window);
  if (!forWord) return undefined;
  const segment = window.slice(0, forWord.index);
  let found: PlaceFound | undefined;
  for (const m of segment.matchAll(IN_PLACE)) {
    const name = knownPlacePrefix(m[1], kb);
    if (!name) continue;
    const start = windowStart + m.index + m[0].length - m[1].length;
    const rest = text.slice(start + name.length, windowStart + forWord.index);
    const between = rest.trim() ? timeAfter(text, start + name.length) : undefined;
    if (rest.trim() && (!between || between.end !== windowStart + forWord.index)) continue;
    found = { name, start, end: start + name.length, forStart: windowStart + m.index, between };
  }
  return found;
}

/** The longest leading run of words that names a known place. */
function knownPlacePrefix(words: string, kb: KnowledgeBase): string | undefined {
  const parts = words.split(/\s+/);
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(' ');
    if (kb.isKnownPlace(candidate)) return candidate;
  }
  return undefined;
}

function knownPlaceSuffix(words: string, kb: KnowledgeBase): string | undefined {
  const parts = words.split(/\s+/);
  for (let n = 0; n < parts.length; n++) {
    const candidate = parts.slice(n).join(' ');
    if (kb.isKnownPlace(candidate)) return candidate;
  }
  return undefined;
}

/** The mention's time words: before it, right after it or its place, between a place and "for", or fronted in its clause. */
function timeOf(text: string, mention: SummitMention, place: PlaceFound | undefined, clauseEnd: number): TimeWords | undefined {
  const before = timeBefore(text, place && place.end <= mention.start && !place.forStart ? place.start : mention.start);
  if (before) return before;
  if (place?.between) return place.between;
  const anchors = [mention.end, place && place.start > mention.end ? place.end : undefined];
  for (const anchor of anchors) {
    if (anchor === undefined) continue;
    const after = timeAfter(text, anchor, clauseEnd);
    if (after) return after;
  }
  return frontedTime(text, mention.start) ?? offsetTime(text, mention.start);
}

/**
 * A time adverbial that opens the sentence and governs it: "In 2003, Chirac hosted …", "Last
 * month, leaders met …"; and "in 2003, the year he hosted the G8 summit".
 */
function frontedTime(text: string, mentionStart: number): TimeWords | undefined {
  const opening = timeAfter(text, 0, mentionStart);
  if (opening && opening.start < 3 && /^\s*,/.test(text.slice(opening.end))) return { ...opening, fronted: true };
  const theYear = /\b(?:in\s+)?((?:19|20)\d\d),\s+the\s+year\b[^,;]*$/.exec(text.slice(0, mentionStart));
  if (theYear) {
    const start = theYear.index + theYear[0].indexOf(theYear[1]);
    const year = Number(theYear[1]);
    return { start, end: start + 4, text: theYear[1], stated: { start, end: start + 4, text: theYear[1], year, granularity: 'year' }, fronted: true };
  }
  return undefined;
}
