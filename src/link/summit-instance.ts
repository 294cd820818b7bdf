/**
 * Which meeting of a series a mention means. "The APEC summit", "last month's EU summit",
 * "December's leaders' meeting" name a series; the text picks one meeting of it by, in order
 * of strength:
 *
 * 1. a date or year the text states ("the 2019 G20 summit", "in June 2019");
 * 2. relative words counted from the article's date ("last month's", "this weekend", "in June");
 * 3. a cue of recency or of what is to come ("back from the G7 summit": the one that has just
 *    ended; "ahead of the G20 summit": the next one); the tense alone only rules out meetings
 *    on the wrong side of the article's date (a report of the past cannot mean one to come);
 * 4. the participants (a leader said to attend must have been in office then);
 * 5. the series' calendar (a series that met once).
 *
 * The answer is every meeting that fits all the evidence: one meeting is a resolution, more
 * than one leaves the text ambiguous, and none means the knowledge base has no such meeting.
 * Callers stay quiet unless the evidence narrowed the meetings (`narrowed`), and when the
 * series' records are not complete for the days the evidence looked at (`incomplete`): a
 * meeting missing from them may be the one the text means.
 */
import { addDays, daysBetween, overlaps } from '../base/calendar.js';
import type { DayRange, IsoDate } from '../base/calendar.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { eventRange } from '../kb/knowledge-base.js';
import type { EventRecord } from '../kb/types.js';
import { partlyRecorded, seriesInfo, yearsRecordedInFull } from '../kb/series.js';
import type { Direction } from './summit-time.js';

/** A meeting "just ended" when the article is written at most this many days after it. */
export const RECENT_DAYS = 31;
/** "The next meeting" of a series is at most this far ahead (a yearly series, with slack). */
export const NEXT_WITHIN_DAYS = 400;

export interface MeetingEvidence {
  /** Days the text gives: stated outright or counted from the article's date; several are alternatives. */
  time?: { ranges: DayRange[]; basis: 'stated' | 'relative'; words: string };
  cue?: 'recent' | 'upcoming';
  /** The sentence's tense, when it is clear: it rules out meetings on the wrong side of the article's date. */
  direction?: Direction;
  /** Days the article's date may be off by (an inferred date), for the tense; default 1. */
  referenceSlackDays?: number;
  /** Leaders the text says attended, with the days they held office. */
  participants?: Array<{ name: string; terms: DayRange[] }>;
}

/**
 * What narrowed the meetings: a stated date, relative words, a cue of recency ('recent'), a
 * cue or tense of what is to come ('next'), the tense of a report ('tense': only rules out
 * meetings still to come), the participants, the calendar.
 */
export type Basis = 'stated' | 'relative' | 'recent' | 'next' | 'tense' | 'participants' | 'calendar';

export interface MeetingResolution {
  /** The meetings that fit every piece of evidence, in order of date. */
  candidates: EventRecord[];
  /** The evidence that narrowed them, strongest first. */
  basis: Basis[];
  /** What each piece of evidence did, in words, for a finding's reasoning. */
  steps: string[];
  /** Why the answer cannot be trusted to be complete: the series' records have gaps where the evidence looked. */
  incomplete?: string;
}

/**
 * The meetings of `series` the evidence allows. `reference` is the article's date: one day,
 * or the days it may be when only its month or year is known.
 */
export function resolveMeeting(kb: KnowledgeBase, series: string, evidence: MeetingEvidence, reference?: DayRange): MeetingResolution {
  const all = kb.eventsInSeries(series).filter((e) => e.status !== 'cancelled' && (e.start !== null || e.end !== null));
  let candidates = all;
  const basis: Basis[] = [];
  const steps: string[] = [];
  const narrow = (kind: Basis, keep: (e: EventRecord) => boolean, step: string): void => {
    candidates = candidates.filter(keep);
    basis.push(kind);
    steps.push(`${step}: ${describe(candidates)}.`);
  };

  if (evidence.time) {
    const { ranges, basis: timeBasis, words } = evidence.time;
    narrow(timeBasis, (e) => ranges.some((r) => overlaps(eventRange(e), r, toleranceFor(r))), `"${words}" means ${ranges.map(rangeWords).join(' or ')}`);
  }
  if (reference && evidence.cue === 'recent') {
    const ended = candidates.filter((e) => endsWithin(e, addDays(reference.start, -RECENT_DAYS), addDays(reference.end, 1)));
    const latest = ended[ended.length - 1];
    narrow('recent', (e) => e === latest, `The text speaks of a meeting that had just ended (within ${RECENT_DAYS} days of the article)`);
  } else if (reference && evidence.cue === 'upcoming') {
    const ahead = candidates.filter((e) => eventRange(e).end >= reference.start && daysBetween(reference.end, eventRange(e).start) <= NEXT_WITHIN_DAYS);
    const next = ahead[0];
    narrow('next', (e) => e === next, 'The text looks ahead to the next meeting');
  } else if (reference && evidence.direction === 'past') {
    const slack = evidence.referenceSlackDays ?? 1;
    narrow('tense', (e) => eventRange(e).start <= addDays(reference.end, slack), 'The text reports a meeting that had taken place');
  } else if (reference && evidence.direction === 'future') {
    const slack = evidence.referenceSlackDays ?? 1;
    narrow('tense', (e) => eventRange(e).end >= addDays(reference.start, -slack), 'The text speaks of a meeting still to come');
  }
  for (const participant of evidence.participants ?? []) {
    narrow('participants', (e) => participant.terms.some((t) => overlaps(eventRange(e), t, 1)), `${participant.name} attended, so the meeting falls in their time in office`);
  }
  if (basis.length === 0 && all.length === 1) {
    basis.push('calendar');
    steps.push(`The series met once: ${describe(all)}.`);
  }
  // Where the series' records have gaps, the meetings found are shown but not trusted.
  const incomplete = gapIn(series, evidence, candidates, reference);
  if (incomplete) steps.push(incomplete);
  return { candidates, basis, steps, ...(incomplete ? { incomplete } : {}) };
}

