/**
 * The `time` analyzer: when the document was written (from metadata or `--date`, otherwise
 * inferred from the text) with its confidence and evidence, and every date mention resolved
 * against it. Rules read it with `context.document.get('time')`.
 */
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { DateMention, Granularity, IsoDate } from '../analysis/mentions.js';
import type { Span } from '../load/document.js';
import { granularityOfRange, rangeOfPartialIso, todayIso } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { dateConstraintProviders } from './constraints.js';
import type { DateConstraint } from './constraints.js';
import { resolveAll } from './resolve.js';
import type { ResolvedDate } from './resolve.js';
import { earliestOf, latestOf, solve } from './solver.js';
import type { Solution } from './solver.js';
import './providers.js';

export interface DateEvidence {
  kind: string;
  description: string;
  span?: Span;
  /** Does it agree with the chosen date? */
  supports: boolean;
  weight: number;
}

export interface DocumentDate {
  /** The first day of the window the document date lies in, or null when nothing dates it. */
  date: IsoDate | null;
  /** The window: metadata gives one day (or a month/year); inference gives e.g. the week after a dated event. */
  earliest: IsoDate | null;
  latest: IsoDate | null;
  granularity: Granularity;
  confidence: number;
  source: 'metadata' | 'cli' | 'inferred' | 'none';
  evidence: DateEvidence[];
  /** Other windows the text fits about as well (inferred dates only). */
  alternatives: DayRange[];
}

/** What the text alone says, leaving out the URLs' dates — what `url-date` checks URLs against. */
export interface TextDate {
  best?: DayRange;
  /** The latest/earliest day any plausible reading allows. */
  latest?: IsoDate;
  earliest?: IsoDate;
  confidence: number;
  /** The strongest supporting evidence, in words, for messages. */
  reason?: string;
}

export interface TimeInfo {
  documentDate: DocumentDate;
  textDate: TextDate;
  /** Date mentions in text order, with their values. */
  resolved: ResolvedDate[];
  resolve(mention: DateMention): ResolvedDate | undefined;
  /** The date a sentence's relative expressions count from: a day the text just set, else the document's date. */
  referenceDateFor(sentenceIndex: number): IsoDate | null;
  /** The run's "today". */
  now: IsoDate;
}

declare module '../analysis/mentions.js' {
  interface MentionMap {
    time: TimeInfo;
  }
}

let clock: () => Date = () => new Date();

/** Inject "now" (tests, `explain --now`); call with no argument to restore the real clock. */
export function setClock(now?: Date | (() => Date)): void {
  clock = now === undefined ? () => new Date() : typeof now === 'function' ? now : () => now;
}

export function analyzeTime(ctx: AnalysisContext): TimeInfo {
  const now = todayIso(clock());
  const constraints = dateConstraintProviders().flatMap((provide) => provide(ctx, now));
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
  return {
    date: best.start, earliest: best.start, latest: best.end, granularity: granularityOfRange(best),
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

export const timeAnalyzer: Analyzer<'time'> = { kind: 'time', analyze: analyzeTime };
