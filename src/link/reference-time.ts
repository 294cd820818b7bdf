/**
 * When a document is written, as far as claims need to know: the date relative
 * expressions ("last year's G20") count from, and the present that a current title
 * ("Prime Minister Kishida says") must be true of.
 *
 * The time layer's `time` analyzer is the authority (metadata or inferred date, with a
 * confidence); without it, the metadata date alone.
 */
import type { AnalysisContext } from '../analysis/document.js';
import type { IsoDate, MentionKind } from '../analysis/mentions.js';
import { partialInterval } from '../base/days.js';

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

interface DocumentDateLike {
  date: IsoDate | null;
  confidence?: number;
  source?: string;
}

export function documentReference(ctx: AnalysisContext): ReferenceTime | undefined {
  const fromTime = timeLayerDate(ctx);
  if (fromTime?.date) return toReference(fromTime.date, fromTime.confidence ?? 1, fromTime.source ?? 'inferred');
  const metadata = ctx.doc.metadata.date;
  if (metadata && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(metadata)) return toReference(metadata, 1, ctx.doc.metadata.dateSource ?? 'metadata');
  return undefined;
}

function toReference(date: string, confidence: number, source: string): ReferenceTime {
  const interval = partialInterval(date.slice(0, 10));
  return { ...interval, year: Number(date.slice(0, 4)), confidence, source };
}

/** The `time` analyzer's document date, when the time layer is registered. */
function timeLayerDate(ctx: AnalysisContext): DocumentDateLike | undefined {
  try {
    const time = ctx.get('time' as MentionKind) as unknown as { documentDate?: DocumentDateLike } | undefined;
    return time?.documentDate;
  } catch (error) {
    if (error instanceof Error && /No analyzer registered/.test(error.message)) return undefined;
    throw error;
  }
}
