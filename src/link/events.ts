/**
 * Summit claims: where ("last month's APEC summit in Santiago", "the G7 was due to meet this
 * weekend in Deauville") and when ("the G20 summit in Osaka in March 2019", "last month's
 * G20 summit in Washington") a meeting of a known series took place. The mention and its
 * words come from `summit-mentions.ts`; which meeting it means from `summit-instance.ts`,
 * from everything but the place the text gives, so the place can be checked against it.
 */
import type { ClaimTime, EventDateClaim, EventPlaceClaim, MeetingReading } from '../analysis/mentions.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { EventRecord } from '../kb/types.js';
import { phraseKey } from '../base/names.js';
import { yearsRecordedInFull } from '../kb/series.js';
import type { DayRange } from '../base/calendar.js';
import type { Span } from '../load/document.js';
import { MIN_CONFIDENCE } from './reference-time.js';
import type { ReferenceTime } from './reference-time.js';
import { statedInterval } from '../extract/stated-dates.js';
import type { StatedDate } from '../extract/stated-dates.js';
import { sentenceTense } from '../extract/tense.js';
import { summitMentions } from './summit-mentions.js';
import type { SummitMention } from './summit-mentions.js';
import { daysMeant } from './summit-time.js';
import type { Direction, TimeWords } from './summit-time.js';
import { meetingsAt, narrowed, resolveMeeting } from './summit-instance.js';
import type { MeetingEvidence } from './summit-instance.js';

/** How far an inferred article date may be from the real one, for the tense ("in November 2017" dates the text to 1 November). */
const INFERRED_SLACK_DAYS = 31;

export interface SentenceInput {
  text: string;
  /** Offset of the sentence in the document's prose. */
  offset: number;
  index: number;
  /** In the article's lead paragraph, which tells what the article reports. */
  lead?: boolean;
  /** The outer quotations that close in the sentence, in its offsets (a start before 0 opened earlier). */
  quotes?: Span[];
}

export interface ClaimContext {
  kb: KnowledgeBase;
  reference?: ReferenceTime;
}

/** The last summit of a series the text named: what "the summit" refers back to, with its evidence. */
export interface SummitAntecedent {
  series: string;
  evidence: MeetingEvidence;
  time?: ClaimTime;
}

