/**
 * The `time` analyzer: when the document was written — from metadata or `--date`, otherwise
 * inferred from the text as a window with its confidence and evidence — and every date
 * mention resolved against it. Rules read it with `context.document.get('time')` and judge a
 * claim by `time.window({ without: claim.span })`: the date inferred without that claim's own
 * evidence, so a wrong title or a wrong summit cannot move the date to fit itself.
 */
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { IsoDate } from '../analysis/mentions.js';
import type { DateEvidence, DateWindow, DocumentDate, ResolvedDate, TimeInfo, WindowOptions } from '../analysis/time.js';
import { granularityOfRange, rangeOfPartialIso, todayIso } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { standsIn } from './constraints.js';
import type { DateConstraint, DateConstraintProvider } from './constraints.js';
import { resolveAll } from './resolve.js';
import { solve } from './solver.js';
import type { Solution } from './solver.js';
import { describeWindow, pinnedDay, strongestReason } from './window-words.js';

export type { DateEvidence, DateWindow, DocumentDate, TimeInfo };

let clock: () => Date = () => new Date();

/** Inject "now" (tests, `explain --now`); call with no argument to restore the real clock. */
export function setClock(now?: Date | (() => Date)): void {
  clock = now === undefined ? () => new Date() : typeof now === 'function' ? now : () => now;
}

export function analyzeTime(ctx: AnalysisContext, providers: readonly DateConstraintProvider[]): TimeInfo {
  const now = todayIso(clock());
  const inference = new Inference(providers.flatMap((provide) => provide(ctx, now)), now);
  const stated = statedRange(ctx);
  const documentDate = stated ? fromMetadata(stated, inference.constraints) : inferred(inference.solutionFor({}).solution);
  const window = documentDate.earliest && documentDate.latest ? { start: documentDate.earliest, end: documentDate.latest } : undefined;
  const resolved = resolveAll(ctx.doc, ctx.get('dates'), window);
  const byMention = new Map(resolved.map((r) => [r.mention, r]));
  return {
    documentDate,
    window: (options = {}) => (stated ? metadataWindow(documentDate, stated) : inference.window(options)),
    whyNoWindow: (options = {}) => (stated ? undefined : inference.whyNoWindow(options)),
    resolved,
    now,
    resolve: (mention) => byMention.get(mention),
    referenceDateFor: (sentenceIndex) => referenceDate(ctx, resolved, sentenceIndex, documentDate.date),
  };
}

/** The date metadata or `--date` states, as the days it covers. */
function statedRange(ctx: AnalysisContext): (DayRange & { source: 'cli' | 'metadata' }) | undefined {
  const { date, dateSource } = ctx.doc.metadata;
  const range = date ? rangeOfPartialIso(date) : undefined;
  return range ? { ...range, source: dateSource === 'cli' ? 'cli' : 'metadata' } : undefined;
}

function fromMetadata(range: DayRange & { source: 'cli' | 'metadata' }, constraints: readonly DateConstraint[]): DocumentDate {
  const agrees = (c: DateConstraint) => c.intervals.some((r) => r.start <= range.end && range.start <= r.end);
  return {
    date: range.start, earliest: range.start, latest: range.end, granularity: granularityOfRange(range),
    confidence: 1, source: range.source, evidence: constraints.filter(isShown).map((c) => evidenceOf(c, agrees(c))), alternatives: [],
  };
}

function metadataWindow(date: DocumentDate, range: DayRange & { source: 'cli' | 'metadata' }): DateWindow {
  return { earliest: range.start, latest: range.end, date: date.date, confidence: 1, source: range.source, describe: describeWindow(range, range.source, true), leftOut: [] };
}

function inferred(solution: Solution): DocumentDate {
  const evidence = solution.verdicts.filter((v) => isShown(v.constraint)).map(({ constraint, supports }) => evidenceOf(constraint, supports));
  if (!solution.hull) return { date: null, earliest: null, latest: null, granularity: 'year', confidence: 0, source: 'none', evidence, alternatives: [] };
  const windows = [solution.best!, ...solution.alternatives].sort((a, b) => (a.start < b.start ? -1 : 1));
  return {
    date: pinnedDay(solution.hull, solution.confidence),
    earliest: solution.hull.start,
    latest: solution.hull.end,
    granularity: granularityOfRange(solution.hull),
    confidence: solution.confidence,
    source: 'inferred',
    evidence,
    alternatives: windows.length > 1 ? windows.map(({ start, end }) => ({ start, end })) : [],
  };
}

/** The clock bounds every date; it is not evidence a reader needs to see. */
function isShown(constraint: DateConstraint): boolean {
  return constraint.kind !== 'now';
}

function evidenceOf(constraint: DateConstraint, supports: boolean): DateEvidence {
  return { kind: constraint.kind, description: constraint.describe(), span: constraint.span, supports, weight: constraint.weight };
}

/** Solutions with some evidence left out, each computed once. */
class Inference {
  private readonly solutions = new Map<string, { solution: Solution; leftOut: DateConstraint[] }>();

  constructor(
    readonly constraints: readonly DateConstraint[],
    private readonly now: IsoDate,
  ) {}

  solutionFor(options: WindowOptions): { solution: Solution; leftOut: DateConstraint[] } {
    const leaves = (c: DateConstraint) => (options.ignoreUrls && c.fromUrl) || (options.without !== undefined && standsIn(c, options.without));
    const leftOut = options.ignoreUrls || options.without ? this.constraints.filter(leaves) : [];
    // Keyed by what is left out: two claims resting on the same evidence share one solution.
    const key = leftOut.map((c) => this.constraints.indexOf(c)).join(',');
    let found = this.solutions.get(key);
    if (!found) {
      const full = key === '' ? undefined : this.solutionFor({}).solution;
      const solution = full?.leaveOut?.(leftOut) ?? solve(this.constraints.filter((c) => !leftOut.includes(c)), this.now);
      found = { solution, leftOut };
      this.solutions.set(key, found);
    }
    return found;
  }

  window(options: WindowOptions): DateWindow | undefined {
    const { solution, leftOut } = this.solutionFor(options);
    if (!solution.hull || solution.confidence < (options.minConfidence ?? 0)) return undefined;
    return {
      earliest: solution.hull.start,
      latest: solution.hull.end,
      date: pinnedDay(solution.hull, solution.confidence),
      confidence: solution.confidence,
      source: 'inferred',
      describe: describeWindow(solution.hull, 'inferred', pinnedDay(solution.hull, solution.confidence) !== null, this.now),
      reason: strongestReason(solution),
      leftOut: leftOut.filter(isShown).map((c) => c.describe()),
    };
  }

  whyNoWindow(options: WindowOptions): string | undefined {
    const { solution, leftOut } = this.solutionFor(options);
    const without = leftOut.some(isShown) ? ' once the evidence of the claim being checked is left out' : '';
    if (!solution.hull) return `nothing in the text dates the article${without}`;
    const minimum = options.minConfidence ?? 0;
    if (solution.confidence < minimum) {
      return `the evidence for the article's date is thin or split${without} (confidence ${Math.round(solution.confidence * 100)}%, below the ${Math.round(minimum * 100)}% a check needs)`;
    }
    return undefined;
  }
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
