/**
 * Day arithmetic for comparing claimed times with record dates: partial ISO dates as
 * intervals, overlap with a tolerance, and human-readable ranges for messages.
 */
import type { IsoDate } from '../analysis/mentions.js';

const MS_PER_DAY = 86_400_000;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DayInterval {
  start: IsoDate;
  end: IsoDate;
}

export function dayNumber(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y, (m || 1) - 1, d || 1) / MS_PER_DAY);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2018" → 2018-01-01…2018-12-31; "2018-11" → the month; "2018-11-30" → that day. */
export function partialInterval(partial: string): DayInterval {
  const [y, m, d] = partial.split('-');
  if (!m) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (!d) return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(lastDayOfMonth(Number(y), Number(m))).padStart(2, '0')}` };
  return { start: partial, end: partial };
}

/** The interval a record's start/end dates cover (an open end runs to `openEnd`). */
export function recordInterval(start: string | null, end: string | null, openEnd: IsoDate = '9999-12-31'): DayInterval | undefined {
  if (!start && !end) return undefined;
  const from = partialInterval((start ?? end) as string).start;
  const to = end ? partialInterval(end).end : start && !end ? openEnd : partialInterval(start as string).end;
  return { start: from, end: to };
}

/** Do the intervals share a day, allowing `toleranceDays` of slack at either end? */
export function overlaps(a: DayInterval, b: DayInterval, toleranceDays = 0): boolean {
  return dayNumber(a.start) <= dayNumber(b.end) + toleranceDays && dayNumber(b.start) <= dayNumber(a.end) + toleranceDays;
}

/** Is `day` within the interval, give or take `toleranceDays`? */
export function contains(interval: DayInterval, day: IsoDate, toleranceDays = 0): boolean {
  return overlaps(interval, { start: day, end: day }, toleranceDays);
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** "16 July 2001", "July 2001" or "2001", as precise as the partial date. */
export function formatPartial(partial: string): string {
  const [y, m, d] = partial.split('-');
  if (!m) return y;
  const month = MONTH_NAMES[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "11–15 November 2018", "30 November–1 December 2018", "2 April 2009". */
export function formatRange(start: string | null, end: string | null): string {
  if (!start) return end ? formatPartial(end) : 'unknown dates';
  if (!end || end === start) return formatPartial(start);
  const [ys, ms, ds] = start.split('-');
  const [ye, me, de] = end.split('-');
  if (!ds || !de) return `${formatPartial(start)}–${formatPartial(end)}`;
  if (ys !== ye) return `${formatPartial(start)}–${formatPartial(end)}`;
  if (ms !== me) return `${Number(ds)} ${MONTH_NAMES[Number(ms) - 1]}–${formatPartial(end)}`;
  return `${Number(ds)}–${Number(de)} ${MONTH_NAMES[Number(me) - 1]} ${ye}`;
}
