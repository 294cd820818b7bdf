/**
 * When two documents' statements are about the same thing, and whether they agree.
 *
 * Same thing: the same kind of value (a date, a count of tankers, a vote, the forename of a
 * judge called Mann); the same named things — they share one, and neither adds a name the
 * other lacks while the other adds one of its own ("Trump met Kim" is not "Trump met Xi");
 * the same action (one's action is among the other's words); the same story; and, for
 * figures, the same time. A claim that names nothing must share two words with the other.
 */
import type { DateParts, FactClaim, FactTime } from '../analysis/mentions.js';
import { daysBetween, overlaps, partsOf, weekdayOf } from '../base/calendar.js';
import type { FactComparable } from './fact-claims.js';
import { factFamily } from './fact-claims.js';
import { forenamesCompatible } from './spelling.js';
import { quoteReplacement } from './quote-diff.js';
import type { Stories } from './stories.js';

/** Two reports without a date of their own describe the same moment when published this close. */
const SAME_REPORT_DAYS = 1;
/** A count up to the time of writing and a report: as of about the same days. */
const REPORT_DAYS = 7;

interface Overlap {
  /** Named things of each side that the other names too. */
  shared: number;
  /** …of which not places the knowledge base knows (countries, cities): people, firms, products. */
  distinctive: number;
  /** Whether each side names something the other does not mention at all. */
  extraA: boolean;
  extraB: boolean;
  /** Words of the clauses both use. */
  terms: number;
  /** Each side's action (with what began or ended, for "started", "ended") is among the other's words. */
  action: boolean;
  /** The names both use, as words (for the story test). */
  names: string[];
}

/** Two statements about the same thing, as far as their words tell. */
export interface FrameMatch {
  /** The names both use (for the story test). */
  names: string[];
  /** Without a time on one side, figures are compared only in a close match. */
  strong: boolean;
}

/**
 * Whether two statements are about the same thing — by their words (`sameFrame`) and, unless
 * `ignoreTime`, by their times (`sameTime`). The story is for the caller to check, per pair of
 * documents, with the names this returns.
 */
export function sameThing(a: FactClaim, b: FactClaim, options: { ignoreTime?: boolean } = {}): FrameMatch | undefined {
  const frame = sameFrame(a, b);
  return frame && (options.ignoreTime || sameTime(a, b, frame)) ? frame : undefined;
}

/** Whether the times of two statements about the same thing (by `sameFrame`) allow comparing their values. */
export function sameTime(a: FactClaim, b: FactClaim, frame: FrameMatch): boolean {
  switch (a.value.kind) {
    case 'place': return sameTimeKnown(a, b);
    case 'tally': return timesAllow(a, b, true);
    case 'number': return figureTimes(a, b, frame);
    default: return true;
  }
}

/** Whether two statements are about the same thing by their words: value kind, names, action. */
export function sameFrame(a: FactClaim, b: FactClaim): FrameMatch | undefined {
  if (factFamily(a) !== factFamily(b)) return undefined;
  const kind = a.value.kind;
  if (kind === 'name' || kind === 'quote') return { names: a.about.entities.flat(), strong: true };
  if ((a.planned ?? false) !== (b.planned ?? false)) return undefined;
  const o = overlapOf(a, b);
  const named = a.about.entities.length > 0 && b.about.entities.length > 0;
  if (named && o.shared === 0) return undefined;
  // Each side names someone the other does not (or speaks of someone by a pronoun): different parties.
  if ((o.extraA || a.about.pronoun === true) && (o.extraB || b.about.pronoun === true)) return undefined;
  // Sharing only a country ("the U.S.") says little: the clauses must share more words too.
  if (named && o.distinctive === 0 && o.terms < 2) return undefined;
  // A claim that names nothing must share more words: two for a figure (with its kind of value), three for a date.
  if (!named && !(o.terms >= (kind === 'date' ? 3 : 2) && o.action)) return undefined;
  if (kind === 'date' || kind === 'place') return o.action ? { names: o.names, strong: true } : undefined;
  if (kind === 'tally') return { names: o.names, strong: true };
  // Without a time on one side (an undated document), only a close match: two shared names and
  // two shared words, or the same action on both sides and three shared words.
  return figureMatches(a, b, o) ? { names: o.names, strong: (o.shared >= 2 && o.terms >= 2) || (o.action && o.terms >= 3) } : undefined;
}

