/**
 * When a document is written, as far as claims need to know: the date relative
 * expressions ("last year's G20") count from, and the present that a current title
 * ("Prime Minister Kishida says") must be true of.
 * The time layer's `time` analyzer is the authority (metadata or inferred date, with a
 * confidence).
 */
import type { AnalysisContext } from '../analysis/document.js';
import type { IsoDate } from '../base/calendar.js';
import { partialDateRange } from '../base/calendar.js';

export interface ReferenceTime {
  /** The first day the date could be (a month or year date is widened to its interval). */
  start: IsoDate;
  end: IsoDate;
  year: number;
  /** 0..1: metadata is certain; an inference is as sure as the time layer says. */
  confidence: number;
  source: string;
}

/** Below this, an inferred document date is too unsure to accuse a text of anything. */
export const MIN_CONFIDENCE = 0.5;

/** When the document was written, from the time layer (metadata, `--date`, or inferred with a confidence). */
export function documentReference(ctx: AnalysisContext): ReferenceTime | undefined {
  const { date, confidence, source } = ctx.get('time').documentDate;
  if (!date) return undefined;
  const range = partialDateRange(date.slice(0, 10));
  return { ...range, year: Number(date.slice(0, 4)), confidence, source };
}
