/**
 * Dates with their year, as a careful reader weighs them: what the text reports as past
 * ("the talks were held on 14 March 2005") was written on or after it; what it plans
 * ("the plant will open in 2026", "by 2030") before it; what it tells in the present ("the
 * talks begin on 14 March 2005") around it; a range gives what it says — "from 2009 to 2011"
 * in a plan bounds the date from above, in a report from below, and never the other way.
 * A full date with its weekday ("Monday, 14 March 2005") is news of the week.
 */
import type { DateMention, IsoDate } from '../../analysis/mentions.js';
import { statedRange } from '../../analysis/date-values.js';
import { addDays, addMonths, formatDay, formatRange, rangeOfParts } from '../../base/calendar.js';
import type { DayRange } from '../../base/calendar.js';
import { mergeSame, onOrAfter, onOrBefore } from '../constraints.js';
import type { DateConstraint, DateConstraintProvider } from '../constraints.js';
import { agoAnchors } from './anchored.js';
import type { DateTense } from '../../analysis/mentions.js';

/** How much a bound counts, by how precisely its date is given. */
const LOWER_WEIGHT = { day: 0.45, month: 0.4, year: 0.3 } as const;
const UPPER_WEIGHT = { day: 0.35, month: 0.3, year: 0.25 } as const;
/** A year that names an event ("the 2008 crisis") rather than dating a clause counts less. */
const NAMING_YEAR_WEIGHT = 0.2;
const PRESENT_WEIGHT = 0.3;
const DATELINE_WEIGHT = 0.6;
/** "Monday, 14 March 2005": written within the days around it. */
const DATELINE_DAYS = { before: 10, after: 10 };

export const statedDateEvidence: DateConstraintProvider = (ctx) => {
  const dates = ctx.get('dates');
  const rangeEnds = new Set(dates.flatMap((d) => (d.rangeEnd !== undefined ? [d.rangeEnd] : [])));
  const countedBack = agoAnchors(ctx.doc.text, dates);
  const constraints: DateConstraint[] = [];
  dates.forEach((mention, index) => {
    if (mention.kind === 'relative' || mention.stated.year === undefined || mention.changedValue || rangeEnds.has(index)) return;
    const end = mention.rangeEnd !== undefined ? dates[mention.rangeEnd] : undefined;
    const range = end ? pairedRange(mention, end) : statedRange(mention);
    if (!range) return;
    const reading = { mention, range, lastPart: end ? statedRange(end) : lastPartOf(mention), text: end ? `${mention.text}–${end.text}` : mention.text, countedBack: countedBack.has(mention) };
    constraints.push(...constraintsFor(reading, mention.tense ?? 'unclear'));
  });
  return mergeSame(constraints);
};

interface Reading {
  mention: DateMention;
  /** All the days the words cover ("2009 to 2011": 2009-01-01…2011-12-31). */
  range: DayRange;
  /** The last unit the words name ("2011" of "2009 to 2011"), if a range. */
  lastPart?: DayRange;
  text: string;
  /** "Ten years ago, on Saturday, 1 May 2004": the text itself says how far back it lies. */
  countedBack: boolean;
}

/** "from 2009 to 2011" as one range; a backward pair ("moved from 2029 to 2021") is a change of value, not a time. */
function pairedRange(first: DateMention, second: DateMention): DayRange | undefined {
  const a = statedRange(first);
  const b = statedRange(second);
  if (!a || !b || b.end < a.start) return undefined;
  return { start: a.start, end: b.end };
}

function lastPartOf(mention: DateMention): DayRange | undefined {
  const end = mention.statedEnd;
  if (!end) return undefined;
  const year = end.year ?? mention.stated.year!;
  return rangeOfParts(year, end.month ?? (end.day ? mention.stated.month : undefined), end.day);
}

