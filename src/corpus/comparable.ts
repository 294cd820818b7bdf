/**
 * Claims made comparable across documents. Each claim becomes a `Comparable`: the keys under
 * which it is indexed (two claims can only disagree if they share a key), a signature (claims
 * with equal signatures agree without further work), and what it states, in words.
 */
import type { Span } from '../load/document.js';
import type { AnalyzedDocument } from '../analysis/document.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ClaimTime, EventDateClaim, EventPlaceClaim, PersonTitleClaim, QuoteMention } from '../analysis/mentions.js';
import type { QuantityFact } from '../extract/quantities.js';
import { quoteShingles, speakerKey } from './quote-text.js';

export type ComparableKind = 'event-place' | 'event-date' | 'person-title' | 'quote-speaker' | 'quantity';

interface ComparableBase {
  /** Index of the document in the run. */
  doc: number;
  span: Span;
  keys: string[];
  signature: string;
  /** What the claim is about, for messages ("the place of the G20 summit"). */
  topic: string;
  /** What this document states, in words ("Singapore", "approximately 20,000"). */
  stated: string;
}

export interface PlaceComparable extends ComparableBase {
  kind: 'event-place';
  eventId?: string;
  placeId?: string;
  placeName: string;
}

export interface DateComparable extends ComparableBase {
  kind: 'event-date';
  subjectId?: string;
  time: ClaimTime;
}

export interface TitleComparable extends ComparableBase {
  kind: 'person-title';
  personId?: string;
  officeKey: string;
  time: ClaimTime;
}

export interface QuoteComparable extends ComparableBase {
  kind: 'quote-speaker';
  speaker: string;
}

export interface QuantityComparable extends ComparableBase {
  kind: 'quantity';
  range: { low: number; high: number };
}

export type Comparable = PlaceComparable | DateComparable | TitleComparable | QuoteComparable | QuantityComparable;

/** Every comparable claim of one document. */
export function comparablesOf(document: AnalyzedDocument, doc: number): Comparable[] {
  const out: Comparable[] = [];
  const text = document.doc.text;
  for (const claim of document.get('claims')) {
    if (claim.kind === 'event-place') pushIf(out, fromEventPlace(claim, doc, document.kb));
    else if (claim.kind === 'event-date') pushIf(out, fromEventDate(claim, doc));
    else if (claim.kind === 'person-title') pushIf(out, fromPersonTitle(claim, doc));
  }
  const quotes = document.get('quotes');
  if (quotes) {
    for (const quote of quotes) pushIf(out, fromQuote(quote, text, doc));
  } else {
    for (const claim of document.get('claims')) {
      if (claim.kind === 'quote-speaker') pushIf(out, quoteComparable(claim.quote, claim.speaker, claim.span, doc));
    }
  }
  for (const fact of document.get('quantities')) pushIf(out, fromQuantity(fact, doc));
  return out;
}

function pushIf(list: Comparable[], item: Comparable | undefined): void {
  if (item && item.keys.length > 0) list.push(item);
}

function fromEventPlace(claim: EventPlaceClaim, doc: number, kb: KnowledgeBase): PlaceComparable | undefined {
  // Without a record the event could be any meeting of the series: too loose to compare.
  const eventId = claim.event.recordId ?? onlyEventOfYear(claim, kb);
  if (!eventId) return undefined;
  const placeName = claim.place.name;
  return {
    kind: 'event-place', doc, span: claim.span,
    keys: [`event-place|${eventId}`],
    signature: claim.place.placeId ?? placeName.toLowerCase(),
    topic: `where ${claim.event.text} took place`,
    stated: placeName,
    eventId, placeId: claim.place.placeId, placeName,
  };
}

/**
 * A claim that puts a summit in the wrong place is not linked to a record (linking matches
 * the place), yet "the 2019 G20 summit" names one event when the series met once that year.
 * Only then is it safe to compare: the G20 met twice in 2009 and in 2010.
 */
function onlyEventOfYear(claim: EventPlaceClaim, kb: KnowledgeBase): string | undefined {
  if (!claim.time) return undefined;
  const year = Number(claim.time.start.slice(0, 4));
  if (year !== Number(claim.time.end.slice(0, 4))) return undefined;
  const events = kb.eventsInSeries(claim.event.series, year);
  return events.length === 1 ? events[0].id : undefined;
}

