/**
 * The one calendar of factlint: ISO days (`YYYY-MM-DD`), partial dates (`YYYY`, `YYYY-MM`),
 * inclusive ranges of days, month and weekday names, and their readable forms. Everything is
 * UTC, so no local time zone can shift a date; internally a day is an integer (days since
 * 1970-01-01). Sources often disagree by a day (the end of one term is the start of the
 * next; arrival days of summits), so comparisons take a tolerance in days.
 */

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known. */
export type PartialDate = string;
export type Granularity = 'day' | 'month' | 'year';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A month as the press writes it: "January", "Jan", "Jan.", "Sept", "Sept." (a pattern source, no groups). */
export const MONTH_PATTERN = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** "Jan", "Jan.", "Sept", "january" → 1..12; a word that merely starts like a month ("marine") → undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => {
    const full = name.toLowerCase();
    return full === w || (w.length === 3 && full.startsWith(w)) || (w === 'sept' && full === 'september');
  });
  return index < 0 ? undefined : index + 1;
}

/** "Monday", "Mon", "Mon.", "Tues", "Thurs" → 0..6 (Sunday = 0). */
export function weekdayNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = WEEKDAY_NAMES.findIndex((name) => {
    const full = name.toLowerCase();
    return full === w || (w.length === 3 && full.startsWith(w)) || (w === 'tues' && full === 'tuesday') || (w === 'thurs' && full === 'thursday');
  });
  return index < 0 ? undefined : index;
}

/** Longer abbreviations some styles use ("Tues.", "Thurs."); the others are three letters. */
const LONG_WEEKDAY_ABBREVIATIONS: Record<number, string> = { 2: 'Tues', 4: 'Thurs' };

/** A weekday written the way `like` is: "Friday" for "Thursday", "Fri" for "Thu" or "Thurs". */
export function weekdayLike(weekday: number, like: string): string {
  const full = WEEKDAY_NAMES[weekday];
  const word = like.replace(/\.$/, '');
  if (word.toLowerCase().endsWith('day')) return full;
  return word.length > 3 ? LONG_WEEKDAY_ABBREVIATIONS[weekday] ?? full.slice(0, 3) : full.slice(0, 3);
}

const MS_PER_DAY = 86_400_000;
/** The end of an open range (a term of office still running). */
export const OPEN_END: IsoDate = '9999-12-31';

/** An inclusive range of days. */
export interface DayRange {
  start: IsoDate;
  end: IsoDate;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Day numbers of dates already seen: ranges of KB records are compared again and again. */
const dayNumbers = new Map<IsoDate, number>();

export function dayNumber(iso: IsoDate): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    n = Math.floor(Date.UTC(y, (m || 1) - 1, d || 1) / MS_PER_DAY);
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}

export function fromDayNumber(n: number): IsoDate {
  const date = new Date(n * MS_PER_DAY);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Adds months, clamping the day (31 January + 1 month = 28/29 February). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoOf(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonths(iso, years * 12);
}

export function partsOf(iso: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month: month || 1, day: day || 1 };
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: IsoDate): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Whole years from `from` to `to` (an age: 1945-09-02 → 2020-09-01 is 74). */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years--;
  return years;
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The days a partial date covers: 2018 → 2018-01-01…2018-12-31; 2018-03 → March 2018. */
export function rangeOfParts(year: number, month?: number, day?: number): DayRange {
  if (month && day) {
    const iso = isoOf(year, month, day);
    return { start: iso, end: iso };
  }
  if (month) return { start: isoOf(year, month, 1), end: isoOf(year, month, daysInMonth(year, month)) };
  return { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) };
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (metadata dates) into the range it covers. */
export function rangeOfPartialIso(value: string): DayRange | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined && !isValidDay(year, month, day)) return undefined;
  return rangeOfParts(year, month, day);
}

export function granularityOfRange(range: DayRange): Granularity {
  if (range.start === range.end) return 'day';
  if (range.start.slice(0, 7) === range.end.slice(0, 7)) return 'month';
  return 'year';
}

