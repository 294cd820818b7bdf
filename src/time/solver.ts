/**
 * Picks the document's date from constraints: every interval edge of every constraint is a
 * candidate day; each candidate is scored by the weighted sum of the constraints' scores
 * (+1 inside, down to −1 outside); the best candidate wins, and the days around it that all
 * its supporting constraints allow form its window. Windows that score almost as well are
 * kept as alternatives, so that a rule can ask "is this date impossible under *every*
 * plausible reading?" rather than trusting one guess.
 */
import type { IsoDate } from '../extract/types.js';
import { dayNumber, maxIso, minIso } from './calendar.js';
import type { DayRange } from './calendar.js';
import { constraintScore } from './constraints.js';
import type { DateConstraint } from './constraints.js';

export interface ScoredWindow extends DayRange {
  score: number;
}

export interface Solution {
  /** The best window of days, or undefined when there is no evidence beyond the clock. */
  best?: ScoredWindow;
  /** Other windows scoring within `TIE_MARGIN` of the best (e.g. another year the weekday fits). */
  alternatives: ScoredWindow[];
  /** Each constraint, with whether it supports the best window. */
  verdicts: Array<{ constraint: DateConstraint; supports: boolean }>;
  confidence: number;
}

/** Windows within this much of the best score are treated as equally plausible. */
const TIE_MARGIN = 0.1;
/** Evidence that only bounds the date from one side (the clock, recency) does not date a document. */
const BACKGROUND_KINDS = new Set(['now', 'recency']);

export function solve(constraints: DateConstraint[], now: IsoDate): Solution {
  const informative = constraints.filter((c) => !BACKGROUND_KINDS.has(c.kind));
  if (informative.length === 0) return { alternatives: [], verdicts: constraints.map((c) => ({ constraint: c, supports: true })), confidence: 0 };
  const scored = candidateDays(constraints, now).map((day) => ({ day, score: scoreDay(constraints, day) }));
  scored.sort((a, b) => b.score - a.score || (a.day < b.day ? 1 : -1));
  const windows = distinctWindows(scored, constraints);
  const [best, ...rest] = windows;
  const alternatives = rest.filter((w) => w.score >= best.score - TIE_MARGIN);
  const verdicts = constraints.map((constraint) => ({ constraint, supports: constraintScore(constraint, best.start, distanceFrom(best.start)) > 0 }));
  return { best, alternatives, verdicts, confidence: confidenceOf(verdicts, alternatives.length) };
}

function candidateDays(constraints: DateConstraint[], now: IsoDate): IsoDate[] {
  const days = new Set<IsoDate>([now]);
  for (const c of constraints) {
    for (const r of c.intervals) {
      if (r.start <= now) days.add(r.start);
      if (r.end <= now) days.add(r.end);
    }
  }
  return [...days];
}

function scoreDay(constraints: DateConstraint[], day: IsoDate): number {
  const distance = distanceFrom(day);
  let total = 0;
  for (const c of constraints) total += c.weight * constraintScore(c, day, distance);
  return total;
}

function distanceFrom(day: IsoDate): (range: DayRange) => number {
  const n = dayNumber(day);
  return (range) => Math.max(dayNumber(range.start) - n, n - dayNumber(range.end), 0);
}

/** The window around a day: the intersection of the intervals that contain it. */
function windowAround(day: IsoDate, constraints: DateConstraint[]): DayRange {
  let start = '0001-01-01';
  let end = '9999-12-31';
  for (const c of constraints) {
    const containing = c.intervals.find((r) => r.start <= day && day <= r.end);
    if (!containing || c.softnessDays) continue;
    start = maxIso(start, containing.start);
    end = minIso(end, containing.end);
  }
  return { start, end };
}

function distinctWindows(scored: Array<{ day: IsoDate; score: number }>, constraints: DateConstraint[]): ScoredWindow[] {
  const windows: ScoredWindow[] = [];
  for (const { day, score } of scored) {
    if (windows.some((w) => w.start <= day && day <= w.end)) continue;
    windows.push({ ...windowAround(day, constraints), score });
    if (windows.length >= 12) break;
  }
  return windows;
}

/**
 * Confidence: the share of the evidence's weight that supports the answer, lowered when
 * other windows are as plausible (the weekday fits several years and nothing else decides).
 */
function confidenceOf(verdicts: Solution['verdicts'], ties: number): number {
  let support = 0;
  let against = 0;
  for (const { constraint, supports } of verdicts) {
    if (BACKGROUND_KINDS.has(constraint.kind)) continue;
    if (supports) support += constraint.weight;
    else against += constraint.weight;
  }
  if (support === 0) return 0;
  const share = support / (support + against);
  const strength = Math.min(1, support / 0.8);
  const tiePenalty = ties > 0 ? 0.7 : 1;
  return Math.round(share * strength * tiePenalty * 100) / 100;
}

export function latestOf(solution: Solution): IsoDate | undefined {
  if (!solution.best) return undefined;
  return [solution.best, ...solution.alternatives].reduce((latest, w) => maxIso(latest, w.end), solution.best.end);
}

export function earliestOf(solution: Solution): IsoDate | undefined {
  if (!solution.best) return undefined;
  return [solution.best, ...solution.alternatives].reduce((earliest, w) => minIso(earliest, w.start), solution.best.start);
}

