/**
 * When a fact holds, from the time layer: a date written in the clause ("on July 23",
 * "today", "last month"), or — for a figure reported without a date — the days just before
 * the document's date. A value that rests on a document date the metadata does not give is
 * marked unreliable: a guessed date must not make two documents disagree.
 */
import type { DateMention, FactTime } from '../../analysis/mentions.js';
import type { ResolvedDate, TimeInfo } from '../../analysis/time.js';
import { addDays, isValidDay, isoOf, partsOf } from '../../base/calendar.js';
import type { IsoDate } from '../../base/calendar.js';

/** How far back "a report without a date" may reach from the document's date. */
export const REPORT_WINDOW_DAYS = 7;

/** Whether the document's date comes from its metadata (or `--date`), not from a guess. */
export function hasGivenDate(time: TimeInfo): boolean {
  return (time.documentDate.source === 'metadata' || time.documentDate.source === 'cli') && time.documentDate.granularity === 'day';
}

/** "Last week", "this week": loose enough to reach a few days into the weeks around. */
const LOOSE_WEEK_DAYS = 3;

export function factTimeOf(resolved: ResolvedDate, time: TimeInfo): FactTime {
  const loose = resolved.mention.relative?.unit === 'week' ? LOOSE_WEEK_DAYS : 0;
  return {
    start: loose ? addDays(resolved.start, -loose) : resolved.start,
    end: loose ? addDays(rangeEnd(resolved) ?? resolved.end, loose) : rangeEnd(resolved) ?? resolved.end,
    granularity: resolved.granularity,
    reliable: isReliable(resolved, time, 0),
    stated: statedParts(resolved.mention),
    basis: 'stated',
    ...(isRelative(resolved.mention) ? { relative: resolved.mention.text.trim().toLowerCase().replace(/[,.;:]+$/, '') } : {}),
  };
}

/** "August 22 to 25": the last day the range states, in the start's month and year unless it says otherwise. */
function rangeEnd(resolved: ResolvedDate): IsoDate | undefined {
  const end = resolved.mention.statedEnd;
  if (resolved.mention.kind !== 'range' || !end?.day) return undefined;
  const { year, month } = partsOf(resolved.start);
  const [y, m] = [end.year ?? year, end.month ?? month];
  if (!isValidDay(y, m, end.day)) return undefined;
  const iso = isoOf(y, m, end.day);
  return iso >= resolved.start ? iso : undefined;
}

function isRelative(mention: DateMention): boolean {
  return mention.kind === 'relative' || mention.kind === 'weekday';
}

function isReliable(resolved: ResolvedDate, time: TimeInfo, depth: number): boolean {
  if (resolved.approximate) return false;
  if (resolved.anchor === 'stated') return true;
  if (resolved.anchor === 'document') return hasGivenDate(time);
  const anchor = resolved.anchorIndex === undefined ? undefined : time.resolved.find((r) => r.index === resolved.anchorIndex);
  return anchor !== undefined && depth < 3 && isReliable(anchor, time, depth + 1);
}

/** A date the time layer could not place (no year, an undated document): only what the words state. */
export function unplacedTime(mention: DateMention): FactTime | undefined {
  const stated = statedParts(mention);
  if (stated.year === undefined && stated.month === undefined && stated.weekday === undefined) return undefined;
  return { granularity: mention.granularity, reliable: false, stated, basis: 'stated' };
}

/** What the words state: a weekday name states only the weekday, "November 25" no year. */
function statedParts(mention: DateMention): FactTime['stated'] {
  if (mention.kind === 'relative') return {};
  return { ...mention.stated };
}

/** The days up to the document's date, for a figure reported without a date. */
export function reportWindow(time: TimeInfo): FactTime | undefined {
  const date = time.documentDate.date;
  if (!date || !hasGivenDate(time)) return undefined;
  return { start: addDays(date, -REPORT_WINDOW_DAYS), end: date, granularity: 'day', reliable: true, stated: {}, basis: 'document' };
}

/** "Since 2013", in a document of a given date: the period from then to the document's date. */
export function sincePeriod(resolved: ResolvedDate, time: TimeInfo): FactTime | 'not-a-time' {
  const date = time.documentDate.date;
  if (!date || !hasGivenDate(time) || resolved.anchor !== 'stated') return 'not-a-time';
  return { start: resolved.start, end: date, granularity: 'day', reliable: true, stated: {}, basis: 'period' };
}
