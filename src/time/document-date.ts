/**
 * The `time` analyzer: when the document was written (from metadata or `--date`, otherwise
 * inferred from the text) with its confidence and evidence, and every date mention resolved
 * against it. Rules read it with `context.document.get('time')`.
 */
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { IsoDate } from '../analysis/mentions.js';
import type { DateEvidence, DocumentDate, ResolvedDate, TextDate, TimeInfo } from '../analysis/time.js';
import { dayNumber, granularityOfRange, rangeOfPartialIso, todayIso } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import type { DateConstraint, DateConstraintProvider } from './constraints.js';
import { resolveAll } from './resolve.js';
import { earliestOf, latestOf, solve } from './solver.js';
import type { Solution } from './solver.js';

export type { DateEvidence, DocumentDate, TextDate, TimeInfo };

let clock: () => Date = () => new Date();

/** The widest inferred window (a year and a day) whose first day is still given as the date. */
const MAX_DATED_WINDOW_DAYS = 366;

/** Inject "now" (tests, `explain --now`); call with no argument to restore the real clock. */
export function setClock(now?: Date | (() => Date)): void {
  clock = now === undefined ? () => new Date() : typeof now === 'function' ? now : () => now;
}

export function analyzeTime(ctx: AnalysisContext, providers: readonly DateConstraintProvider[]): TimeInfo {
  const now = todayIso(clock());
  const constraints = providers.flatMap((provide) => provide(ctx, now));
  const solution = solve(constraints, now);
  const textSolution = constraints.some((c) => c.fromUrl) ? solve(constraints.filter((c) => !c.fromUrl), now) : solution;
  const documentDate = fromMetadata(ctx, solution) ?? inferred(solution);
  const window = documentDate.earliest && documentDate.latest ? { start: documentDate.earliest, end: documentDate.latest } : undefined;
  const dates = ctx.get('dates');
  const resolved = resolveAll(ctx.doc, dates, window);
  const byMention = new Map(resolved.map((r) => [r.mention, r]));
  return {
    documentDate,
    textDate: textDateOf(textSolution),
    resolved,
    now,
    resolve: (mention) => byMention.get(mention),
    referenceDateFor: (sentenceIndex) => referenceDate(ctx, resolved, sentenceIndex, documentDate.date),
  };
}

function fromMetadata(ctx: AnalysisContext, solution: Solution): DocumentDate | undefined {
  const { date, dateSource } = ctx.doc.metadata;
  const range = date ? rangeOfPartialIso(date) : undefined;
  if (!range) return undefined;
  const source = dateSource === 'cli' ? 'cli' : 'metadata';
  const evidence = solution.verdicts.filter(isShown).map(({ constraint }) => evidenceOf(constraint, constraintAgrees(constraint, range)));
  return {
    date: range.start, earliest: range.start, latest: range.end, granularity: granularityOfRange(range),
    confidence: 1, source, evidence, alternatives: [],
  };
}

function constraintAgrees(constraint: DateConstraint, range: DayRange): boolean {
  return constraint.intervals.some((r) => r.start <= range.end && range.start <= r.end);
}

function inferred(solution: Solution): DocumentDate {
  const evidence = solution.verdicts.filter(isShown).map(({ constraint, supports }) => evidenceOf(constraint, supports));
  if (!solution.best) {
    return { date: null, earliest: null, latest: null, granularity: 'year', confidence: 0, source: 'none', evidence, alternatives: [] };
  }
  const { best } = solution;
  // A window of years set by bounds alone ("after X took office", "not after today") names no
  // day: unknown is better than a guess that reads like a date.
  const onlyBounds = solution.verdicts.every(({ constraint, supports }) => !supports || constraint.bound || constraint.kind === 'now' || constraint.kind === 'recency');
  const date = onlyBounds && dayNumber(best.end) - dayNumber(best.start) > MAX_DATED_WINDOW_DAYS ? null : best.start;
  return {
    date, earliest: best.start, latest: best.end, granularity: granularityOfRange(best),
    confidence: solution.confidence, source: 'inferred', evidence, alternatives: solution.alternatives.map(({ start, end }) => ({ start, end })),
  };
}

/** The recency tie-breaker is not evidence a reader needs to see. */
function isShown(verdict: Solution['verdicts'][number]): boolean {
  return verdict.constraint.kind !== 'recency';
}

function evidenceOf(constraint: DateConstraint, supports: boolean): DateEvidence {
  return { kind: constraint.kind, description: constraint.describe(), span: constraint.span, supports, weight: constraint.weight };
}

function textDateOf(solution: Solution): TextDate {
  if (!solution.best) return { confidence: 0 };
  const reason = solution.verdicts
    .filter((v) => v.supports && !['now', 'recency'].includes(v.constraint.kind))
    .sort((a, b) => b.constraint.weight - a.constraint.weight)[0]?.constraint.describe();
  return {
    best: { start: solution.best.start, end: solution.best.end },
    latest: latestOf(solution),
    earliest: earliestOf(solution),
    confidence: solution.confidence,
    reason,
  };
}

function referenceDate(ctx: AnalysisContext, resolved: ResolvedDate[], sentenceIndex: number, fallback: IsoDate | null): IsoDate | null {
  const paragraph = ctx.doc.sentences[sentenceIndex]?.paragraph;
  for (let i = resolved.length - 1; i >= 0; i--) {
    const r = resolved[i];
    if (r.mention.sentence > sentenceIndex || r.granularity !== 'day') continue;
    if (ctx.doc.sentences[r.mention.sentence]?.paragraph !== paragraph) break;
    return r.start;
  }
  return fallback;
}

/** The `time` analyzer, weighing the evidence of the given providers (the engine passes every one it has). */
export function createTimeAnalyzer(providers: readonly DateConstraintProvider[]): Analyzer<'time'> {
  return { kind: 'time', analyze: (ctx) => analyzeTime(ctx, providers) };
}
