/**
 * Partial dates ("2018", "2018-11", "2018-11-30") as closed intervals of days, and the
 * comparisons the KB needs. The reference's sources often disagree by a day (the end of one
 * term is the start of the next; arrival days of summits), so lookups allow a tolerance.
 */
import type { IsoDate } from '../analysis/mentions.js';
import type { DayInterval, PartialDate } from './types.js';

const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2018" → 2018-01-01…2018-12-31; "2018-11" → 2018-11-01…2018-11-30; a day → itself. */
export function partialDateInterval(date: PartialDate): DayInterval {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return { start: date, end: date };
  if (m) return { start: `${pad(y, 4)}-${pad(m)}-01`, end: `${pad(y, 4)}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31` };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** The days from `start` to `end` (an open end runs to the far future). */
export function termInterval(start: PartialDate, end: PartialDate | null): DayInterval {
  return { start: partialDateInterval(start).start, end: end ? partialDateInterval(end).end : '9999-12-31' };
}

/** Do two intervals share a day, after widening the first by `toleranceDays` on each side? */
export function overlaps(a: DayInterval, b: DayInterval, toleranceDays = 0): boolean {
  const start = toleranceDays ? addDays(a.start, -toleranceDays) : a.start;
  const end = toleranceDays && a.end !== '9999-12-31' ? addDays(a.end, toleranceDays) : a.end;
  return start <= b.end && b.start <= end;
}

export function contains(interval: DayInterval, date: IsoDate, toleranceDays = 0): boolean {
  return overlaps(interval, { start: date, end: date }, toleranceDays);
}

export function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}
