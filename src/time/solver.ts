/**
 * Weighs the evidence about a document's date. Each constraint scores a day +1 inside its
 * intervals and down to −1 outside; a day's score is the weighted sum. The days that score
 * within `TIE_MARGIN` of the best form the near-best region: one or more windows (a weekday
 * with a yearless date fits several years). The answer is the whole region — its hull is the
 * window the evidence allows — and never one guess among equally good ones: when the region
 * is wide, the date is unknown, and a rule asks whether a claim is wrong under *every*
 * plausible reading.
 *
 * Cost: each constraint becomes a few breakpoints of a piecewise-linear function (a jump at
 * each interval edge, ramps for soft evidence), and one sweep over the sorted breakpoints
 * scores every candidate day, so the work is O(E log E) for E interval edges, however many
 * constraints a huge document has.
 */
import type { IsoDate } from '../analysis/mentions.js';
import { dayNumber, fromDayNumber } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { EARLIEST_DAY } from './constraints.js';
import type { DateConstraint } from './constraints.js';
import { scoreAt, scoreFunction } from './score-function.js';
import type { NumericConstraint, ScoreFunction } from './score-function.js';

export interface ScoredWindow extends DayRange {
  score: number;
}

export interface Solution {
  /** The near-best window holding the best-scoring day, or undefined when nothing but the clock dates the text. */
  best?: ScoredWindow;
  /** The other near-best windows (e.g. other years in which the weekday fits), best first. */
  alternatives: ScoredWindow[];
  /** From the first near-best day to the last: the window the evidence allows. */
  hull?: DayRange;
  /** Each constraint, with whether it holds somewhere in the near-best region. */
  verdicts: Array<{ constraint: DateConstraint; supports: boolean }>;
  confidence: number;
}

/** Days scoring within this much of the best are as plausible as the best. */
const TIE_MARGIN = 0.1;
/** Evidence that only bounds the date by the clock does not date a document. */
const BACKGROUND_KINDS = new Set(['now']);
/** A rival answer lies half a year or more from the window: the checks care most which year it is. */
const RIVAL_DISTANCE_DAYS = 183;
/** How many alternative windows a solution lists (the hull covers them all). */
const MAX_LISTED_WINDOWS = 12;
/** Scores within this of each other are equal (floating-point sums). */
const EPSILON = 1e-9;

export function solve(constraints: readonly DateConstraint[], now: IsoDate): Solution {
  const informative = constraints.filter((c) => !BACKGROUND_KINDS.has(c.kind));
  if (informative.length === 0) return { alternatives: [], verdicts: constraints.map((c) => ({ constraint: c, supports: true })), confidence: 0 };
  const numeric = constraints.map(toNumeric);
  const first = dayNumber(EARLIEST_DAY);
  const today = dayNumber(now);
  const fn = scoreFunction(numeric, first, today);
  const threshold = fn.max - TIE_MARGIN;
  const windows = fn.regionsAbove(threshold - EPSILON).map((r) => ({ ...r, score: fn.maxIn(r.start, r.end) }));
  windows.sort((a, b) => b.score - a.score || b.end - a.end);
  const [bestNumeric, ...rest] = windows;
  const hull = { start: Math.min(...windows.map((w) => w.start)), end: Math.max(...windows.map((w) => w.end)) };
  const verdicts = numeric.map((c) => ({ constraint: c.source, supports: windows.some((w) => holdsSomewhere(c, w.start, w.end)) }));
  const bestDay = fn.bestDayIn(bestNumeric.start, bestNumeric.end)!.day;
  const rival = runnerUp(fn, hull, first, today);
  const toIso = (w: { start: number; end: number; score: number }): ScoredWindow => ({ start: fromDayNumber(w.start), end: fromDayNumber(w.end), score: round(w.score) });
  return {
    best: toIso(bestNumeric),
    alternatives: rest.slice(0, MAX_LISTED_WINDOWS).map(toIso),
    hull: { start: fromDayNumber(hull.start), end: fromDayNumber(hull.end) },
    verdicts,
    confidence: confidenceOf(numeric, bestDay, rival),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function toNumeric(constraint: DateConstraint): NumericConstraint {
  const ranges = constraint.intervals.map((r) => [dayNumber(r.start), dayNumber(r.end)]).sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of ranges) {
    if (end < start) continue;
    if (ends.length > 0 && start <= ends[ends.length - 1] + 1) ends[ends.length - 1] = Math.max(ends[ends.length - 1], end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { source: constraint, starts, ends };
}

/** Does one of the constraint's intervals meet [from, to]? */
function holdsSomewhere(c: NumericConstraint, from: number, to: number): boolean {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c.ends[mid] < from) lo = mid + 1;
    else if (c.starts[mid] > to) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The best day clearly apart from the window (a month away or more): the answer it must beat. */
function runnerUp(fn: ScoreFunction, hull: { start: number; end: number }, first: number, last: number): number | undefined {
  const candidates = [fn.bestDayIn(first, hull.start - RIVAL_DISTANCE_DAYS), fn.bestDayIn(hull.end + RIVAL_DISTANCE_DAYS, last)].filter((c) => c !== undefined);
  return candidates.sort((a, b) => b.score - a.score)[0]?.day;
}

/**
 * Confidence in the window: how much of the evidence's weight prefers it to its runner-up,
 * against how much prefers the runner-up, times how much evidence there is (a single weak
 * hint is not a date). "On 6 May" fits every year, so it cannot make the choice of a year
 * sure; an outlier that fits neither (a wrong title, a wrong summit) does not make the choice
 * less sure — it is what the checks flag. Soft evidence counts as much as its score differs.
 */
function confidenceOf(constraints: NumericConstraint[], best: number, rival: number | undefined): number {
  let support = 0;
  let against = 0;
  for (const c of constraints) {
    if (BACKGROUND_KINDS.has(c.source.kind)) continue;
    const difference = (c.source.weight * (scoreAt(c, best) - (rival === undefined ? -1 : scoreAt(c, rival)))) / 2;
    if (difference > 0) support += difference;
    else against -= difference;
  }
  if (support === 0) return 0;
  const share = support / (support + against);
  const strength = Math.min(1, support / 0.8);
  return Math.round(share * strength * 100) / 100;
}
