/**
 * Calendar arithmetic on ISO days (`YYYY-MM-DD`), in UTC so that no local time zone can
 * shift a date. Internally a day is an integer: days since 1970-01-01.
 */
import type { Granularity, IsoDate } from '../analysis/mentions.js';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const MS_PER_DAY = 86_400_000;

/** An inclusive interval of days. */
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

export function dayNumber(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y, (m || 1) - 1, d || 1) / MS_PER_DAY);
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
