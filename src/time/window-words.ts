/**
 * How a window of days is told to an editor, and when it is narrow enough to name one day.
 */
import type { IsoDate } from '../analysis/mentions.js';
import type { DateSource } from '../analysis/time.js';
import { addDays, dayNumber, formatDay, formatRange } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import type { Solution } from './solver.js';

/**
 * A window this wide or narrower names its middle day as the article's date: every day of
 * it is then within a month of that day ("right to the month").
 */
export const PINNED_WIDTH_DAYS = 62;
/** Below this confidence the window is given but no single day. */
export const PINNED_MIN_CONFIDENCE = 0.35;

/** The middle of a narrow, sure enough window; null otherwise. */
export function pinnedDay(window: DayRange, confidence: number): IsoDate | null {
  const width = dayNumber(window.end) - dayNumber(window.start);
  if (width > PINNED_WIDTH_DAYS || confidence < PINNED_MIN_CONFIDENCE) return null;
  return addDays(window.start, Math.floor(width / 2));
}

/** "the article is dated 5 March 2021", "its text dates it to 3–20 March 2021", "… places it between 2005 and 2007". */
export function describeWindow(window: DayRange, source: Exclude<DateSource, 'none'>, pinned: boolean, now?: IsoDate): string {
  if (source !== 'inferred') return `the article is dated ${formatRange(window)}`;
  if (pinned) return `the article's text dates it to ${formatRange(window)}`;
  if (now !== undefined && window.end >= now) return `the article's text places it on or after ${formatDay(window.start)}`;
  return `the article's text places it between ${formatDay(window.start)} and ${formatDay(window.end)}`;
}

/** The heaviest evidence that agrees with the window, in words. */
export function strongestReason(solution: Solution): string | undefined {
  return solution.verdicts
    .filter((v) => v.supports && v.constraint.kind !== 'now')
    .sort((a, b) => b.constraint.weight - a.constraint.weight)[0]?.constraint.describe();
}