/**
 * Where a series' records are complete only for some years (`complete` in series.yml): the
 * reason to distrust the answer when the days the text's words allow (see
 * `outsideRecordedYears`), or a meeting found, fall outside them.
 */
function gapIn(series: string, evidence: MeetingEvidence, candidates: EventRecord[], reference?: DayRange): string | undefined {
  const gap = outsideRecordedYears(series, evidence, reference);
  if (gap) return gap;
  return candidates.every((e) => recordedInFull(series, eventRange(e))) ? undefined : gapNote(series, 'outside');
}

/** Why a meeting of a partly recorded series is not checked, in an editor's words. */
function gapNote(series: string, why: 'unbounded' | 'outside'): string {
  const info = seriesInfo(series);
  const years = !info?.complete ? '' : info.complete.from === info.complete.to ? String(info.complete.from) : `${info.complete.from}–${info.complete.to}`;
  const recorded = `The knowledge base records every ${info?.label ?? series} meeting only for ${years}`;
  return why === 'unbounded'
    ? `${recorded}; the text does not narrow the time to those years, so a meeting missing from the records may be the one it means, and its place is not checked.`
    : `${recorded}; the time the text means reaches outside those years, where a meeting missing from the records may be the one it means, so its place is not checked.`;
}

/**
 * For a series the knowledge base records in full only in some years: why the text may mean a
 * meeting it does not record. Every day the text's words allow (its dates, or the days around
 * the article's date a cue points to) must fall in those years; words without days allow any.
 */
export function outsideRecordedYears(series: string, evidence: MeetingEvidence, reference?: DayRange): string | undefined {
  if (!partlyRecorded(series)) return undefined;
  const days = daysAllowed(evidence, reference);
  if (days.length === 0) return gapNote(series, 'unbounded');
  return days.every((r) => recordedInFull(series, r)) ? undefined : gapNote(series, 'outside');
}

/** Do the series' records hold every meeting of the years the days fall in? */
function recordedInFull(series: string, range: DayRange): boolean {
  return yearsRecordedInFull(series, Number(range.start.slice(0, 4)), Number(range.end.slice(0, 4)));
}

function daysAllowed(evidence: MeetingEvidence, reference?: DayRange): DayRange[] {
  if (evidence.time) return evidence.time.ranges;
  if (reference && evidence.cue === 'recent') return [{ start: addDays(reference.start, -RECENT_DAYS), end: reference.end }];
  if (reference && evidence.cue === 'upcoming') return [{ start: reference.start, end: addDays(reference.end, NEXT_WITHIN_DAYS) }];
  return [];
}

/** Did the evidence single out meetings (more than the tense alone, which only rules out the future)? */
export function narrowed(resolution: MeetingResolution): boolean {
  return resolution.basis.some((b) => b !== 'tense');
}

/** The meetings of the series held at the place (any time the direction allows): "the Biarritz G7 summit". */
export function meetingsAt(kb: KnowledgeBase, series: string, place: string, direction?: Direction, reference?: DayRange): EventRecord[] {
  return kb
    .eventsInSeries(series)
    .filter((e) => e.status !== 'cancelled' && kb.eventIsAt(e, place))
    .filter((e) => !reference || !direction || (direction === 'past' ? eventRange(e).start <= addDays(reference.end, 1) : eventRange(e).end >= addDays(reference.start, -1)));
}

function endsWithin(event: EventRecord, from: IsoDate, to: IsoDate): boolean {
  const end = eventRange(event).end;
  return end >= from && end <= to;
}

/** A day of slack for day-precise words (sources differ by a day); none for a month or a year. */
function toleranceFor(range: DayRange): number {
  return daysBetween(range.start, range.end) < 8 ? 1 : 0;
}

function rangeWords(range: DayRange): string {
  return range.start === range.end ? range.start : `${range.start} to ${range.end}`;
}

function describe(events: EventRecord[]): string {
  if (events.length === 0) return 'no meeting of the series fits';
  return events.length > 4 ? `${events.length} meetings fit` : events.map((e) => `${e.name} (${e.start ?? e.year})`).join(', ');
}
