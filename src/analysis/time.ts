/**
 * What the time layer tells the rest of the pipeline: when the document was written (the
 * window the evidence allows, a single day only when the evidence pins it, and the evidence
 * itself) and the value of every date mention. Produced by the `time` analyzer (`src/time/`).
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
  /** Does it agree with the window? Evidence that does not is an outlier, worth checking. */
  supports: boolean;
  weight: number;
}

export type DateSource = 'metadata' | 'cli' | 'inferred' | 'none';

export interface DocumentDate {
  /** One day, only when the evidence pins the article to within about a month (metadata: its first day); else null. */
  date: IsoDate | null;
  /** The window the evidence allows (metadata: the day, month or year it gives); null when nothing bounds it. */
  earliest: IsoDate | null;
  latest: IsoDate | null;
  granularity: Granularity;
  /** How sure the window is, 0–1 (metadata and --date: 1). */
  confidence: number;
  source: DateSource;
  evidence: DateEvidence[];
  /** The separate windows inside [earliest, latest] the text fits about equally well (inferred dates only). */
  alternatives: DayRange[];
}

/** When the document was written, as a check needs it. */
export interface DateWindow {
  earliest: IsoDate;
  latest: IsoDate;
  /** The best single day, only when the window is about a month wide or less. */
  date: IsoDate | null;
  confidence: number;
  source: Exclude<DateSource, 'none'>;
  /** For messages: "the article is dated 5 March 2021", "its text dates it to 3–20 March 2021". */
  describe: string;
  /** The strongest evidence for the window, in words (inferred windows). */
  reason?: string;
  /** Evidence left out because it belongs to the claim being checked (a claim never vouches for itself). */
  leftOut: string[];
}

export interface WindowOptions {
  /** Leave out the evidence standing in this span: the claim being checked. */
  without?: Span;
  /** Leave out the dates of URLs (when a URL is what is checked). */
  ignoreUrls?: boolean;
  /** An inferred window less sure than this is no window (the check stays quiet). */
  minConfidence?: number;
}

export interface TimeInfo {
  documentDate: DocumentDate;
  /**
   * The window a check may judge a claim by: metadata or `--date` as given; otherwise the
   * window inferred from the text *without the claim's own evidence*. Undefined when nothing
   * dates the text, or less surely than `minConfidence` — then the check stays quiet.
   */
  window(options?: WindowOptions): DateWindow | undefined;
  /** Why `window(options)` gives nothing, in words (for `explain` and quiet checks). */
  whyNoWindow(options?: WindowOptions): string | undefined;
  /** Date mentions in text order, with their values. */
  resolved: ResolvedDate[];
  resolve(mention: DateMention): ResolvedDate | undefined;
  /** The date a sentence's relative expressions count from: a day the text just set, else the document's date. */
  referenceDateFor(sentenceIndex: number): IsoDate | null;
  /** The run's "today". */
  now: IsoDate;
}