/** Whether the documents of two statements about the same thing tell one story. */
export function sameStory(stories: Stories, a: FactComparable, b: FactComparable, names: readonly string[]): boolean {
  return a.doc !== b.doc && stories.related(a.doc, b.doc, names);
}

/**
 * Figures: the same action — or, failing that, two shared names and a shared word, or (when
 * neither clause has a word the reader takes for an action: "60 boats still work from the
 * harbour") a shared name and two shared words — and the same time.
 */
function figureMatches(a: FactClaim, b: FactClaim, o: Overlap): boolean {
  const noun = a.value.kind === 'number' ? a.value.noun : '';
  const words = o.terms - (noun && a.about.terms.includes(noun) ? 1 : 0);
  const actionless = a.about.head === undefined && b.about.head === undefined;
  if (!o.action && !(o.shared >= 2 && words >= 1) && !(actionless && o.shared >= 1 && words >= 2)) return false;
  // Index points and bare percentages ("fell 1.95%") are figures of one index: name it.
  return !movesByTheMinute(a) || o.shared > 0;
}

/** Index points and bare percentages ("fell 1.95%"): they change by the minute. */
function movesByTheMinute(f: FactClaim): boolean {
  return f.value.kind === 'number' && (f.value.noun === 'point' || (f.value.dimension === 'percent' && f.value.noun === ''));
}

/** Figures hold at a time: the same day for index moves, else times that agree (see `timesAllow`). */
function figureTimes(a: FactClaim, b: FactClaim, frame: FrameMatch): boolean {
  if (movesByTheMinute(a)) return sameDay(a.time, b.time);
  return timesAllow(a, b, frame.strong);
}

/** A place is compared only for the same time, known on both sides: leaders meet in many places. */
function sameTimeKnown(a: FactClaim, b: FactClaim): boolean {
  if (!a.time || !b.time) return false;
  if (a.time.basis === 'document' && b.time.basis === 'document') return timesAllow(a, b, false);
  return timeAgreement(a.time, b.time) === true && (a.time.granularity === 'day' || a.time.basis === 'document') && (b.time.granularity === 'day' || b.time.basis === 'document');
}

/**
 * Times agree or cannot be told apart. A figure whose time is unknown (an undated document that
 * gives none) is compared only in a close match with a figure whose time is known — or, for a
 * vote's tally (which does not change), with any.
 */
function timesAllow(a: FactClaim, b: FactClaim, strongMatch: boolean): boolean {
  if (a.value.kind === 'tally' && (!a.time || !b.time)) return true;
  if (!a.time || !b.time) return strongMatch;
  // A count over a period up to the time of writing ("since 2013") compares with another such
  // count, or with a figure reported without a date, as of about the same day.
  if (a.time.basis === 'period' || b.time.basis === 'period') {
    const other = a.time.basis === 'period' ? b.time : a.time;
    if (other.basis === 'stated') return false;
    return a.time.end !== undefined && b.time.end !== undefined && Math.abs(daysBetween(a.time.end, b.time.end)) <= REPORT_DAYS;
  }
  if (a.time.basis === 'document' && b.time.basis === 'document') {
    return a.time.end !== undefined && b.time.end !== undefined && Math.abs(daysBetween(a.time.end, b.time.end)) <= SAME_REPORT_DAYS;
  }
  return timeAgreement(a.time, b.time) !== false;
}

function sameDay(a: FactTime | undefined, b: FactTime | undefined): boolean {
  if (!a || !b) return false;
  if (a.basis === 'document' && b.basis === 'document') return a.end === b.end;
  const start = a.basis === 'document' ? a.end : a.start;
  return a.reliable && b.reliable && start !== undefined && start === (b.basis === 'document' ? b.end : b.start) && (a.granularity === 'day' || a.basis === 'document');
}