export function todayIso(now: Date = new Date()): IsoDate {
  return isoOf(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

/** "Tuesday, 22 January 2019" */
export function formatDay(iso: IsoDate, withWeekday = false): string {
  const { year, month, day } = partsOf(iso);
  const text = `${day} ${MONTH_NAMES[month - 1]} ${year}`;
  return withWeekday ? `${WEEKDAY_NAMES[weekdayOf(iso)]}, ${text}` : text;
}

/** A readable range: "22 January 2019", "January 2019", "22–28 January 2019", "2019". */
export function formatRange(range: DayRange): string {
  if (range.start === range.end) return formatDay(range.start);
  const a = partsOf(range.start);
  const b = partsOf(range.end);
  const wholeMonth = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (a.year === b.year && a.month === b.month) {
    return wholeMonth ? `${MONTH_NAMES[a.month - 1]} ${a.year}` : `${a.day}–${b.day} ${MONTH_NAMES[a.month - 1]} ${a.year}`;
  }
  if (a.year === b.year && a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) return String(a.year);
  return `${formatDay(range.start)} – ${formatDay(range.end)}`;
}

/** Human description of a span of days: "7 years", "3 months", "12 days". */
export function formatDuration(days: number): string {
  const abs = Math.abs(days);
  // Rounded, so that 21 Aug 2005 → 21 Aug 2015 reads "10 years", and never "0 years".
  if (abs >= 350) {
    const years = Math.max(1, Math.round(abs / 365.25));
    return `${years} year${years === 1 ? '' : 's'}`;
  }
  if (abs >= 60) {
    const months = Math.round(abs / 30.44);
    return `${months} month${months === 1 ? '' : 's'}`;
  }
  return `${abs} day${abs === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------- partial dates and ranges

/** The days a partial date covers: "2018" → 2018-01-01…2018-12-31; "2018-11" → that month; a day → itself. */
export function partialDateRange(partial: PartialDate): DayRange {
  const [y, m, d] = partial.split('-').map(Number);
  return rangeOfParts(y, m || undefined, d || undefined);
}

/** The days a record's start and end cover; an open end (a term still running) runs to `openEnd`. */
export function recordRange(start: PartialDate, end: PartialDate | null, openEnd?: IsoDate): DayRange;
export function recordRange(start: PartialDate | null, end: PartialDate | null, openEnd?: IsoDate): DayRange | undefined;
export function recordRange(start: PartialDate | null, end: PartialDate | null, openEnd: IsoDate = OPEN_END): DayRange | undefined {
  if (!start && !end) return undefined;
  if (!start) return partialDateRange(end as string);
  return { start: partialDateRange(start).start, end: end ? partialDateRange(end).end : openEnd };
}

/** Do the ranges share a day, allowing `toleranceDays` of slack at either end? */
export function overlaps(a: DayRange, b: DayRange, toleranceDays = 0): boolean {
  return dayNumber(a.start) <= dayNumber(b.end) + toleranceDays && dayNumber(b.start) <= dayNumber(a.end) + toleranceDays;
}

/** Is `day` in the range, give or take `toleranceDays`? */
export function contains(range: DayRange, day: IsoDate, toleranceDays = 0): boolean {
  return overlaps(range, { start: day, end: day }, toleranceDays);
}

export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = partsOf(text);
  return isValidDay(year, month, day);
}

/** "16 July 2001", "July 2001" or "2001": as precise as the partial date. */
export function formatPartial(partial: PartialDate): string {
  const [y, m, d] = partial.split('-');
  if (!m) return y;
  const month = MONTH_NAMES[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A record's dates: "11–15 November 2018", "30 November–1 December 2018", "2 April 2009". */
export function formatPartialRange(start: PartialDate | null, end: PartialDate | null): string {
  if (!start) return end ? formatPartial(end) : 'unknown dates';
  if (!end || end === start) return formatPartial(start);
  const [ys, ms, ds] = start.split('-');
  const [ye, me, de] = end.split('-');
  if (!ds || !de || ys !== ye) return `${formatPartial(start)}–${formatPartial(end)}`;
  if (ms !== me) return `${Number(ds)} ${MONTH_NAMES[Number(ms) - 1]}–${formatPartial(end)}`;
  return `${Number(ds)}–${Number(de)} ${MONTH_NAMES[Number(me) - 1]} ${ye}`;
}
