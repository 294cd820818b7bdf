/**
 * Summit claims: where ("last year's G20 summit in Singapore", "the Osaka G20 summit",
 * "the APEC meeting held in Da Nang") and when ("the 2018 G20", "the G20 summit in
 * Osaka in June 2019") a summit of a known series took place.
 */
import type { ClaimTime, EventDateClaim, EventPlaceClaim } from '../analysis/mentions.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { phraseKey } from '../base/names.js';
import type { ReferenceTime } from './reference-time.js';
import { SERIES } from '../kb/series.js';
import { alternation, words } from '../base/vocabulary.js';
import { statedDates, statedInterval } from '../extract/stated-dates.js';
import type { StatedDate } from '../extract/stated-dates.js';
import { clauseAround } from '../extract/clauses.js';

export interface SentenceInput {
  text: string;
  /** Offset of the sentence in the document's prose. */
  offset: number;
  index: number;
}

export interface ClaimContext {
  kb: KnowledgeBase;
  reference?: ReferenceTime;
}

/** The series with names, each one capture group, names as written (acronyms in capitals). */
const NAMED_SERIES = SERIES.filter((s) => s.names.length > 0 && s.claims);
const SERIES_RE = new RegExp(`\\b(?:${NAMED_SERIES.map((s) => `(${alternation(s.names)})`).join('|')})(?![\\w-])`, 'g');
const NOUN_AFTER = new RegExp(`^\\s+(?:leaders[’']? )?${alternation(words('events', 'summit_nouns'))}\\b`, 'i');
const PLACE_WORDS = "[A-Z][\\p{L}’'-]+(?:\\s+(?:[A-Z][\\p{L}’'-]+|de|da|do|del|es))*";
/** "in Singapore", "held in Da Nang", "hosted by Japan", "in the Philippines". */
const PLACE_AFTER = new RegExp(`^\\s*,?\\s*(?:(?:which|that) (?:was|were) )?(?:(?:held|hosted|convened|taking place|that took place|which took place) )?(?:in|at|by) (?:the )?(${PLACE_WORDS})`, 'u');
/** A time phrase right after the event, before or after its place. */
const TIME_AFTER = /^\s*,?\s*(?:(?:held|hosted) )?(?:in|on|of) (?=\S)/;
const RELATIVE_BEFORE = /\b(last|this|next|the previous|the following) year[’']s\s+(?:[\p{L}-]+\s+)?$/iu;
const YEAR_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:19|20)\d\d)\s+(?:[A-Z][\p{L}-]+\s+)?$|\b((?:19|20)\d\d)[’']s\s+(?:[A-Z][\p{L}-]+\s+)?$/u;
const PLACE_BEFORE = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ll]ast year[’']s|[Tt]his year[’']s|(?:19|20)\\d\\d)\\s+(?:(?:19|20)\\d\\d\\s+)?(${PLACE_WORDS})\\s+$`, 'u');

/** The last summit of a series the text named: what "the summit" refers back to. */
export interface SummitAntecedent {
  series: string;
  time?: ClaimTime;
}

interface EventMention {
  series: string;
  /** "the summit", standing for the antecedent. */
  anaphoric?: boolean;
  /** Sentence-relative. */
  start: number;
  end: number;
}

/** Event-place and event-date claims in one sentence. */
export function eventClaims(sentence: SentenceInput, context: ClaimContext, antecedent?: SummitAntecedent): Array<EventPlaceClaim | EventDateClaim> {
  const claims: Array<EventPlaceClaim | EventDateClaim> = [];
  const mentions = [...summitMentions(sentence.text), ...(antecedent ? anaphoricMentions(sentence.text, antecedent.series) : [])];
  for (const mention of mentions) {
    const before = sentence.text.slice(Math.max(0, mention.start - 60), mention.start);
    const place = placeOf(sentence.text, mention, before, context.kb);
    // "the summit" makes a claim only about a place, at the time of the summit it refers to.
    if (mention.anaphoric && !place) continue;
    const ownTime = shiftTime(timeOf(sentence.text, mention, before, place, context), sentence.offset);
    const time = ownTime ?? (mention.anaphoric ? antecedent?.time : undefined);
    const eventSpan = { start: sentence.offset + mention.start, end: sentence.offset + mention.end };
    const eventText = sentence.text.slice(mention.start, mention.end);
    const recordId = time ? uniqueRecord(context.kb, mention.series, time, place?.name) : undefined;
    if (place) {
      const placeSpan = { start: sentence.offset + place.start, end: sentence.offset + place.end };
      const claimStart = Math.min(eventSpan.start, placeSpan.start, ownTime?.span?.start ?? Infinity);
      claims.push({
        kind: 'event-place',
        span: { start: claimStart, end: Math.max(eventSpan.end, placeSpan.end, ownTime?.span?.end ?? 0) },
        sentence: sentence.index,
        key: `event-place:${mention.series}:${time ? yearOfTime(time) : `?${phraseKey(place.name)}`}`,
        event: { series: mention.series, recordId, span: eventSpan, text: eventText },
        place: { name: place.name, placeId: context.kb.findPlace(place.name)?.id, span: placeSpan },
        time,
      });
    }
    if (time && time.basis === 'stated' && !mention.anaphoric) {
      claims.push({
        kind: 'event-date',
        span: { start: Math.min(eventSpan.start, time.span?.start ?? eventSpan.start), end: Math.max(eventSpan.end, time.span?.end ?? eventSpan.end) },
        sentence: sentence.index,
        key: `event-date:event:${recordId ?? `${mention.series}:${place ? phraseKey(place.name) : yearOfTime(time)}`}`,
        subject: { kind: 'event', recordId, name: eventText, span: eventSpan },
        time,
      });
    }
  }
  return claims;
}

function shiftTime(time: ClaimTime | undefined, offset: number): ClaimTime | undefined {
  if (!time?.span) return time;
  return { ...time, span: { start: time.span.start + offset, end: time.span.end + offset } };
}

function yearOfTime(time: ClaimTime): number {
  return Number(time.start.slice(0, 4));
}

/** "the summit" (not "the G20 summit", which names its series itself). */
function anaphoricMentions(text: string, series: string): EventMention[] {
  return [...text.matchAll(/\b[Tt]he summit\b/g)].map((m) => ({ series, anaphoric: true, start: m.index as number, end: (m.index as number) + m[0].length }));
}

/** The summit the sentence names last, with its time: what a later "the summit" refers to. */
export function lastSummit(sentence: SentenceInput, context: ClaimContext): SummitAntecedent | undefined {
  const mentions = summitMentions(sentence.text);
  const last = mentions[mentions.length - 1];
  if (!last) return undefined;
  const before = sentence.text.slice(Math.max(0, last.start - 60), last.start);
  const place = placeOf(sentence.text, last, before, context.kb);
  return { series: last.series, time: shiftTime(timeOf(sentence.text, last, before, place, context), sentence.offset) };
}

/** Series names that name a summit: followed by "summit"/"meeting", or "the G20 in Osaka". */
export function summitMentions(text: string): EventMention[] {
  const mentions: EventMention[] = [];
  for (const m of text.matchAll(SERIES_RE)) {
    const groupIndex = m.slice(1).findIndex((g) => g !== undefined);
    const series = NAMED_SERIES[groupIndex].key;
    const end = m.index + m[0].length;
    const noun = NOUN_AFTER.exec(text.slice(end));
    const isSummitName = /summit/i.test(m[0]);
    const bareBeforePlace = /\bthe\s+$/i.test(text.slice(0, m.index)) && /^\s+(?:held |hosted )?in [A-Z]/.test(text.slice(end));
    if (!noun && !isSummitName && !bareBeforePlace) continue;
    mentions.push({ series, start: m.index, end: end + (noun ? noun[0].length : 0) });
  }
  return mentions;
}

/** Each summit the sentence names, with the known place it gives, if any (sentence-relative offsets). */
export function summitsWithPlaces(text: string, kb: KnowledgeBase): Array<{ series: string; start: number; end: number; place?: string }> {
  return summitMentions(text).map((mention) => {
    const before = text.slice(Math.max(0, mention.start - 60), mention.start);
    const place = placeOf(text, mention, before, kb);
    return { series: mention.series, start: mention.start, end: mention.end, ...(place ? { place: place.name } : {}) };
  });
}

interface FoundPlace {
  name: string;
  start: number;
  end: number;
}

function placeOf(text: string, mention: EventMention, before: string, kb: KnowledgeBase): FoundPlace | undefined {
  const after = text.slice(mention.end);
  // Skip a time phrase between the event and its place: "the G20 summit in 2018 in Buenos Aires".
  const skipped = /^\s*,?\s*(?:in|on) (?:(?:\d{1,2} )?[A-Z][a-z]+\.? (?:\d{1,2}, )?)?(?:19|20)\d\d\b/.exec(after);
  const offset = mention.end + (skipped ? skipped[0].length : 0);
  const m = PLACE_AFTER.exec(text.slice(offset));
  if (m) {
    const found = knownPlacePrefix(m[1], kb);
    if (found) {
      const start = offset + m[0].length - m[1].length;
      return { name: found, start, end: start + found.length };
    }
  }
  const b = PLACE_BEFORE.exec(before);
  if (b) {
    const found = knownPlaceSuffix(b[1], kb);
    if (found) {
      const start = mention.start - (before.length - before.lastIndexOf(found));
      return { name: found, start, end: start + found.length };
    }
  }
  return undefined;
}

/** The longest leading run of words that names a known place ("Buenos Aires" in "Buenos Aires Province"?). */
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

/** The time the claim is about: a stated date next to the event, else "last year's" etc. */
function timeOf(text: string, mention: EventMention, before: string, place: FoundPlace | undefined, context: ClaimContext): ClaimTime | undefined {
  const stated = statedTimeNear(text, mention, before, place);
  if (stated) return stated;
  if (!context.reference) return undefined;
  const relative = RELATIVE_BEFORE.exec(before);
  if (relative) return relativeYear(relative[1], context.reference, mention.start - (before.length - relative.index), mention.start);
  // "the G7 summit in Biarritz last year"
  const anchor = place && place.start > mention.end ? place.end : mention.end;
  const after = RELATIVE_AFTER.exec(text.slice(anchor));
  if (after) return relativeYear(after[1], context.reference, anchor + after[0].indexOf(after[1]), anchor + after[0].length);
  return undefined;
}

const RELATIVE_AFTER = /^\s*,?\s*(last|this|next) year\b/i;

function relativeYear(word: string, reference: ReferenceTime, start: number, end: number): ClaimTime {
  const offset = { last: -1, 'the previous': -1, this: 0, next: 1, 'the following': 1 }[word.toLowerCase()] ?? 0;
  return {
    ...statedInterval({ year: reference.year + offset }),
    granularity: 'year',
    basis: 'relative',
    confidence: reference.confidence,
    span: { start, end },
  };
}

function statedTimeNear(text: string, mention: EventMention, before: string, place: FoundPlace | undefined): ClaimTime | undefined {
  const yearBefore = YEAR_BEFORE.exec(before);
  if (yearBefore) {
    const digits = yearBefore[1] ?? yearBefore[2];
    const start = mention.start - before.length + before.lastIndexOf(digits);
    return { ...statedInterval({ year: Number(digits) }), granularity: 'year', basis: 'stated', confidence: 1, span: { start, end: start + 4 } };
  }
  // A date right after the event or right after its place, in the same clause.
  const anchors = [mention.end, place && place.start > mention.end ? place.end : undefined];
  const clause = clauseAround(text, mention.start, mention.end);
  for (const anchor of anchors) {
    if (anchor === undefined) continue;
    const rest = text.slice(anchor, clause.end);
    const lead = TIME_AFTER.exec(rest);
    if (!lead) continue;
    const date = statedDates(rest).find((d) => d.start === lead[0].length);
    if (date) return claimTimeOf(date, anchor);
  }
  return undefined;
}

export function claimTimeOf(date: StatedDate, offset: number): ClaimTime {
  return { ...statedInterval(date), granularity: date.granularity, basis: 'stated', confidence: 1, span: { start: offset + date.start, end: offset + date.end } };
}

/** The one record the series, time (and place) name, if exactly one. */
function uniqueRecord(kb: KnowledgeBase, series: string, time: ClaimTime, placeName: string | undefined): string | undefined {
  const inYear = kb.editions(series, yearOfTime(time));
  const atPlace = placeName ? inYear.filter((e) => kb.eventIsAt(e, placeName)) : inYear;
  return atPlace.length === 1 ? atPlace[0].id : inYear.length === 1 && !placeName ? inYear[0].id : undefined;
}
