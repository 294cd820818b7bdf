/** Claims: checkable statements of fact linked to the knowledge base (the `claims` analyzer's output). */
import type { DayRange, Granularity, IsoDate } from '../../base/calendar.js';
import type { Span } from '../../load/document.js';
import type { TitleClass } from '../../kb/offices.js';

// ---------------------------------------------------------------- Claims

/** A stated time: what the text says, as a closed interval of days. */
export interface ClaimTime {
  start: IsoDate;
  end: IsoDate;
  granularity: Granularity;
  /** The date mention this came from, if any. */
  span?: Span;
  /** How the time was found: stated in the clause, relative to the document date ("last year's"), or the document date itself. */
  basis?: 'stated' | 'relative' | 'reference';
  /** 0..1; below 1 when it rests on an inferred document date. */
  confidence?: number;
}

interface ClaimBase {
  /** The claim's extent in the prose (the finding's position). */
  span: Span;
  sentence: number;
  /** A normalised key: two claims with the same key are about the same thing (cross-document comparison). */
  key: string;
}

/**
 * Which meeting of its series a summit mention means, read from the text's evidence (its
 * stated date, relative words, cues, tense, participants) without using the place it gives.
 */
export interface MeetingReading {
  /** Every meeting that fits the evidence, in order of date (record ids). */
  candidateIds: string[];
  /** What narrowed them: 'stated', 'relative', 'recent', 'next', 'tense', 'participants', 'calendar'. */
  basis: string[];
  /** Each step in words, for a finding's reasoning. */
  steps: string[];
  /** The days the time words mean (alternatives when the direction is open: "in June"). */
  ranges?: DayRange[];
  /** 0..1: how sure the article's date is, when relative words or a cue were counted from it. */
  confidence?: number;
  /** Why the candidates may miss the meeting meant: the series' records have gaps there (checks stay quiet). */
  incomplete?: string;
}

export interface EventPlaceClaim extends ClaimBase {
  kind: 'event-place';
  /** `recordId`: the meeting meant, when the evidence leaves one. */
  event: { series: string; recordId?: string; span: Span; text: string };
  place: { name: string; placeId?: string; span: Span };
  time?: ClaimTime;
  meeting?: MeetingReading;
}

/** What a date in the text is the date of: a summit's days, or an agreement's signing, adoption or entry into force. */
export type DatedAct = 'held' | 'signed' | 'in-force';

export interface EventDateClaim extends ClaimBase {
  kind: 'event-date';
  /** `recordId`: for a summit, the meeting its series and place name; for an agreement, the one its words name. */
  subject: { kind: 'event' | 'agreement'; recordId?: string; name: string; span: Span };
  time: ClaimTime;
  /** The act the date belongs to (default: 'held' for summits, 'signed' for agreements). */
  act?: DatedAct;
  /** For a summit: the meetings of its series the time words point at, whatever the place. */
  meeting?: MeetingReading;
}

export interface PersonTitleClaim extends ClaimBase {
  kind: 'person-title';
  person: { name: string; recordId?: string; span: Span; /** Every person the name may be (a surname alone). */ candidateIds?: string[] };
  office: {
    title: string;
    /** The kind of office the title names, whatever the country. */
    titleClass: TitleClass;
    officeKey?: string;
    span: Span;
    /** The country the title names ("Japanese Prime Minister"), as a place id. */
    countryId?: string;
  };
  /** 'current' = at the time the sentence refers to; 'then' = at that past time; 'former' = before it. */
  qualifier: 'current' | 'then' | 'former' | 'future' | 'explicit';
  time?: ClaimTime;
  /** For 'explicit': each stated term ("from September 2006 to September 2007"). */
  terms?: ClaimTime[];
  /** Inside quotation marks: the speaker's words, said at a time the text may not give. */
  quoted?: boolean;
  /**
   * The title is followed by a reporting verb in the simple past ("X said", "X, the foreign
   * secretary, urged") with no sign of an earlier time: the sentence tells the news of the
   * day, so the title is the one held when the article was written.
   */
  reportedNow?: boolean;
}

export interface QuoteSpeakerClaim extends ClaimBase {
  kind: 'quote-speaker';
  quote: string;
  speaker: string;
}

export interface QuantityClaim extends ClaimBase {
  kind: 'quantity';
  /** What is counted, normalised ("russian residents", "meetings abe putin"). */
  subject: string;
  value: number;
  unit?: string;
  /** 'about' for approximately/around, 'more-than', 'less-than', 'at-least', 'at-most', 'exact'. */
  bound: 'exact' | 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most';
  text: string;
}

export type Claim = EventPlaceClaim | EventDateClaim | PersonTitleClaim | QuoteSpeakerClaim | QuantityClaim;
