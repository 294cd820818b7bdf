/**
 * Evidence about when a document was written, as constraints over candidate days. Each
 * piece of evidence says which days it allows (intervals) and how much it counts (weight);
 * the solver (`solver.ts`) weighs them all.
 *
 * New kinds of evidence plug in without touching the solver: write a provider
 * `(ctx, now) => DateConstraint[]` and pass it to `createTimeAnalyzer` — the engine passes the
 * text's own evidence (`TEXT_EVIDENCE`) and the link layer's office holders and summits.
 *
 * Weights, roughly: a bound from one stated date 0.25–0.45; evidence that pins a window of
 * days (a weekday with its date, "two years ago, on 20 August 2018") 0.6; a URL 0.15–0.35;
 * the clock 1. No single hint should outweigh two others that agree.
 */
import type { Span } from '../load/document.js';
import type { AnalysisContext } from '../analysis/document.js';
import type { IsoDate } from '../analysis/mentions.js';
import type { DayRange } from '../base/calendar.js';
import { isValidDay, isoOf, yearOf } from '../base/calendar.js';

export const EARLIEST_DAY: IsoDate = '1900-01-01';
export const LATEST_DAY: IsoDate = '2199-12-31';

export interface DateConstraint {
  /** Machine name of the kind of evidence: 'reported-date', 'weekday-date', 'url-date', 'office-holder', … */
  kind: string;
  /** One sentence for `explain` and for rule messages, in plain words. */
  describe(): string;
  /** How much this evidence counts, 0–1. */
  weight: number;
  /** The days on which the document may have been written, according to this evidence. */
  intervals: DayRange[];
  /**
   * How quickly support fades outside the intervals, in days. Absent: evidence is firm, a
   * day outside counts fully against. URL dates are soft: a day far away counts more
   * against than a day nearby.
   */
  softnessDays?: number;
  /**
   * Evidence of how news is usually written ("a report follows soon after the latest event it
   * tells"), not of what this text says: it never outweighs the rest, it only chooses among
   * windows the rest finds equally good (the years in which a yearless date fits). When it
   * contradicts the rest, it is ignored.
   */
  tieBreak?: boolean;
  /** Where the evidence stands in the prose. */
  span?: Span;
  /** Other places that state the same evidence ("Prime Minister Brown" twice): left out with it. */
  alsoAt?: Span[];
  /** Evidence from the document's own URLs (not used against those URLs by `url-date`). */
  fromUrl?: boolean;
}

export type DateConstraintProvider = (ctx: AnalysisContext, now: IsoDate) => DateConstraint[];

/** Does the evidence stand (anywhere) inside `span`? A claim's own evidence is left out when it is checked. */
export function standsIn(constraint: DateConstraint, span: Span): boolean {
  const inside = (s: Span) => s.start < span.end && span.start < s.end;
  return (constraint.span !== undefined && inside(constraint.span)) || (constraint.alsoAt ?? []).some(inside);
}

/** Written on or after `day`. */
export function onOrAfter(day: IsoDate): DayRange[] {
  return [{ start: day, end: LATEST_DAY }];
}

/** Written on or before `day`. */
export function onOrBefore(day: IsoDate): DayRange[] {
  return [{ start: EARLIEST_DAY, end: day }];
}

/** The first and last candidate years for evidence that repeats every year (a date without its year). */
export function candidateYears(now: IsoDate): { first: number; last: number } {
  return { first: yearOf(EARLIEST_DAY), last: yearOf(now) + 1 };
}

/**
 * One window per year in which `month`/`day` exists (and `fits` it): a date without its year
 * allows every year, the rest of the evidence decides which.
 */
export function everyYear(month: number, day: number, now: IsoDate, window: (day: IsoDate) => DayRange, fits: (day: IsoDate) => boolean = () => true): DayRange[] {
  const { first, last } = candidateYears(now);
  const intervals: DayRange[] = [];
  for (let year = first; year <= last; year++) {
    if (!isValidDay(year, month, day)) continue;
    const iso = isoOf(year, month, day);
    if (fits(iso)) intervals.push(window(iso));
  }
  return intervals;
}

/** Merges constraints that say the same thing (the same kind over the same days), keeping every place it is said. */
export function mergeSame(constraints: DateConstraint[]): DateConstraint[] {
  const byKey = new Map<string, DateConstraint>();
  for (const c of constraints) {
    const key = `${c.kind}|${c.intervals.map((r) => `${r.start}/${r.end}`).join(',')}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, c);
    else if (c.span) {
      const kept = c.weight > seen.weight ? { ...c, alsoAt: [...(c.alsoAt ?? []), ...(seen.span ? [seen.span] : []), ...(seen.alsoAt ?? [])] } : { ...seen, alsoAt: [...(seen.alsoAt ?? []), c.span, ...(c.alsoAt ?? [])] };
      byKey.set(key, kept);
    }
  }
  return [...byKey.values()];
}
