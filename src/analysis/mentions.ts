/**
 * The mentions every layer adds to a document, by kind: the contract between the layers
 * that produce them (extract, time, link) and the rules that read them. Each kind is
 * computed once, on first use, and shared by every rule (see `document.ts`).
 */
import type { Span } from '../load/document.js';
import type { Granularity, IsoDate } from '../base/calendar.js';
import type { TimeInfo } from './time.js';
import type { Claim } from './mentions/claims.js';
import type { DurationMention, FactClaim, QuantityFact, TopicProfile } from './mentions/facts.js';

export type { Granularity, IsoDate };

// ---------------------------------------------------------------- URLs

export interface UrlMention {
  url: string;
  /** Where the URL (or the link text that carries it) stands in the prose. */
  span: Span;
  /** `text`: written in the prose; `link`: a markup link target; `metadata`: canonical/og:url/front matter. */
  origin: 'text' | 'link' | 'metadata';
  /** Where the URL itself is written in the original file when that is outside the prose (metadata, link targets). */
  sourceRange?: [number, number];
  /** A date found in the URL's path or file name (`/2026/04/02/`, `/20190122/`, `2019-01-22`). */
  pathDate?: { year: number; month?: number; day?: number; raw: string };
}

// ---------------------------------------------------------------- Dates

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
}

/** Which way a date points from the time of writing, as its own clause tells it. */
export type DateTense = 'past' | 'future' | 'present' | 'unclear';

export type DateMentionKind = 'absolute' | 'partial' | 'relative' | 'weekday' | 'year' | 'range';

export interface DateMention {
  span: Span;
  text: string;
  sentence: number;
  kind: DateMentionKind;
  /** What the text itself states; parts absent here are implied. */
  stated: DateParts;
  granularity: Granularity;
  /** For ranges, the stated end. */
  statedEnd?: DateParts;
  /** For relative expressions: the offset from the anchor, e.g. `{ unit: 'year', amount: -1 }` for "last year". */
  relative?: { unit: 'day' | 'week' | 'month' | 'year' | 'decade'; amount: number; approximate?: boolean };
  /** Which finder produced it. */
  origin?: 'chrono' | 'year' | 'relative';
  /** Relative expressions: counted from the document's date or from a date the text sets. */
  anchor?: 'document' | 'mention';
  /** "a week before the January 22 summit": the anchor date comes after the expression. */
  anchorFollows?: boolean;
  /** "over twenty years ago" → 'more-than'; "nearly" → 'less-than'; "about" → 'about'. */
  bound?: 'more-than' | 'less-than' | 'about';
  /** How a bare year was recognised ('preposition', 'determiner', …). */
  cue?: string;
  /**
   * What the words before it make it: the start of a period ("since 2004"), a deadline ("by
   * 2030"), or the new end a change gave a period ("extended the lockdown to 1 May").
   */
  lead?: 'since' | 'deadline' | 'new-end';
  /** "from 1977 to 1995": on the first year, the index (in the document's dates) of the year ending the range. */
  rangeEnd?: number;
  /** "moved from 2029 to 2021": both years of a backward pair are values that changed, not times. */
  changedValue?: true;
  /** Where the weekday word stands inside the mention ("Wednesday" in "Wednesday, 15 March"). */
  weekdaySpan?: Span;
  /** "Thursday's meeting": the event noun after a weekday's possessive and its family. */
  possessiveEvent?: { noun: string; family: string };
  /** The kinds of event the mention's sentence names (families of `event-families.yml`). */
  sentenceFamilies?: string[];
  /** The tense of the mention's sentence: does it report the past, look ahead, or both? */
  sentenceTense?: { past: boolean; future: boolean; strongFuture: boolean };
  /**
   * The tense of the date's own words: "the talks were held on 14 March" (past), "said the
   * plant would open in 2026" (future: the plan after "said"), "could begin on 21 January"
   * (unclear: a hedge bounds nothing).
   */
  tense?: DateTense;
}

// ---------------------------------------------------------------- Entities

