/**
 * The mentions every layer adds to a document, by kind: the contract between the layers
 * that produce them (extract, time, link) and the rules that read them. Each kind is
 * computed once, on first use, and shared by every rule (see `document.ts`).
 */
import type { Span } from '../load/document.js';
import type { DayRange, Granularity, IsoDate } from '../base/calendar.js';
import type { TimeInfo } from './time.js';
import type { TitleClass } from '../kb/offices.js';

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

// ---------------------------------------------------------------- Quantities and durations

/** A quantity with what cross-document comparison needs beyond the shared claim shape. */
export interface QuantityFact extends QuantityClaim {
  /** What kind of number: `count`, `count/year`, `money:JPY`, `percent`, `duration` (value in years), `tally` (a vote). */
  dimension: string;
  /** A vote's count, for and against ("52-35"); `value` is the votes for. */
  tally?: [number, number];
  /** The interval of values the wording allows, with tolerance for rounding. */
  range: { low: number; high: number };
  /** Names in the sentence (and the one before it) that pin down what is counted. */
  anchors: string[];
  /** The subject as written ("Russian residents"), for messages. */
  subjectText: string;
}


export type DurationBound = 'exact' | 'about' | 'more-than' | 'less-than';

export interface DurationMention {
  span: Span;
  text: string;
  sentence: number;
  /** In years (a decade = 10, eighteen months = 1.5). */
  years: number;
  /** The unit it is counted in, in years (a month = 1/12, a year = 1, a decade = 10). */
  unitYears: number;
  bound: DurationBound;
  /** "… ago": counted back from the document's date. */
  ago: boolean;
  /** A round figure ("a decade", "a quarter of a century"), which writers use loosely. */
  round?: boolean;
  /** "seven years on (from …)", "a decade after …", "twenty years since …": counted on from a start named next. */
  follower?: 'on' | 'after' | 'since';
  /** What the sentence measures it against, when it says (see `src/extract/duration-anchors.ts`). */
  anchor?: DurationAnchor;
}

/** The dates a duration runs between, as its sentence gives them. */
export interface DurationAnchor {
  /** How the sentence ties them: "from 1977 to 1995", "since 2004", "12 years ago, in 1999", "dates back … to 1998", "seven years on from 2004", "in 1963 … until 1974". */
  via: 'range' | 'since' | 'ago' | 'back-to' | 'counting-on' | 'until';
  /** Index (in the document's dates) of the date the period starts at (for a chrono range, the range itself). */
  start: number;
  /** Index of the date it ends at (for a chrono range, the range itself); absent when it runs to the time of writing. */
  end?: number;
  /**
   * Without `end`: `writing` — the period runs to the time of writing (present perfect, "ago");
   * `before-writing` — it ran to a past time the text leaves open ("had held … since"), so only
   * a duration too long even for the time of writing is wrong.
   */
  runsTo?: 'writing' | 'before-writing';
}


// ---------------------------------------------------------------- Facts (compared across documents)

/** What a fact is about: the named things of its clause and the words of what happened. */
export interface FactFrame {
  /** Each named thing of the clause, by every key it is known by ("mitsotakis", "usaf", "kb:european-union"). */
  entities: string[][];
  /** Named things elsewhere in the sentence ("Russia said it would …"): context, not what the clause is about. */
  context?: string[][];
  /** The clause speaks of someone by a pronoun ("they were inducted", "who voted"): who, it does not say. */
  pronoun?: boolean;
  /** The clause's content words in one form ("step_down", "first_fly", "vot"). */
  terms: string[];
  /** The action the value belongs to: "impeach" in "Clinton was impeached in 1998". */
  head?: string;
  /** What began or ended, when the action only says that ("campaign" in "the campaign started"). */
  argument?: string;
  /** Other words of action right next to the value ("his Tuesday live-streamed talk": live, stream, talk). */
  actions?: string[];
  /** The words of the clause, for messages. */
  text: string;
}

/** When something happened, or when a figure held. */
export interface FactTime {
  /** The days it may be, when the time layer could place it ("October 25" in an undated document cannot be). */
  start?: IsoDate;
  end?: IsoDate;
  granularity: Granularity;
  /** Placed by the text alone or by a document date given by metadata: safe to compare by day. */
  reliable: boolean;
  /** What the words themselves state ("November 25" states no year). */
  stated: DateParts;
  /**
   * A date in the clause; the days up to the document's date (a report that gives no date); or
   * a period up to the document's date ("more than 40 times since 2013").
   */
  basis: 'stated' | 'document' | 'period';
  /** Words that count from the document's own date ("today", "this month", "Monday"), lower case. */
  relative?: string;
}

export type FactValue =
  | { kind: 'date'; time: FactTime }
  | { kind: 'number'; dimension: string; noun: string; value: number; range: { low: number; high: number }; bound: QuantityClaim['bound'] }
  | { kind: 'tally'; noun: string; votes: [number, number] }
  | { kind: 'name'; role: string; surname: string; forenames: string[] }
  /** A place the knowledge base knows, with the places that contain it (its country). */
  | { kind: 'place'; place: string; within: string[] }
  | { kind: 'quote'; speaker: string; words: string[] };

/**
 * A statement of fact, read so that another document's statement of the same fact can be
 * found and compared: the date of an event, a figure, the name given to a person in a role,
 * the words of a quotation.
 */
export interface FactClaim {
  span: Span;
  sentence: number;
  /** The value as written ("July 23", "197 tankers", "Mr Justice Anthony Mann"). */
  stated: string;
  value: FactValue;
  about: FactFrame;
  /** When a figure held; absent when the text does not say and the document's date is not known. */
  time?: FactTime;
  /** A plan or an expectation ("will cost", "would be infused"), not something done. */
  planned?: boolean;
}

// ---------------------------------------------------------------- Topics

/** What a document is about, for grouping documents into stories. */
export interface TopicProfile {
  /** The names it uses inside sentences, normalised, once each, sorted. */
  names: string[];
}

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
