/**
 * The total score of the evidence as a function of the day, built once by a sweep. Each
 * constraint contributes −weight far away, +weight inside its intervals and, when soft, a
 * linear ramp between (−weight · distance / softness). All of that is piecewise linear, so
 * the sum is too: a list of segments, each with a value at its first day and a slope.
 * Leaving evidence out (a claim's own) subtracts its few breakpoints in one pass over the
 * segments, without sorting everything again.
 */
import type { DateConstraint } from './constraints.js';

/** A constraint with its intervals as sorted, merged day numbers (days since 1970). */
export interface NumericConstraint {
  source: DateConstraint;
  starts: number[];
  ends: number[];
}

/** Scores closer than this are the same score. */
export const SAME_SCORE = 1e-9;

interface Breakpoint {
  day: number;
  /** Change of the value on this day. */
  jump: number;
  /** Change of the slope (per day) from this day on. */
  slope: number;
}

interface Segment {
  start: number;
  end: number;
  /** The value on `start`. */
  value: number;
  slope: number;
}

export interface Region {
  start: number;
  end: number;
  /** The best score in the region. */
  score: number;
}

export class ScoreFunction {
  /** The best score of any day. */
  readonly max: number;

  private readonly segments: Segment[];

  private constructor(segments: Segment[]) {
    this.segments = compact(segments);
    this.max = Math.max(...segments.map((s) => Math.max(s.value, valueAt(s, s.end))));
  }

  /** The score of every day from `first` to `last` (day numbers). */
  static of(constraints: readonly NumericConstraint[], first: number, last: number): ScoreFunction {
    const { base, points } = breakpointsOf(constraints);
    return new ScoreFunction(sweep(points, base, first, last));
  }

  /** The same function without some of its constraints. */
  without(removed: readonly NumericConstraint[]): ScoreFunction {
    return new ScoreFunction(subtract(this.segments, removed));
  }

  /** The runs of days scoring at least `threshold`, in order, each with its best score. */
  regionsAbove(threshold: number): Region[] {
    const regions: Region[] = [];
    for (const s of this.segments) {
      let from = s.start;
      let to = s.end;
      if (s.slope === 0) {
        if (s.value < threshold) continue;
      } else if (s.slope > 0) from = Math.max(from, s.start + Math.ceil((threshold - s.value) / s.slope));
      else to = Math.min(to, s.start + Math.floor((threshold - s.value) / s.slope));
      if (from > to) continue;
      const score = Math.max(valueAt(s, from), valueAt(s, to));
      const last = regions[regions.length - 1];
      if (last && from <= last.end + 1) {
        last.end = Math.max(last.end, to);
        last.score = Math.max(last.score, score);
      } else regions.push({ start: from, end: to, score });
    }
    return regions;
  }

  /** The best-scoring day within [start, end] (the latest of equals), if the range is not empty. */
  bestDayIn(start: number, end: number): { day: number; score: number } | undefined {
    let bestDay = NaN;
    let bestScore = -Infinity;
    for (const s of this.segments) {
      if (s.end < start || s.start > end) continue;
      const from = Math.max(s.start, start);
      const to = Math.min(s.end, end);
      const atFrom = valueAt(s, from);
      const atTo = valueAt(s, to);
      // Equal within rounding: the later day (sums of weights are not exact in floating point).
      if (atFrom >= bestScore - SAME_SCORE) [bestDay, bestScore] = [from, Math.max(atFrom, bestScore)];
      if (atTo >= bestScore - SAME_SCORE) [bestDay, bestScore] = [to, Math.max(atTo, bestScore)];
    }
    return Number.isNaN(bestDay) ? undefined : { day: bestDay, score: bestScore };
  }
}

/** One constraint's score on one day: +1 inside, −1 far outside, in between when soft and near. */
export function scoreAt(c: NumericConstraint, day: number): number {
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
  if (found >= 0 && day <= c.ends[found]) return 1;
  const softness = c.source.softnessDays;
  if (!softness) return -1;
  const after = found >= 0 ? day - c.ends[found] : Infinity;
  const before = found + 1 < c.starts.length ? c.starts[found + 1] - day : Infinity;
  return -Math.min(1, Math.min(after, before) / softness);
}

function breakpointsOf(constraints: readonly NumericConstraint[]): { base: number; points: Breakpoint[] } {
  let base = 0;
  const points: Breakpoint[] = [];
  for (const c of constraints) base += addBreakpoints(c, points);
  points.sort((a, b) => a.day - b.day);
  return { base, points };
}

