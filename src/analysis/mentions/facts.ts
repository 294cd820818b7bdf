/** Quantities, durations and the facts compared across documents, with the topics that group documents into stories. */
import type { DateParts } from '../mentions.js';
import type { Granularity, IsoDate } from '../../base/calendar.js';
import type { QuantityClaim } from './claims.js';
import type { Span } from '../../load/document.js';

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
  /** "Trump took office more than three years ago": counted back to when the person named took office. */
  officeStart?: OfficeStartAnchor;
  /** "After six decades on the throne, Qaboos …": the person whose time in office it measures. */
  tenure?: TenureAnchor;
}

/** The person a duration "in power" / "on the throne" belongs to, as the knowledge base matched the name. */
export interface TenureAnchor {
  span: Span;
  recordIds: string[];
  /** "Six months into his presidency, X faces …": the person still holds the office, and the duration runs to the time of writing. */
  runsTo?: 'writing';
}

/** The person whose taking office an "… ago" duration counts back to. */
export interface OfficeStartAnchor {
  /** The capitalised words before the verb, longest first ("Donald Trump", "Trump"): the link to a person is the rule's. */
  names: string[];
  span: Span;
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