function fromEventDate(claim: EventDateClaim, doc: number): DateComparable | undefined {
  if (!claim.subject.recordId || claim.time.basis === 'reference') return undefined;
  return {
    kind: 'event-date', doc, span: claim.span,
    keys: [`event-date|${claim.subject.recordId}`],
    signature: `${claim.time.start}..${claim.time.end}`,
    topic: `the date of ${claim.subject.name}`,
    stated: describeTime(claim.time),
    subjectId: claim.subject.recordId, time: claim.time,
  };
}

function fromPersonTitle(claim: PersonTitleClaim, doc: number): TitleComparable | undefined {
  const { person, office, time } = claim;
  // Only a title held at a stated time can contradict another: "former" and undated titles cannot.
  if (!office.officeKey || !time || claim.qualifier === 'former' || claim.qualifier === 'future') return undefined;
  const personKey = person.recordId ?? (person.candidateIds?.length === 1 ? person.candidateIds[0] : undefined);
  if (!personKey) return undefined;
  return {
    kind: 'person-title', doc, span: claim.span,
    keys: [`person-title|${personKey}`],
    signature: `${office.officeKey}|${time.start}..${time.end}`,
    topic: `${person.name}'s title`,
    stated: `${office.title} (${describeTime(time)})`,
    personId: personKey, officeKey: office.officeKey, time,
  };
}

function fromQuote(quote: QuoteMention, text: string, doc: number): QuoteComparable | undefined {
  if (!quote.isSpeech || !quote.speaker) return undefined;
  return quoteComparable(text.slice(quote.contentSpan.start, quote.contentSpan.end), quote.speaker.name, quote.span, doc);
}

function quoteComparable(quoteText: string, speakerName: string, span: Span, doc: number): QuoteComparable | undefined {
  const speaker = speakerKey(speakerName);
  if (!speaker) return undefined;
  const shortened = quoteText.length > 60 ? `${quoteText.slice(0, 57).trimEnd()}…` : quoteText;
  return {
    kind: 'quote-speaker', doc, span,
    keys: quoteShingles(quoteText).map((h) => `quote|${h}`),
    signature: speaker,
    topic: `who said “${shortened}”`,
    stated: speakerName,
    speaker,
  };
}

function fromQuantity(fact: QuantityFact, doc: number): QuantityComparable | undefined {
  // A figure is compared only where the two sentences share a name (what it is a figure of).
  // A count of meetings needs both parties: "Abe met Putin 27 times" and "Xi met Putin 40
  // times" share Putin but not the count.
  const keys = fact.unit === 'times' ? anchorPairs(fact.anchors).map((pair) => `${fact.key}@${pair}`) : fact.anchors.map((anchor) => `${fact.key}@${anchor}`);
  return {
    kind: 'quantity', doc, span: fact.span,
    keys,
    signature: `${fact.range.low}..${fact.range.high}`,
    topic: describeQuantitySubject(fact),
    stated: fact.text,
    range: fact.range,
  };
}

function anchorPairs(anchors: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < anchors.length; i++) for (let j = i + 1; j < anchors.length; j++) pairs.push(`${anchors[i]}+${anchors[j]}`);
  return pairs;
}

function describeQuantitySubject(fact: QuantityFact): string {
  if (fact.dimension === 'duration') return `how long the ${fact.subject} lasted`;
  if (fact.dimension.startsWith('money:')) return `the sum (${fact.subject.replace(':', ' on ')})`;
  if (fact.unit === 'times') return `how many times (${fact.subject.replace(' times', '')})`;
  if (fact.dimension === 'percent') return `the share of ${fact.subject}`;
  return `the number of ${fact.subjectText}`;
}

export function describeTime(time: ClaimTime): string {
  if (time.start === time.end) return time.start;
  if (time.granularity === 'year') return time.start.slice(0, 4);
  if (time.granularity === 'month') return time.start.slice(0, 7);
  return `${time.start} to ${time.end}`;
}
