/**
 * Weighs the evidence about a document's date. Each constraint scores a day +1 inside its
 * intervals and down to −1 outside; a day's score is the weighted sum. The days that score
 * within `TIE_MARGIN` of the best form the near-best region: one or more windows (a weekday
 * with a yearless date fits several years). The answer is the whole region — its hull is the
 * window the evidence allows — and never one guess among equally good ones: when the region
 * is wide, the date is unknown, and a rule asks whether a claim is wrong under *every*
 * plausible reading. Tie-breaking evidence (how news is usually written, `tieBreak`) is weighed
 * apart and only afterwards: among the near-best windows it keeps those it prefers, never
 * cutting one and never outweighing the text.
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
import { SAME_SCORE, ScoreFunction, scoreAt } from './score-function.js';
import type { NumericConstraint, Region } from './score-function.js';

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
  /**
   * The solution with some evidence left out (a claim's own): the score function loses only
   * those constraints' breakpoints, so this costs one pass, not a new sort.
   */
  leaveOut?(removed: readonly DateConstraint[]): Solution;
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
const EPSILON = SAME_SCORE;

export function solve(constraints: readonly DateConstraint[], now: IsoDate): Solution {
  const numeric = constraints.map(toNumeric);
  const first = dayNumber(EARLIEST_DAY);
  const today = dayNumber(now);
  const weighed = numeric.filter((c) => !c.source.tieBreak);
  const breakers = numeric.filter((c) => c.source.tieBreak);
  const tieBreak = { constraints: breakers, fn: ScoreFunction.of(breakers, first, today) };
  return solveNumeric(weighed, ScoreFunction.of(weighed, first, today), first, today, tieBreak);
}

/** Tie-breaking evidence (`DateConstraint.tieBreak`) with its own score function. */
interface TieBreak {
  constraints: NumericConstraint[];
  fn: ScoreFunction;
}

function solveNumeric(numeric: NumericConstraint[], fn: ScoreFunction, first: number, today: number, tieBreak: TieBreak): Solution {
  const all = [...numeric, ...tieBreak.constraints];
  if (!numeric.some((c) => !BACKGROUND_KINDS.has(c.source.kind))) {
    return { alternatives: [], verdicts: all.map((c) => ({ constraint: c.source, supports: true })), confidence: 0 };
  }
  const threshold = fn.max - TIE_MARGIN - EPSILON;
  // The near-best region by the evidence, then the windows of it that the tie-breakers prefer.
  const near = fn.regionsAbove(threshold);
  const nearHull = hullOf(near);
  const windows = preferred(near, tieBreak);
  windows.sort((a, b) => (Math.abs(b.score - a.score) > SAME_SCORE ? b.score - a.score : b.end - a.end));
  const [bestNumeric, ...rest] = windows;
  const hull = hullOf(windows);
  const verdicts = all.map((c) => ({ constraint: c.source, supports: windows.some((w) => holdsSomewhere(c, w.start, w.end)) }));
  const bestDay = fn.bestDayIn(bestNumeric.start, bestNumeric.end)!.day;
  const rival = runnerUp(fn, nearHull, first, today, []);
  // The confidence is how sure the text makes the near-best region against a rival half a year
  // or more away; a tie-breaker's choice within it neither adds to that nor takes from it.
  const toIso = (w: { start: number; end: number; score: number }): ScoredWindow => ({ start: fromDayNumber(w.start), end: fromDayNumber(w.end), score: round(w.score) });
  const solution: Solution = {
    best: toIso(bestNumeric),
    alternatives: rest.slice(0, MAX_LISTED_WINDOWS).map(toIso),
    hull: { start: fromDayNumber(hull.start), end: fromDayNumber(hull.end) },
    verdicts,
    confidence: confidenceOf(numeric.map((c) => contributionOf(c, bestDay, rival))),
  };
  solution.leaveOut = (removed) => {
    const left = new Set(removed);
    const gone = numeric.filter((c) => left.has(c.source));
    const kept = numeric.filter((c) => !left.has(c.source));
    const goneBreakers = tieBreak.constraints.filter((c) => left.has(c.source));
    if (gone.length === 0 && goneBreakers.length === 0) return solution;
    // Firm bounds that hold on every near-best day: every day they hold on loses their weight
    // alike, every other day gains at most twice it. When no other day gains enough, the
    // windows stay; only the runner-up and the confidence need looking at again.
    const firm = gone.every((c) => !c.source.softnessDays && c.starts.length === 1 && near.every((w) => c.starts[0] <= w.start && w.end <= c.ends[0]));
    const weight = gone.reduce((sum, c) => sum + c.source.weight, 0);
    if (goneBreakers.length === 0 && firm && bestOutside(fn, gone, first, today) + 2 * weight < threshold) {
      const newRival = runnerUp(fn, nearHull, first, today, gone);
      const keptVerdicts = verdicts.filter((v) => !left.has(v.constraint));
      return { ...solution, verdicts: keptVerdicts, confidence: confidenceOf(kept.map((c) => contributionOf(c, bestDay, newRival))), leaveOut: undefined };
    }
    const keptBreakers = tieBreak.constraints.filter((c) => !left.has(c.source));
    const newTieBreak = goneBreakers.length === 0 ? tieBreak : { constraints: keptBreakers, fn: tieBreak.fn.without(goneBreakers) };
    return solveNumeric(kept, gone.length === 0 ? fn : fn.without(gone), first, today, newTieBreak);
  };
  return solution;
}

