/**
 * Evidence about when a document was written, as constraints over candidate days. Each
 * piece of evidence says which days it allows (intervals) and how much it counts (weight);
 * the solver (`solver.ts`) scores every candidate day against all of them.
 *
 * New kinds of evidence plug in without touching the solver: write a provider
 * `(ctx, now) => DateConstraint[]` and pass it to `createTimeAnalyzer` — the engine passes the
 * text's own evidence (`TEXT_EVIDENCE`) and the link layer's office holders ("Prime Minister
 * Shinzo Abe" → 2006-09-26…2007-09-26 or 2012-12-26…2020-09-16).
 */
import type { Span } from '../load/document.js';
import type { AnalysisContext } from '../analysis/document.js';
import type { IsoDate } from '../analysis/mentions.js';
import type { DayRange } from '../base/calendar.js';

export const EARLIEST_DAY: IsoDate = '1900-01-01';
export const LATEST_DAY: IsoDate = '2199-12-31';

export interface DateConstraint {
  /** Machine name of the kind of evidence: 'explicit-date', 'weekday', 'url-date', 'office-holder', … */
  kind: string;
  /** One sentence for `explain` and for rule messages, in plain words. */
  describe(): string;
  /** How much this evidence counts, 0–1 (a full date in the text ≈ 0.5–0.8, a URL ≈ 0.15–0.35). */
  weight: number;
  /** The days on which the document may have been written, according to this evidence. */
  intervals: DayRange[];
  /**
   * How quickly support fades outside the intervals, in days. Absent: evidence is firm, a
   * day outside counts fully against. URL dates are soft: a day far away counts more
   * against than a day nearby.
   */
  softnessDays?: number;
  /** Where the evidence stands in the prose. */
  span?: Span;
  /** Evidence from the document's own URLs (not used against those URLs by `url-date`). */
  fromUrl?: boolean;
  /**
   * The evidence only bounds the date on one side ("written after X first took office", "not
   * after today"): bounds alone narrow the window but name no day.
   */
  bound?: 'lower' | 'upper';
}

export type DateConstraintProvider = (ctx: AnalysisContext, now: IsoDate) => DateConstraint[];

/** How a constraint scores a candidate day: +1 inside, down to −1 outside. */
export function constraintScore(constraint: DateConstraint, day: IsoDate, distance: (range: DayRange) => number): number {
  let nearest = Infinity;
  for (const range of constraint.intervals) {
    if (range.start <= day && day <= range.end) return 1;
    nearest = Math.min(nearest, distance(range));
  }
  if (!constraint.softnessDays) return -1;
  return -Math.min(1, nearest / constraint.softnessDays);
}