/** Event-place and event-date claims in one sentence, and the summit a later "the summit" refers to. */
export function eventClaims(sentence: SentenceInput, context: ClaimContext, antecedent?: SummitAntecedent): { claims: Array<EventPlaceClaim | EventDateClaim>; last?: SummitAntecedent } {
  const claims: Array<EventPlaceClaim | EventDateClaim> = [];
  const tense = directionOf(sentence.text);
  let last: SummitAntecedent | undefined;
  for (const mention of summitMentions(sentence.text, context.kb, antecedent?.series)) {
    const direction: Direction | undefined = mention.cue === 'recent' ? 'past' : mention.cue === 'upcoming' ? 'future' : tense;
    const own = evidenceOf(mention, direction, context.reference);
    // "the summit" without time words of its own is the antecedent's meeting.
    const inherited = mention.form === 'anaphoric' && !mention.time && antecedent;
    const evidence = inherited ? antecedent.evidence : own.evidence;
    const time = inherited ? antecedent.time : shiftTime(own.time, sentence.offset);
    let resolution = resolveMeeting(context.kb, mention.series, evidence, context.reference);
    // A day after the summit's place may be the day of the sentence's verb ("returned from the
    // summit in Biarritz on Monday"): when it fits no meeting, the other evidence decides.
    if (resolution.candidates.length === 0 && evidence.time && !datesTheSummit(mention)) {
      const { time: _dayOfVerb, ...rest } = evidence;
      resolution = resolveMeeting(context.kb, mention.series, rest, context.reference);
    }
    const reading: MeetingReading = {
      candidateIds: resolution.candidates.map((e) => e.id),
      basis: resolution.basis,
      steps: resolution.steps,
      ...(evidence.time ? { ranges: evidence.time.ranges } : {}),
      ...(context.reference && resolution.basis.some((b) => b === 'relative' || b === 'recent' || b === 'next') ? { confidence: context.reference.confidence } : {}),
      ...(resolution.incomplete ? { incomplete: resolution.incomplete } : {}),
    };
    // Where the series' records have gaps, the one meeting found may not be the one meant.
    const meant = narrowed(resolution) && resolution.candidates.length === 1 && !resolution.incomplete ? resolution.candidates[0].id : undefined;
    const eventSpan = { start: sentence.offset + mention.start, end: sentence.offset + mention.end };
    const eventText = sentence.text.slice(mention.start, mention.end);
    if (mention.form !== 'anaphoric') last = { series: mention.series, evidence, time };
    if (mention.place) {
      const placeSpan = { start: sentence.offset + mention.place.start, end: sentence.offset + mention.place.end };
      const ownSpan = !inherited && !mention.time?.fronted && time?.span ? [time.span] : [];
      claims.push({
        kind: 'event-place',
        span: { start: Math.min(eventSpan.start, placeSpan.start, ...ownSpan.map((s) => s.start)), end: Math.max(eventSpan.end, placeSpan.end, ...ownSpan.map((s) => s.end)) },
        sentence: sentence.index,
        key: `event-place:${mention.series}:${time ? yearOfTime(time) : `?${phraseKey(mention.place.name)}`}`,
        event: { series: mention.series, recordId: meant, span: eventSpan, text: eventText },
        place: { name: mention.place.name, placeId: context.kb.findPlace(mention.place.name)?.id, span: placeSpan },
        time,
        meeting: reading,
      });
    }
    if (time && !inherited && mention.form !== 'anaphoric' && datesTheSummit(mention)) {
      const subject = subjectMeeting(context.kb, mention, time, direction, context.reference);
      claims.push({
        kind: 'event-date',
        span: mention.time?.fronted ? eventSpan : { start: Math.min(eventSpan.start, time.span?.start ?? eventSpan.start), end: Math.max(eventSpan.end, time.span?.end ?? eventSpan.end) },
        sentence: sentence.index,
        key: `event-date:event:${subject?.id ?? `${mention.series}:${mention.place ? phraseKey(mention.place.name) : yearOfTime(time)}`}`,
        subject: { kind: 'event', recordId: subject?.id, name: eventText, span: eventSpan },
        time,
        act: 'held',
        meeting: reading,
      });
    }
  }
  return { claims, last };
}

/**
 * Do the time words date the summit itself? A stated date or a month does ("in October",
 * "last month's"), and so does any possessive ("Sunday's summit"); a day after the summit
 * may date the sentence's verb instead ("returned from the summit in Biarritz on Monday").
 */
function datesTheSummit(mention: SummitMention): boolean {
  const words = mention.time;
  // "on Saturday, two days after … the summit": a rough offset picks the meeting, it does not date it.
  if (words?.relative?.kind === 'weekday-offset') return false;
  if (!words || words.stated || words.end <= mention.start) return true;
  const relative = words.relative;
  return relative?.kind === 'month' ? relative.day === undefined : relative?.kind === 'unit' && (relative.unit === 'year' || relative.unit === 'month');
}

/** What the mention's words say about its time, and the claim time they make. */
function evidenceOf(mention: SummitMention, direction: Direction | undefined, reference: ReferenceTime | undefined): { evidence: MeetingEvidence; time?: ClaimTime } {
  // The tense rules out meetings after the article's date: only when that date is sure enough.
  const sure = reference !== undefined && reference.confidence >= MIN_CONFIDENCE;
  const evidence: MeetingEvidence = {
    ...(mention.cue ? { cue: mention.cue } : {}),
    ...(direction && sure ? { direction, referenceSlackDays: reference.confidence >= 1 ? 1 : INFERRED_SLACK_DAYS } : {}),
  };
  const words = mention.time;
  if (!words) return { evidence };
  if (words.stated) {
    const time = claimTimeOf(words.stated, 0);
    return { evidence: { ...evidence, time: { ranges: [time], basis: 'stated', words: words.text } }, time };
  }
  const day = referenceDay(reference);
  if (!words.relative || !reference || !day || !relativeFits(words, reference)) return { evidence };
  const ranges = daysMeant(words.relative, day, direction);
  const time: ClaimTime | undefined = ranges.length === 1
    ? { ...ranges[0], granularity: granularityOf(ranges[0]), basis: 'relative', confidence: reference.confidence, span: { start: words.start, end: words.end } }
    : undefined;
  return { evidence: { ...evidence, time: { ranges, basis: 'relative', words: words.text } }, time };
}

