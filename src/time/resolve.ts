/**
 * Resolution: what each date mention means as days, given the document's date. A yearless
 * day is put in the year that places it on or before the document date when the sentence
 * reports the past (chrono's "within six months of the reference" guess is wrong for news),
 * on or after it when the sentence looks ahead. Relative expressions count from the
 * document date, or from a date the text has just set ("a week before the January 22 summit").
 */
import type { DateMention, IsoDate } from '../analysis/mentions.js';
import type { Document } from '../load/document.js';
import {
  addDays, addMonths, addYears, dayNumber, granularityOfRange, isValidDay, isoOf, partsOf, rangeOfParts, weekdayOf, yearOf,
} from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { statedRange } from '../analysis/date-values.js';
import { isFutureReport } from '../extract/tense.js';
import type { ResolvedDate } from '../analysis/time.js';
import type { DateTense } from '../analysis/mentions.js';

export type { ResolvedDate };

/** The document's date as a window of days (one day when metadata gives it). */
export type DocumentWindow = DayRange | undefined;

export function resolveAll(doc: Document, mentions: DateMention[], window: DocumentWindow): ResolvedDate[] {
  const resolved: ResolvedDate[] = [];
  const byIndex = new Map<number, ResolvedDate>();
  const order = resolutionOrder(mentions);
  for (const index of order) {
    const value = resolveOne(doc, mentions, index, window, byIndex);
    if (value) byIndex.set(index, value);
  }
  for (let i = 0; i < mentions.length; i++) {
    const value = byIndex.get(i);
    if (value) resolved.push(value);
  }
  return resolved;
}

/** Mentions anchored on a later mention ("a week before the January 22 summit") go last. */
function resolutionOrder(mentions: DateMention[]): number[] {
  const indexes = mentions.map((_, i) => i);
  return [...indexes.filter((i) => mentions[i].anchor !== 'mention'), ...indexes.filter((i) => mentions[i].anchor === 'mention')];
}

function resolveOne(doc: Document, mentions: DateMention[], index: number, window: DocumentWindow, done: Map<number, ResolvedDate>): ResolvedDate | undefined {
  const mention = mentions[index];
  const base = { index, mention, approximate: Boolean(mention.relative?.approximate) };
  const stated = statedRange(mention);
  if (stated) return { ...base, ...stated, granularity: mention.granularity, anchor: 'stated' };
  if (mention.kind === 'relative' && mention.relative) {
    if (mention.anchor === 'mention') return resolveFromMention(mentions, index, done, base);
    return window ? resolveFromDocument(mention, window, base) : undefined;
  }
  if (!window) return undefined;
  const tense = mention.tense ?? 'unclear';
  if (mention.stated.month !== undefined) return resolveYearless(mention, window, tense, base);
  const future = tense === 'future' || (tense === 'unclear' && isFutureReport(doc.sentences[mention.sentence]?.text ?? ''));
  if (mention.stated.weekday !== undefined) return resolveWeekday(mention.stated.weekday, window, future, base);
  return undefined;
}

type Base = Pick<ResolvedDate, 'index' | 'mention' | 'approximate'>;

/**
 * Only when the document's year is known: otherwise the year of "On 6 May" is a guess. A
 * date told as past lies on or before the document's date, a plan on or after it, and a date
 * whose clause says neither ("effective next Wednesday, July 31" after "announced") in the
 * year that puts it nearest.
 */
function resolveYearless(mention: DateMention, window: DayRange, tense: DateTense, base: Base): ResolvedDate | undefined {
  if (dayNumber(window.end) - dayNumber(window.start) > 366) return undefined;
  const { month, day } = mention.stated as { month: number; day?: number };
  const candidates = [-1, 0, 1].map((shift) => yearOf(window.start) + shift).filter((y) => day === undefined || isValidDay(y, month, day));
  const ranges = candidates.map((y) => rangeOfParts(y, month, day));
  const fits = ranges.filter((r) => (tense === 'past' ? r.start <= window.end : tense === 'future' ? r.end >= window.start : true));
  const distance = (r: DayRange) => Math.max(0, dayNumber(window.start) - dayNumber(r.end), dayNumber(r.start) - dayNumber(window.end));
  // The past: the latest that fits; a plan: the earliest; otherwise the nearest.
  const chosen = tense === 'past' ? fits[fits.length - 1] : tense === 'future' ? fits[0] : [...fits].sort((a, b) => distance(a) - distance(b))[0];
  if (!chosen) return undefined;
  return { ...base, ...chosen, granularity: mention.granularity, anchor: 'document' };
}

