/**
 * The time words next to a summit, and the days they mean. A reporter dates a meeting of a
 * series outright ("the 2019 G20 summit", "in June 2019"), relative to the day of writing
 * ("last month's APEC summit", "this weekend", "April's NATO summit", "in June"), or only by
 * a cue ("back from the G7 summit": the one that just ended; "ahead of": the next one).
 * Reading the words is a pattern scan over word lists (`data/vocabulary/events.yml`); what
 * they mean needs the article's date and the sentence's direction (past or future), given by
 * the caller.
 */
import { MONTH_NAMES, MONTH_PATTERN, addDays, addMonths, daysInMonth, isoOf, monthNumber, partsOf, rangeOfParts, weekdayNumber, weekdayOf } from '../base/calendar.js';
import type { DayRange, IsoDate } from '../base/calendar.js';
import { alternation, words } from '../base/vocabulary.js';
import { statedDates } from '../extract/stated-dates.js';
import type { StatedDate } from '../extract/stated-dates.js';

const list = (name: string) => words('events', name);

/** Words that only make sense against the article's date. */
export type RelativeWords =
  /** "last month's", "this week", "next year's": a calendar unit counted from the article's date. */
  | { kind: 'unit'; unit: 'year' | 'month' | 'week' | 'weekend'; offset: -1 | 0 | 1 }
  /** "the weekend's", "at the weekend": the weekend nearest the article's date in the sentence's direction. */
  | { kind: 'nearest-weekend' }
  /** "April's", "in June", "on March 20": a month (and day) of a year the direction decides. */
  | { kind: 'month'; month: number; day?: number; year?: { offset: -1 | 0 | 1 } }
  /** "Sunday's", "on Tuesday": a day of the week nearest the article's date in the direction. */
  | { kind: 'weekday'; weekday: number }
  /** "yesterday's", "today", "tomorrow". */
  | { kind: 'day'; offset: number }
  /** "on Saturday, two days after … the summit": `days` from that weekday (negative: before it). */
  | { kind: 'weekday-offset'; weekday: number; days: number };

/** Time words found next to a summit mention (sentence-relative offsets). */
export interface TimeWords {
  start: number;
  end: number;
  text: string;
  stated?: StatedDate;
  relative?: RelativeWords;
  /** Opening the sentence ("In 2003, …") rather than next to the summit. */
  fronted?: boolean;
}

/** Which way the sentence looks: at something that happened or at something to come. */
export type Direction = 'past' | 'future';

/** A list's words as written and with a capital, for the start of a sentence. */
const anyCase = (entries: string[]) => alternation([...entries, ...entries.map((w) => w[0].toUpperCase() + w.slice(1))]);
const LAST = anyCase(list('relative_last'));
const THIS = anyCase(list('relative_this'));
const NEXT = anyCase(list('relative_next'));
const UNIT = alternation(list('relative_units'));
const APOSTROPHE = "[’']";
const WEEKDAY = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
/** A month written in full ("December's summit"): the calendar's one list of month names. */
const MONTH_WORD = `(?:${MONTH_NAMES.join('|')})`;

/** Words right before a summit: "the 2019", "2019's", "last month's", "April's", "the weekend's". */
const BEFORE = new RegExp(
  [
    `\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his)\\s+((?:19|20)\\d\\d)\\s+`,
    `\\b((?:19|20)\\d\\d)${APOSTROPHE}s\\s+`,
    `\\b(${LAST}|${THIS}|${NEXT})\\s+(${UNIT})${APOSTROPHE}s\\s+`,
    `\\b(?:[Tt]he\\s+)(weekend)${APOSTROPHE}s\\s+`,
    `\\b(${MONTH_WORD})${APOSTROPHE}s\\s+`,
    `\\b(${WEEKDAY}|[Yy]esterday|[Tt]oday|[Tt]omorrow)${APOSTROPHE}s\\s+`,
  ]
    .map((p) => `(?:${p})`)
    .join('|') + `(?:(?:[A-Z][\\p{L}-]+|annual|informal|extraordinary|emergency|special)\\s+){0,2}$`,
  'u',
);