/** Words finer than a month need the article's day; a month or a year only its month. */
function relativeFits(words: TimeWords, reference: ReferenceTime): boolean {
  const relative = words.relative;
  if (!relative) return false;
  if (reference.start === reference.end) return true;
  const sameMonth = reference.start.slice(0, 7) === reference.end.slice(0, 7);
  return (relative.kind === 'unit' && (relative.unit === 'year' || (relative.unit === 'month' && sameMonth))) || (relative.kind === 'month' && sameMonth && !relative.day);
}

/** The article's day, or the first day of its month or year when that is all that is known. */
function referenceDay(reference: ReferenceTime | undefined): string | undefined {
  return reference?.start;
}

/**
 * The meeting the mention names by its series and place ("the G20 summit in Washington"),
 * near the time the text gives; or, without a place, the one meeting of the series in the
 * stated year. Its date is then checked against the text's.
 */
function subjectMeeting(kb: KnowledgeBase, mention: SummitMention, time: ClaimTime, direction: Direction | undefined, reference: ReferenceTime | undefined): EventRecord | undefined {
  const year = yearOfTime(time);
  // A year the knowledge base does not record in full may hold the meeting meant.
  if (!yearsRecordedInFull(mention.series, year, year)) return undefined;
  if (mention.place) {
    // The tense rules out meetings on the wrong side of the article's date only when that date is known.
    const known = reference && reference.confidence >= 1 ? reference : undefined;
    const near = meetingsAt(kb, mention.series, mention.place.name, direction, known).filter((e) => Math.abs(e.year - year) <= 1);
    return near.length === 1 ? near[0] : undefined;
  }
  if (time.basis !== 'stated' || time.granularity === 'year') return undefined;
  const inYear = kb.editions(mention.series, year);
  return inYear.length === 1 ? inYear[0] : undefined;
}

function directionOf(sentence: string): Direction | undefined {
  // "In May" and "Theresa May" are no modal verb.
  const tense = sentenceTense(sentence.replace(/\bMay\b/g, 'Mai'));
  if (tense.past && !tense.future) return 'past';
  if (tense.future && !tense.past) return 'future';
  return undefined;
}

function granularityOf(range: DayRange): ClaimTime['granularity'] {
  if (range.start === range.end) return 'day';
  return range.start.slice(0, 4) === range.end.slice(0, 4) && range.start.endsWith('-01-01') && range.end.endsWith('-12-31') ? 'year' : range.start.slice(0, 7) === range.end.slice(0, 7) ? 'month' : 'day';
}

function shiftTime(time: ClaimTime | undefined, offset: number): ClaimTime | undefined {
  if (!time?.span) return time;
  return { ...time, span: { start: time.span.start + offset, end: time.span.end + offset } };
}

function yearOfTime(time: ClaimTime): number {
  return Number(time.start.slice(0, 4));
}

export function claimTimeOf(date: StatedDate, offset: number): ClaimTime {
  return { ...statedInterval(date), granularity: date.granularity, basis: 'stated', confidence: 1, span: { start: offset + date.start, end: offset + date.end } };
}

/** Each summit the sentence names, with the known place it gives, if any (sentence-relative offsets): date evidence. */
export function summitsWithPlaces(text: string, kb: KnowledgeBase): Array<{ series: string; start: number; end: number; place?: string }> {
  return summitMentions(text, kb).map((m) => ({ series: m.series, start: m.start, end: m.end, ...(m.place ? { place: m.place.name } : {}) }));
}