/** A bare weekday resolves only when the document date is known to the week. */
function resolveWeekday(weekday: number, window: DayRange, future: boolean, base: Base): ResolvedDate | undefined {
  if (dayNumber(window.end) - dayNumber(window.start) > 6) return undefined;
  const reference = future ? window.start : window.end;
  const shift = future ? (weekday - weekdayOf(reference) + 7) % 7 : -((weekdayOf(reference) - weekday + 7) % 7);
  const day = addDays(reference, shift);
  return { ...base, start: day, end: day, granularity: 'day', anchor: 'document' };
}

function resolveFromDocument(mention: DateMention, window: DayRange, base: Base): ResolvedDate | undefined {
  const { unit, amount } = mention.relative!;
  if (mention.stated.weekday !== undefined) {
    const week = shift(window, 'week', amount);
    return resolveWeekday(mention.stated.weekday, week, amount > 0, base);
  }
  // "last year" is a calendar year; "twenty years ago" counts back from the day of writing.
  const shifted = shift(window, unit, amount);
  const range = /\bago$/i.test(mention.text) ? shifted : widen(shifted, unit);
  const bounded = mention.bound === 'more-than' ? { start: '0001-01-01', end: range.end } : range;
  return { ...base, ...bounded, granularity: granularityOfRange(range), anchor: 'document' };
}

function resolveFromMention(mentions: DateMention[], index: number, done: Map<number, ResolvedDate>, base: Base): ResolvedDate | undefined {
  const mention = mentions[index];
  const anchorIndex = findAnchor(mentions, index, done);
  if (anchorIndex === undefined) return undefined;
  const anchor = done.get(anchorIndex)!;
  const range = shift(anchor, mention.relative!.unit, mention.relative!.amount);
  return { ...base, ...range, granularity: anchor.granularity, anchor: 'mention', anchorIndex, approximate: true };
}

/** "a week before the January 22 summit" → the date after it in the sentence; "the following day" → the last date before it. */
function findAnchor(mentions: DateMention[], index: number, done: Map<number, ResolvedDate>): number | undefined {
  const mention = mentions[index];
  if (mention.anchorFollows) {
    const next = index + 1;
    return next < mentions.length && mentions[next].sentence === mention.sentence && done.has(next) ? next : undefined;
  }
  for (let i = index - 1; i >= 0; i--) {
    if (mention.sentence - mentions[i].sentence > 3) return undefined;
    if (done.has(i) && done.get(i)!.granularity === 'day') return i;
  }
  return undefined;
}

function shift(range: DayRange, unit: NonNullable<DateMention['relative']>['unit'], amount: number): DayRange {
  const move = (d: IsoDate) => {
    switch (unit) {
      case 'day': return addDays(d, amount);
      case 'week': return addDays(d, amount * 7);
      case 'month': return addMonths(d, amount);
      case 'year': return addYears(d, amount);
      case 'decade': return addYears(d, amount * 10);
    }
  };
  return { start: move(range.start), end: move(range.end) };
}

/** "last year" means the whole calendar year, "last month" the whole month. */
function widen(range: DayRange, unit: NonNullable<DateMention['relative']>['unit']): DayRange {
  const a = partsOf(range.start);
  const b = partsOf(range.end);
  if (unit === 'year') return { start: isoOf(a.year, 1, 1), end: isoOf(b.year, 12, 31) };
  if (unit === 'month') return { start: rangeOfParts(a.year, a.month).start, end: rangeOfParts(b.year, b.month).end };
  return range;
}