/** Time words at the start of a text: ", last year", "this weekend", "in June", "on 2 April 2009". */
const AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:` +
    [
      `(${LAST}|${THIS}|${NEXT})\\s+(${UNIT})\\b`,
      `(earlier|later)\\s+this\\s+(year|month|week)\\b`,
      `(?:over|at|on|during)\\s+the\\s+(weekend)\\b`,
      `(yesterday|today|tomorrow)\\b`,
      `on\\s+(${WEEKDAY})\\b`,
      `(?:in|on|of|held\\s+in|held\\s+on)\\s+(?=\\S)`,
    ].join('|') +
    `)`,
  'iu',
);

const MONTH_ONLY = new RegExp(`^(${MONTH_PATTERN})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?!\\s*(?:,\\s*)?\\d)`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})(?!\\s*(?:,\\s*)?\\d)`, 'i');
const YEAR_AFTER = new RegExp(`^\\s*(?:,\\s*)?(${LAST}|${THIS}|${NEXT})\\s+year\\b`, 'i');

/** The time words that end right before `pos` (a pre-modifier of the summit). */
export function timeBefore(text: string, pos: number): TimeWords | undefined {
  const before = text.slice(Math.max(0, pos - 60), pos);
  const m = BEFORE.exec(before);
  if (!m) return undefined;
  const base = pos - before.length + m.index;
  const yearText = m[1] ?? m[2];
  if (yearText) {
    const start = base + m[0].indexOf(yearText);
    const year = Number(yearText);
    return { start, end: start + 4, text: yearText, stated: { start, end: start + 4, text: yearText, year, granularity: 'year' } };
  }
  const [, , , word, unit, weekend, month, day] = m;
  const last = unit ?? weekend ?? month ?? day;
  const start = base + m[0].search(/\S/);
  // The span ends after the possessive: "last month's".
  const spanEnd = base + m[0].indexOf(`${last}`, m[0].search(/\S/)) + last.length + 2;
  const relative = word && unit ? unitWords(word, unit) : weekend ? { kind: 'nearest-weekend' as const } : month ? monthWords(month) : dayWords(day as string);
  if (!relative) return undefined;
  return { start, end: spanEnd, text: text.slice(start, spanEnd), relative };
}

/** The time words that start at `pos` (after the summit or its place), up to `limit`. */
export function timeAfter(text: string, pos: number, limit = text.length): TimeWords | undefined {
  const rest = text.slice(pos, limit);
  const m = AFTER.exec(rest);
  if (!m) return undefined;
  const lead = m[0].length;
  const start = pos + m[0].search(/\S/);
  const found = (relative: RelativeWords, end: number): TimeWords => ({ start, end: pos + end, text: text.slice(start, pos + end), relative });
  if (m[1] && m[2]) {
    const relative = unitWords(m[1], m[2]);
    return relative && found(relative, lead);
  }
  if (m[3] && m[4]) return found({ kind: 'unit', unit: m[4].toLowerCase() as 'year' | 'month' | 'week', offset: 0 }, lead);
  if (m[5]) return found({ kind: 'nearest-weekend' }, lead);
  if (m[6]) return found(dayWords(m[6]) as RelativeWords, lead);
  if (m[7]) return found({ kind: 'weekday', weekday: weekdayNumber(m[7]) as number }, lead);
  // "in June 2019", "on 2 April 2009", "in 2019": a stated date right after the preposition.
  const stated = statedDates(rest).find((d) => d.start === lead);
  if (stated) return { start, end: pos + stated.end, text: text.slice(start, pos + stated.end), stated: { ...stated, start: pos + stated.start, end: pos + stated.end } };
  // "in June", "on March 20 last year", "on 20 March": a month (and day) without its year.
  const tail = rest.slice(lead);
  const monthFirst = MONTH_ONLY.exec(tail);
  const dayFirst = monthFirst ? undefined : DAY_MONTH.exec(tail);
  const hit = monthFirst ?? dayFirst;
  if (!hit) return undefined;
  const month = monthNumber(monthFirst ? monthFirst[1] : (dayFirst as RegExpExecArray)[2]);
  // "may" in lower case is the verb.
  if (!month || /^may$/.test(monthFirst?.[1] ?? '')) return undefined;
  const dayText = monthFirst ? monthFirst[2] : (dayFirst as RegExpExecArray)[1];
  const day = dayText ? Number(dayText) : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  let end = lead + hit[0].length;
  const yearWords = YEAR_AFTER.exec(rest.slice(end));
  const year = yearWords ? { offset: offsetOf(yearWords[1]) } : undefined;
  if (yearWords) end += yearWords[0].length;
  return found({ kind: 'month', month, ...(day ? { day } : {}), ...(year ? { year } : {}) }, end);
}

function offsetOf(word: string): -1 | 0 | 1 {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (list('relative_last').includes(w)) return -1;
  if (list('relative_next').includes(w)) return 1;
  return 0;
}