/** Adds a constraint's breakpoints; returns its value far from every interval. */
function addBreakpoints(c: NumericConstraint, out: Breakpoint[]): number {
  const w = c.source.weight;
  const k = c.source.softnessDays ? Math.max(1, Math.round(c.source.softnessDays)) : 0;
  const n = c.starts.length;
  if (n === 0) return -w;
  if (!k) {
    for (let i = 0; i < n; i++) out.push({ day: c.starts[i], jump: 2 * w, slope: 0 }, { day: c.ends[i] + 1, jump: -2 * w, slope: 0 });
    return -w;
  }
  const r = w / k;
  // Rising towards the first interval, inside it, then falling away from it; between two
  // intervals the distance is to the nearer one (a tent when the gap is short).
  out.push({ day: c.starts[0] - k, jump: 0, slope: r }, { day: c.starts[0], jump: w, slope: -r });
  for (let i = 0; i < n; i++) {
    const end = c.ends[i];
    out.push({ day: end + 1, jump: -w - r, slope: -r });
    if (i + 1 === n) {
      out.push({ day: end + k, jump: 0, slope: r });
      break;
    }
    const next = c.starts[i + 1];
    const turn = Math.floor((end + next) / 2);
    if (turn - end >= k) out.push({ day: end + k, jump: 0, slope: r }, { day: next - k, jump: 0, slope: r });
    else out.push({ day: turn + 1, jump: r * (turn + 1 - end - (next - turn - 1)), slope: 2 * r });
    out.push({ day: next, jump: w, slope: -r });
  }
  return -w;
}

/** Joins neighbouring segments that continue one another (same slope, no jump). */
function compact(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.slope === s.slope && Math.abs(valueAt(last, s.start) - s.value) < 1e-12) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

function valueAt(s: Segment, day: number): number {
  return s.value + s.slope * (day - s.start);
}

/** The days where the function may bend: each breakpoint and the day before it, within [first, last]. */
function cutsOf(points: Breakpoint[], first: number, last: number): number[] {
  const cuts: number[] = [];
  for (const p of points) {
    if (p.day - 1 >= first && p.day - 1 <= last) cuts.push(p.day - 1);
    if (p.day >= first && p.day <= last) cuts.push(p.day);
  }
  return cuts;
}

/** Merges sorted day lists into one sorted list without repeats. */
function mergeDays(a: number[], b: number[]): number[] {
  const sortedB = [...b].sort((x, y) => x - y);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < sortedB.length) {
    const next = j >= sortedB.length || (i < a.length && a[i] <= sortedB[j]) ? a[i++] : sortedB[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** Walks breakpoints over the given days: the function's value and slope on each. */
class Walker {
  private value: number;
  private slope = 0;
  private current: number;
  private next = 0;

  constructor(
    private readonly points: Breakpoint[],
    base: number,
    first: number,
  ) {
    this.value = base;
    this.current = first;
    // Breakpoints before the first day still set where the ramps stand on it.
    this.advance(first);
  }

  /** Value and slope on `day` (days must come in order). */
  at(day: number): { value: number; slope: number } {
    this.value += this.slope * (day - this.current);
    this.current = day;
    this.advance(day);
    return { value: this.value, slope: this.slope };
  }

  private advance(day: number): void {
    while (this.next < this.points.length && this.points[this.next].day <= day) {
      const p = this.points[this.next++];
      this.value += p.jump + p.slope * (day - p.day);
      this.slope += p.slope;
    }
  }
}

/** Values at each breakpoint and the day before it; between them the function is linear. */
function sweep(points: Breakpoint[], base: number, first: number, last: number): Segment[] {
  const days = mergeDays([first, last], cutsOf(points, first, last));
  const walker = new Walker(points, base, first);
  return days.map((day, i) => ({ start: day, end: i + 1 < days.length ? days[i + 1] - 1 : day, ...walker.at(day) }));
}

/** The segments minus some constraints' contributions: one pass, sorting only their breakpoints. */
function subtract(segments: Segment[], removed: readonly NumericConstraint[]): Segment[] {
  const { base, points } = breakpointsOf(removed);
  const first = segments[0].start;
  const last = segments[segments.length - 1].end;
  const starts = new Array<number>(segments.length);
  for (let i = 0; i < segments.length; i++) starts[i] = segments[i].start;
  const days = mergeDays(starts, cutsOf(points, first, last));
  const walker = new Walker(points, base, first);
  const out = new Array<Segment>(days.length);
  let j = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    while (j + 1 < segments.length && segments[j + 1].start <= day) j++;
    const taken = walker.at(day);
    out[i] = { start: day, end: i + 1 < days.length ? days[i + 1] - 1 : last, value: valueAt(segments[j], day) - taken.value, slope: segments[j].slope - taken.slope };
  }
  return out;
}