export type EntityKind = 'event-series' | 'event' | 'agreement' | 'person' | 'office' | 'place' | 'organization';

export interface EntityMention {
  span: Span;
  text: string;
  sentence: number;
  kind: EntityKind;
  /** Knowledge-base records this mention may refer to (empty for names found by NLP only). */
  recordIds: string[];
  origin: 'kb' | 'nlp';
  /** KB key: officeKey ('prime-minister:japan', or 'title:prime-minister' for a bare title), series ('G20'), personId, place id. */
  key?: string;
  /** A surname alone ("Abe"): a candidate only, to be confirmed by context. */
  partial?: boolean;
  /** How the KB matched it: 'name', 'alias', 'phrase', 'demonym', 'surname', 'title'. */
  via?: string;
}

// ---------------------------------------------------------------- Quotes

export type QuoteForm = 'double' | 'single' | 'guillemet' | 'low-high' | 'blockquote' | 'colon-paragraph' | 'interview-turn';

export interface QuoteSpeaker {
  name: string;
  /** Where the name (or the pronoun resolved to it) stands. */
  span?: Span;
  /** Title or description given with the name ("Russian Foreign Ministry spokesperson"). */
  description?: string;
  /** How the speaker was found: 'said-x', 'x-said', 'according-to', 'appositive', 'pronoun', 'continued', … */
  via: string;
  /** 'person' for a named person; 'organization', 'group' ("officials"), or 'unknown' when unsure. */
  kind?: 'person' | 'organization' | 'group' | 'unknown';
}

export interface QuoteSourcing {
  /** An outlet ("told Reuters"), an audience ("told reporters"), an occasion, a medium ("in a statement", "wrote"), a document, or an exchange ("when asked"). */
  kind: 'outlet' | 'audience' | 'occasion' | 'medium' | 'document' | 'exchange';
  text: string;
  span: Span;
}

/** Quotation marks found in the prose, paired: what is inside quotation marks (cheap; no speakers). */
export interface QuotationMarks {
  /** From the opening mark to the closing mark, inclusive. */
  span: Span;
  /** The quoted words, without the outer marks. */
  contentSpan: Span;
  form: QuoteForm;
  /** Marks that reopen the quote in a continued paragraph (excluded from the text). */
  reopenings: number[];
  /** Depth of nesting: 0 for an outer quote. */
  depth: number;
  paragraph: number;
}

export interface QuoteMention {
  /** The whole quotation including its marks. */
  span: Span;
  /** The quoted words only. */
  contentSpan: Span;
  text: string;
  words: number;
  form: QuoteForm;
  /** False for scare quotes, short terms and titles of works. */
  isSpeech: boolean;
  /** Why a quote was judged not to be speech, e.g. 'short-term', 'no-speech-verb', 'title'. */
  nonSpeechReason?: string;
  speaker?: QuoteSpeaker;
  sourcing: QuoteSourcing[];
  sentence: number;
  paragraph: number;
  /** A quote inside another quotation (the outer quote carries the attribution). */
  nested?: boolean;
  /** Index (in the quotes list) of the earlier quote this one continues: same speaker, same occasion. */
  continues?: number;
}

export type * from './mentions/claims.js';
export type * from './mentions/facts.js';

// ---------------------------------------------------------------- The map

/** Every kind of mention, by name. */
export interface MentionMap {
  urls: UrlMention[];
  dates: DateMention[];
  entities: EntityMention[];
  /** People named in the document: KB people (full names and surnames) plus names found by NLP. */
  people: EntityMention[];
  /** Quotation marks only: which words are inside a quotation. */
  quotations: QuotationMarks[];
  quotes: QuoteMention[];
  quantities: QuantityFact[];
  durations: DurationMention[];
  time: TimeInfo;
  claims: Claim[];
  topics: TopicProfile;
  /** Statements of fact for comparing documents (dates of events, figures, names in roles, quotations). */
  facts: FactClaim[];
}

export type MentionKind = keyof MentionMap;
