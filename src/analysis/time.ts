/**
 * What the time layer tells the rest of the pipeline: when the document was written (with
 * the window the evidence allows and the evidence itself) and the value of every date
 * mention. Produced by the `time` analyzer (`src/time/`).
 */
import type { Span } from '../load/document.js';
import type { DayRange, Granularity, IsoDate } from '../base/calendar.js';
import type { DateMention } from './mentions.js';

export interface ResolvedDate {
  /** Index of the mention in `ctx.get('dates')`. */
  index: number;
  mention: DateMention;
  start: IsoDate;
  end: IsoDate;
  granularity: Granularity;
  /** What the value rests on: the text alone, the document's date, or another mention. */
  anchor: 'stated' | 'document' | 'mention';
  anchorIndex?: number;
  /** "over twenty years ago", "about a week before": the value is a rough one. */
  approximate: boolean;
}

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

