/**
 * When a document is written, as far as claims need to know: the date relative
 * expressions ("last year's G20") count from, and the present that a current title
 * ("Prime Minister Kishida says") must be true of.
 * The time layer's `time` analyzer is the authority (metadata or inferred date, with a
 * confidence); for a claim it is asked without the claim's own sentence, so that "last year's
 * summit in Osaka" cannot date the article by itself and then agree with itself.
 */
import type { AnalysisContext } from '../analysis/document.js';
import type { Span } from '../load/document.js';
import type { IsoDate } from '../base/calendar.js';
import { addDays, dayNumber, yearOf } from '../base/calendar.js';

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
/** A window wider than this has no year of writing to count "last year" from. */
const MAX_WIDTH_FOR_A_YEAR = 366;

/** When the document was written (metadata, `--date`, or inferred without the evidence in `without`). */
export function documentReference(ctx: AnalysisContext, without?: Span): ReferenceTime | undefined {
  const window = ctx.get('time').window(without ? { without } : {});
  if (!window) return undefined;
  const width = dayNumber(window.latest) - dayNumber(window.earliest);
  if (width > MAX_WIDTH_FOR_A_YEAR) return undefined;
  const middle = window.date ?? addDays(window.earliest, Math.floor(width / 2));
  // A window across New Year leaves "last year" in doubt: half as sure.
  const oneYear = yearOf(window.earliest) === yearOf(window.latest);
  return { start: window.earliest, end: window.latest, year: yearOf(middle), confidence: oneYear ? window.confidence : window.confidence / 2, source: window.source };
}