function overlapOf(a: FactClaim, b: FactClaim): Overlap {
  const everywhere = (f: FactClaim) => [...f.about.entities, ...(f.about.context ?? [])];
  const meets = (entity: string[], others: string[][]) => others.some((o) => o.some((k) => entity.includes(k)));
  const sharedA = a.about.entities.filter((e) => meets(e, b.about.entities));
  const termsB = new Set(b.about.terms);
  const termsA = new Set(a.about.terms);
  return {
    shared: sharedA.length,
    distinctive: sharedA.filter((e) => !e.some((k) => k.startsWith('place:'))).length,
    extraA: a.about.entities.some((e) => !meets(e, everywhere(b))),
    extraB: b.about.entities.some((e) => !meets(e, everywhere(a))),
    terms: a.about.terms.filter((t) => termsB.has(t)).length,
    action: actsIn(a, termsB) && actsIn(b, termsA),
    names: sharedA.flat().map((k) => k.replace(/^place:/, 'kb:')),
  };
}

/**
 * Whether a claim's action is among another clause's words: its head or a word of action next
 * to its value, with what it was done to when a common noun says so ("the research was
 * published" is not "the model was published").
 */
function actsIn(x: FactClaim, terms: ReadonlySet<string>): boolean {
  const { head, argument, actions = [] } = x.about;
  if (head === undefined) return false;
  if (argument !== undefined && !terms.has(argument)) return false;
  return terms.has(head) || actions.some((t) => terms.has(t));
}

/** Whether two values agree: true, false (a conflict), or undefined when they cannot be compared. */
export function valuesAgree(a: FactClaim, b: FactClaim): boolean | undefined {
  const [x, y] = [a.value, b.value];
  if (x.kind === 'date' && y.kind === 'date') return timeAgreement(x.time, y.time);
  if (x.kind === 'number' && y.kind === 'number') return x.range.low <= y.range.high && y.range.low <= x.range.high;
  if (x.kind === 'tally' && y.kind === 'tally') return [...x.votes].sort().join() === [...y.votes].sort().join();
  if (x.kind === 'name' && y.kind === 'name') return forenamesCompatible(x.forenames, y.forenames);
  if (x.kind === 'quote' && y.kind === 'quote') return quoteReplacement(x.words, y.words) === undefined;
  // "In Osaka" and "in Japan" agree: one place lies within the other.
  if (x.kind === 'place' && y.kind === 'place') return x.within.includes(y.place) || y.within.includes(x.place);
  return undefined;
}

/**
 * Two times agree when their days overlap (both placed safely), else when the parts both
 * state agree ("November 25" and "20 November 2019" disagree on the day whatever the year).
 */
export function timeAgreement(a: FactTime, b: FactTime): boolean | undefined {
  // "This month" and "this month", "Monday" and "Monday": each document counts from its own date; the same words agree.
  if (a.relative !== undefined && a.relative === b.relative) return true;
  // "Monday" in a document of unknown date is any Monday; two dates placed only by guesses may be years apart.
  if ((!a.reliable && a.relative !== undefined) || (!b.reliable && b.relative !== undefined)) return undefined;
  if (!a.reliable && !b.reliable && (a.stated.year === undefined || b.stated.year === undefined)) return undefined;
  if (a.relative !== undefined && b.relative !== undefined && hasParts(a.stated) && hasParts(b.stated)) return partsAgree(a.stated, b.stated);
  if (a.reliable && b.reliable && a.start && a.end && b.start && b.end) return overlaps({ start: a.start, end: a.end }, { start: b.start, end: b.end });
  return partsAgree(partsKnown(a), partsKnown(b));
}

function hasParts(parts: DateParts): boolean {
  return Object.values(parts).some((v) => v !== undefined);
}

/** The parts both times state agree (undefined when they share none). */
function partsAgree(pa: DateParts, pb: DateParts): boolean | undefined {
  let compared = false;
  for (const part of ['year', 'month', 'day', 'weekday'] as const) {
    if (pa[part] === undefined || pb[part] === undefined) continue;
    // A day of the month means little without its month.
    if (part === 'day' && (pa.month === undefined || pb.month === undefined)) continue;
    compared = true;
    if (pa[part] !== pb[part]) return false;
  }
  return compared ? true : undefined;
}

/** What is known of a time: the parts its words state, and every part of a day placed safely. */
function partsKnown(time: FactTime): DateParts {
  if (time.reliable && time.start && time.start === time.end) {
    const { year, month, day } = partsOf(time.start);
    return { year, month, day, weekday: weekdayOf(time.start) };
  }
  return time.stated;
}
