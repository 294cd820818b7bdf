/**
 * The total score of the evidence as a function of the day, built once by a sweep. Each
 * constraint contributes −weight far away, +weight inside its intervals and, when soft, a
 * linear ramp between (−weight · distance / softness). All of that is piecewise linear, so
 * the sum is too: a list of segments, each with a value at its first day and a slope.
 */
import type { DateConstraint } from './constraints.js';

/** A constraint with its intervals as sorted, merged day numbers (days since 1970). */
export interface NumericConstraint {
  source: DateConstraint;
  starts: number[];
  ends: number[];
}

interface Breakpoint {
  day: number;
  /** Change of the value on this day. */
  jump: number;
  /** Change of the slope (per day) from this day on. */
  slope: number;
}

export interface ScoreFunction {
  /** The best score of any day. */
  max: number;
  /** The runs of days scoring at least `threshold`, in order. */
  regionsAbove(threshold: number): Array<{ start: number; end: number }>;
  /** The best score within [start, end]. */
  maxIn(start: number, end: number): number;
  /** The best-scoring day within [start, end] (the latest of equals), if the range is not empty. */
  bestDayIn(start: number, end: number): { day: number; score: number } | undefined;
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

/** The score of every day from `first` to `last` (day numbers). */
export function scoreFunction(constraints: readonly NumericConstraint[], first: number, last: number): ScoreFunction {
  let base = 0;
  const points: Breakpoint[] = [];
  for (const c of constraints) base += addBreakpoints(c, points);
  points.sort((a, b) => a.day - b.day);
  const segments = sweep(points, base, first, last);
  return {
    max: Math.max(...segments.map((s) => Math.max(s.value, valueAt(s, s.end)))),
    regionsAbove: (threshold) => regionsAbove(segments, threshold),
    maxIn: (start, end) => bestDayIn(segments, start, end)?.score ?? -Infinity,
    bestDayIn: (start, end) => bestDayIn(segments, start, end),
  };
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

function bestDayIn(segments: Segment[], start: number, end: number): { day: number; score: number } | undefined {
  let best: { day: number; score: number } | undefined;
  for (const s of segments) {
    if (s.end < start || s.start > end) continue;
    for (const day of [Math.max(s.start, start), Math.min(s.end, end)]) {
      const score = valueAt(s, day);
      if (!best || score >= best.score) best = { day, score };
    }
  }
  return best;
}

interface Segment {
  start: number;
  end: number;
  /** The value on `start`. */
  value: number;
  slope: number;
}

function valueAt(s: Segment, day: number): number {
  return s.value + s.slope * (day - s.start);
}

/** Values at each breakpoint and the day before it; between them the function is linear. */
function sweep(points: Breakpoint[], base: number, first: number, last: number): Segment[] {
  const sampleSet = new Set<number>([first, last]);
  for (const p of points) {
    if (p.day >= first && p.day <= last) sampleSet.add(p.day);
    if (p.day - 1 >= first && p.day - 1 <= last) sampleSet.add(p.day - 1);
  }
  const samples = [...sampleSet].sort((a, b) => a - b);
  let value = base;
  let slope = 0;
  let current = first;
  let next = 0;
  // Breakpoints before the first day still set where the ramps stand on it.
  while (next < points.length && points[next].day <= first) {
    const p = points[next++];
    value += p.jump + p.slope * (first - p.day);
    slope += p.slope;
  }
  const segments: Segment[] = [];
  for (let i = 0; i < samples.length; i++) {
    const day = samples[i];
    value += slope * (day - current);
    current = day;
    while (next < points.length && points[next].day <= day) {
      const p = points[next++];
      value += p.jump + p.slope * (day - p.day);
      slope += p.slope;
    }
    const end = i + 1 < samples.length ? samples[i + 1] - 1 : day;
    segments.push({ start: day, end, value, slope });
  }
  return segments;
}

function regionsAbove(segments: Segment[], threshold: number): Array<{ start: number; end: number }> {
  const regions: Array<{ start: number; end: number }> = [];
  for (const s of segments) {
    let from = s.start;
    let to = s.end;
    if (s.slope === 0) {
      if (s.value < threshold) continue;
    } else if (s.slope > 0) {
      from = Math.max(from, s.start + Math.ceil((threshold - s.value) / s.slope));
    } else {
      to = Math.min(to, s.start + Math.floor((threshold - s.value) / s.slope));
    }
    if (from > to) continue;
    const last = regions[regions.length - 1];
    if (last && from <= last.end + 1) last.end = Math.max(last.end, to);
    else regions.push({ start: from, end: to });
  }
  return regions;
}