function constraintsFor(reading: Reading, tense: DateTense): DateConstraint[] {
  const { mention, range } = reading;
  const granularity = mention.granularity;
  // "the 2020 census", "the 2008 crisis": a year that names an event says nothing of when the
  // clause happens (the census may be ahead), only when the event is.
  if (mention.kind === 'year' && mention.cue !== 'preposition' && mention.cue !== 'range') return [];
  const naming = false;
  const found: DateConstraint[] = [];
  if (mention.stated.weekday !== undefined && mention.stated.day !== undefined && !reading.lastPart && !reading.countedBack) found.push(dateline(reading, tense));
  // "extended the lockdown to 1 May 2020": where a period now ends, on either side of the writing.
  if (mention.lead === 'new-end') return found;
  if (mention.lead === 'since') return [...found, lowerBound(reading, range.start, weightOf(LOWER_WEIGHT, granularity, naming))];
  if (mention.lead === 'deadline') {
    if (tense === 'future') found.push(upperBound(reading, range.end, weightOf(UPPER_WEIGHT, granularity, naming)));
    else if (tense === 'past') found.push(lowerBound(reading, range.start, weightOf(LOWER_WEIGHT, granularity, naming)));
    return found;
  }
  if (tense === 'past') {
    // Everything a past report names has begun; a range told in the past has reached its last part.
    const from = reading.lastPart ? reading.lastPart.start : range.start;
    found.push(lowerBound(reading, from, weightOf(LOWER_WEIGHT, granularity, naming)));
  } else if (tense === 'future' && !naming) {
    // A plan is written before it happens: before the end of its first part when it is a range.
    const until = reading.lastPart ? firstPartEnd(mention) : range.end;
    found.push(upperBound(reading, until, weightOf(UPPER_WEIGHT, granularity, false)));
  } else if (tense === 'present' && !naming && granularity !== 'year') {
    found.push(around(reading));
  }
  return found;
}

function weightOf(table: Record<'day' | 'month' | 'year', number>, granularity: 'day' | 'month' | 'year', naming: boolean): number {
  return naming ? Math.min(NAMING_YEAR_WEIGHT, table.year) : table[granularity];
}

function firstPartEnd(mention: DateMention): IsoDate {
  const { year, month, day } = mention.stated;
  return rangeOfParts(year!, month, day).end;
}

function lowerBound(reading: Reading, from: IsoDate, weight: number): DateConstraint {
  return {
    kind: 'reported-date',
    weight,
    span: reading.mention.span,
    intervals: onOrAfter(from),
    describe: () => `"${reading.text}" is told as past, so the article was written on or after ${formatDay(from)}.`,
  };
}

function upperBound(reading: Reading, until: IsoDate, weight: number): DateConstraint {
  return {
    kind: 'planned-date',
    weight,
    span: reading.mention.span,
    intervals: onOrBefore(until),
    describe: () => `"${reading.text}" is told as still to come, so the article was written by ${formatDay(until)}.`,
  };
}

/** "the talks begin on 14 March 2005": written within a month or so of it. */
function around(reading: Reading): DateConstraint {
  const { range } = reading;
  const window = { start: addMonths(range.start, -1), end: addMonths(range.end, 1) };
  return {
    kind: 'present-date',
    weight: PRESENT_WEIGHT,
    span: reading.mention.span,
    intervals: [window],
    describe: () => `"${reading.text}" is told in the present tense, so the article was written around then (${formatRange(window)}).`,
  };
}

/** "Monday, 14 March 2005": a weekday is given only for the days around the writing. */
function dateline(reading: Reading, tense: DateTense): DateConstraint {
  const day = reading.range.start;
  const before = tense === 'past' ? 0 : DATELINE_DAYS.before;
  const after = tense === 'future' ? 0 : DATELINE_DAYS.after;
  const window = { start: addDays(day, -before), end: addDays(day, after) };
  return {
    kind: 'weekday-full-date',
    weight: DATELINE_WEIGHT,
    span: reading.mention.span,
    intervals: [window],
    describe: () => `"${reading.text}" names the weekday with the full date, as news of the week does: written around ${formatRange(window)}.`,
  };
}