/**
 * The near-best windows the tie-breakers score best (each window by its best day): they choose
 * among windows, never cut one, and when they prefer none, every window stays.
 */
function preferred(near: Region[], tieBreak: TieBreak): Region[] {
  if (tieBreak.constraints.length === 0 || near.length < 2) return [...near];
  const scores = near.map((w) => tieBreak.fn.bestDayIn(w.start, w.end)?.score ?? -Infinity);
  const top = Math.max(...scores);
  return near.filter((_, i) => scores[i] >= top - TIE_MARGIN - EPSILON);
}

function hullOf(windows: Region[]): { start: number; end: number } {
  return { start: Math.min(...windows.map((w) => w.start)), end: Math.max(...windows.map((w) => w.end)) };
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

/** The best score of a day outside one of the (single-interval) constraints. */
function bestOutside(fn: ScoreFunction, constraints: NumericConstraint[], first: number, last: number): number {
  const from = Math.max(...constraints.map((c) => c.starts[0]));
  const to = Math.min(...constraints.map((c) => c.ends[0]));
  return Math.max(fn.bestDayIn(first, from - 1)?.score ?? -Infinity, fn.bestDayIn(to + 1, last)?.score ?? -Infinity);
}

/**
 * The best day clearly apart from the window (half a year or more): the answer it must beat.
 * With `without`, firm single-interval evidence taken off the score: each range is cut at
 * their edges, where the score moves by their weight.
 */
function runnerUp(fn: ScoreFunction, hull: { start: number; end: number }, first: number, last: number, without: NumericConstraint[]): number | undefined {
  const ranges = [[first, hull.start - RIVAL_DISTANCE_DAYS], [hull.end + RIVAL_DISTANCE_DAYS, last]].filter(([a, b]) => a <= b);
  const edges = without.flatMap((c) => [c.starts[0], c.ends[0] + 1]);
  let best: { day: number; score: number } | undefined;
  for (const [from, to] of ranges) {
    const cuts = [from, ...edges.filter((e) => e > from && e <= to).sort((a, b) => a - b), to + 1];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const found = fn.bestDayIn(cuts[i], cuts[i + 1] - 1);
      if (!found) continue;
      const inside = (c: NumericConstraint) => c.starts[0] <= found.day && found.day <= c.ends[0];
      const score = found.score - without.reduce((sum, c) => sum + (inside(c) ? c.source.weight : -c.source.weight), 0);
      if (!best || score >= best.score - SAME_SCORE) best = { day: found.day, score: Math.max(score, best?.score ?? score) };
    }
  }
  return best?.day;
}

/**
 * How much a piece of evidence prefers the window to its runner-up (positive) or the
 * runner-up to the window (negative), in weight. Soft evidence counts as much as its score
 * differs.
 */
function contributionOf(c: NumericConstraint, best: number, rival: number | undefined): number {
  if (BACKGROUND_KINDS.has(c.source.kind)) return 0;
  return (c.source.weight * (scoreAt(c, best) - (rival === undefined ? -1 : scoreAt(c, rival)))) / 2;
}

/**
 * Confidence in the window: how much of the evidence's weight prefers it to its runner-up,
 * against how much prefers the runner-up, times how much evidence there is (a single weak
 * hint is not a date). "On 6 May" fits every year, so it cannot make the choice of a year
 * sure; an outlier that fits neither (a wrong title, a wrong summit) does not make the choice
 * less sure — it is what the checks flag.
 */
function confidenceOf(contributions: number[]): number {
  let support = 0;
  let against = 0;
  for (const difference of contributions) {
    if (difference > 0) support += difference;
    else against -= difference;
  }
  if (support === 0) return 0;
  const share = support / (support + against);
  const strength = Math.min(1, support / 0.8);
  return Math.round(share * strength * 100) / 100;
}
