/**
 * Picks the document's date from constraints: every interval edge of every constraint is a
 * candidate day; each candidate is scored by the weighted sum of the constraints' scores
 * (+1 inside, down to −1 outside); the best candidate wins, and the days around it that all
 * its supporting constraints allow form its window. Windows that score almost as well are
 * kept as alternatives, so that a rule can ask "is this date impossible under *every*
 * plausible reading?" rather than trusting one guess.
 *
 * Days are integers here (days since 1970) and each constraint's intervals are sorted once,
 * so scoring a candidate is a binary search per constraint: a "yearless date" constraint
 * has one interval per year since 1900, and string dates made this the slowest step.
 */
import type { IsoDate } from '../analysis/mentions.js';
import { dayNumber, fromDayNumber, maxIso, minIso } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
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
const MAX_WINDOWS = 12;

/** A constraint with its intervals as sorted, merged day numbers. */
interface NumericConstraint {
  source: DateConstraint;
  starts: number[];
  ends: number[];
}

export function solve(constraints: DateConstraint[], now: IsoDate): Solution {
  const informative = constraints.filter((c) => !BACKGROUND_KINDS.has(c.kind));
  if (informative.length === 0) return { alternatives: [], verdicts: constraints.map((c) => ({ constraint: c, supports: true })), confidence: 0 };
  const numeric = constraints.map(toNumeric);
  const today = dayNumber(now);
  const scored = candidateDays(numeric, today).map((day) => ({ day, score: scoreDay(numeric, day) }));
  scored.sort((a, b) => b.score - a.score || b.day - a.day);
  const windows = distinctWindows(scored, numeric);
  const [best, ...rest] = windows;
  const alternatives = rest.filter((w) => w.score >= best.score - TIE_MARGIN);
  const bestDay = dayNumber(best.start);
  const verdicts = numeric.map((c) => ({ constraint: c.source, supports: scoreOf(c, bestDay) > 0 }));
  return { best, alternatives, verdicts, confidence: confidenceOf(verdicts, alternatives.length) };
}

function toNumeric(constraint: DateConstraint): NumericConstraint {
  const ranges = constraint.intervals.map((r) => [dayNumber(r.start), dayNumber(r.end)]).sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of ranges) {
    if (ends.length > 0 && start <= ends[ends.length - 1] + 1) ends[ends.length - 1] = Math.max(ends[ends.length - 1], end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { source: constraint, starts, ends };
}

/** Index of the last interval starting on or before `day`, or −1. */
function lastStartingBy(c: NumericConstraint, day: number): number {
  let lo = 0;
  let hi = c.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c.starts[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** +1 inside an interval; outside, −1 for firm evidence, or less when the evidence is soft and near. */
function scoreOf(c: NumericConstraint, day: number): number {
  const i = lastStartingBy(c, day);
  if (i >= 0 && day <= c.ends[i]) return 1;
  const softness = c.source.softnessDays;
  if (!softness) return -1;
  const before = i >= 0 ? day - c.ends[i] : Infinity;
  const after = i + 1 < c.starts.length ? c.starts[i + 1] - day : Infinity;
  return -Math.min(1, Math.min(before, after) / softness);
}

function candidateDays(constraints: NumericConstraint[], today: number): number[] {
  const days = new Set<number>([today]);
  for (const c of constraints) {
    for (let i = 0; i < c.starts.length; i++) {
      if (c.starts[i] <= today) days.add(c.starts[i]);
      if (c.ends[i] <= today) days.add(c.ends[i]);
    }
  }
  return [...days];
}

function scoreDay(constraints: NumericConstraint[], day: number): number {
  let total = 0;
  for (const c of constraints) total += c.source.weight * scoreOf(c, day);
  return total;
}

/** The window around a day: the intersection of the firm intervals that contain it. */
function windowAround(day: number, constraints: NumericConstraint[]): { start: number; end: number } {
  let start = -Infinity;
  let end = Infinity;
  for (const c of constraints) {
    if (c.source.softnessDays) continue;
    const i = lastStartingBy(c, day);
    if (i < 0 || day > c.ends[i]) continue;
    start = Math.max(start, c.starts[i]);
    end = Math.min(end, c.ends[i]);
  }
  return { start, end };
}

function distinctWindows(scored: Array<{ day: number; score: number }>, constraints: NumericConstraint[]): ScoredWindow[] {
  const windows: Array<{ start: number; end: number; score: number }> = [];
  for (const { day, score } of scored) {
    if (windows.some((w) => w.start <= day && day <= w.end)) continue;
    windows.push({ ...windowAround(day, constraints), score });
    if (windows.length >= MAX_WINDOWS) break;
  }
  return windows.map((w) => ({
    start: Number.isFinite(w.start) ? fromDayNumber(w.start) : '0001-01-01',
    end: Number.isFinite(w.end) ? fromDayNumber(w.end) : '9999-12-31',
    score: w.score,
  }));
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