function unitWords(word: string, unit: string): RelativeWords | undefined {
  return { kind: 'unit', unit: unit.toLowerCase() as 'year' | 'month' | 'week' | 'weekend', offset: offsetOf(word) };
}

function monthWords(word: string): RelativeWords | undefined {
  const month = monthNumber(word);
  return month ? { kind: 'month', month } : undefined;
}

function dayWords(word: string): RelativeWords | undefined {
  const w = word.toLowerCase();
  if (w === 'yesterday') return { kind: 'day', offset: -1 };
  if (w === 'today') return { kind: 'day', offset: 0 };
  if (w === 'tomorrow') return { kind: 'day', offset: 1 };
  const weekday = weekdayNumber(word);
  return weekday === undefined ? undefined : { kind: 'weekday', weekday };
}

// ---------------------------------------------------------------- meaning

/**
 * The days relative words mean, counted from the article's date: one range, or two when the
 * direction is unknown and the words fit either side of the date ("in June" in a March
 * article: last June or this June).
 */
export function daysMeant(words: RelativeWords, reference: IsoDate, direction?: Direction): DayRange[] {
  const { year, month } = partsOf(reference);
  switch (words.kind) {
    case 'unit':
      return [unitRange(words.unit, words.offset, reference, direction)];
    case 'nearest-weekend':
      return [nearestWeekend(reference, direction)];
    case 'day': {
      const day = addDays(reference, words.offset);
      return [{ start: day, end: day }];
    }
    case 'weekday':
      return weekdayRanges(words.weekday, reference, direction);
    case 'weekday-offset':
      return weekdayRanges(words.weekday, reference, direction).map((r) => ({ start: addDays(r.start, words.days), end: addDays(r.end, words.days) }));
    case 'month': {
      const inYear = (y: number): DayRange => (words.day && words.day <= daysInMonth(y, words.month) ? rangeOfParts(y, words.month, words.day) : rangeOfParts(y, words.month));
      if (words.year) return [inYear(year + words.year.offset)];
      if (words.month === month) return [inYear(year)];
      if (direction === 'past') return [inYear(words.month < month ? year : year - 1)];
      if (direction === 'future') return [inYear(words.month > month ? year : year + 1)];
      return [inYear(words.month < month ? year : year - 1), inYear(words.month > month ? year : year + 1)];
    }
  }
}

function unitRange(unit: 'year' | 'month' | 'week' | 'weekend', offset: number, reference: IsoDate, direction?: Direction): DayRange {
  const { year, month } = partsOf(reference);
  if (unit === 'year') return rangeOfParts(year + offset);
  if (unit === 'month') {
    const first = addMonths(isoOf(year, month, 1), offset);
    const p = partsOf(first);
    return rangeOfParts(p.year, p.month);
  }
  // Weeks run Monday to Sunday.
  const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7));
  if (unit === 'week') {
    const start = addDays(monday, 7 * offset);
    return { start, end: addDays(start, 6) };
  }
  // "this weekend" said on a weekday is the coming one, unless the sentence reports the past.
  if (offset === 0) return direction === 'past' && weekdayOf(reference) >= 1 && weekdayOf(reference) <= 4 ? weekendOf(addDays(monday, -7)) : weekendOf(monday);
  return weekendOf(addDays(monday, offset === -1 && weekdayOf(reference) !== 0 && weekdayOf(reference) !== 6 ? -7 : 7 * offset));
}

/** Friday to Sunday of the week starting on `monday`. */
function weekendOf(monday: IsoDate): DayRange {
  return { start: addDays(monday, 4), end: addDays(monday, 6) };
}

function nearestWeekend(reference: IsoDate, direction?: Direction): DayRange {
  const weekday = weekdayOf(reference);
  const monday = addDays(reference, -((weekday + 6) % 7));
  const inWeekend = weekday === 5 || weekday === 6 || weekday === 0;
  if (inWeekend) return weekendOf(monday);
  if (direction === 'future') return weekendOf(monday);
  if (direction === 'past') return weekendOf(addDays(monday, -7));
  // Monday to Wednesday look back, Thursday forward.
  return weekday <= 3 ? weekendOf(addDays(monday, -7)) : weekendOf(monday);
}

function weekdayRanges(weekday: number, reference: IsoDate, direction?: Direction): DayRange[] {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const past = addDays(reference, -back);
  const future = addDays(reference, (weekday - weekdayOf(reference) + 7) % 7);
  const day = (d: IsoDate): DayRange => ({ start: d, end: d });
  if (direction === 'past' || back === 0) return [day(past)];
  if (direction === 'future') return [day(future)];
  return [day(past), day(future)];
}

