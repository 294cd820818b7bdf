/**
 * Claims the knowledge base identifies — the place and date of a summit it records, the date
 * of an agreement, the office of a person on a day — made comparable: their key is the record
 * itself, so no story is needed to know that two documents speak of the same thing.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ClaimTime, EventDateClaim, EventPlaceClaim, PersonTitleClaim } from '../analysis/mentions.js';
import type { DateComparable, PlaceComparable, TitleComparable } from './comparable.js';

export function fromEventPlace(claim: EventPlaceClaim, doc: number, kb: KnowledgeBase): PlaceComparable | undefined {
  // Where the series' records have gaps, the meeting found may not be the one meant.
  if (claim.meeting?.incomplete) return undefined;
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

export function fromEventDate(claim: EventDateClaim, doc: number): DateComparable | undefined {
  if (!claim.subject.recordId || claim.time.basis === 'reference') return undefined;
  // A signing and an entry into force are different dates of one agreement: never compared.
  const inForce = claim.act === 'in-force';
  return {
    kind: 'event-date', doc, span: claim.span,
    keys: [`event-date|${claim.subject.recordId}${inForce ? '|in-force' : ''}`],
    signature: `${claim.time.start}..${claim.time.end}`,
    topic: `${inForce ? 'the entry into force' : 'the date'} of ${claim.subject.name}`,
    stated: describeTime(claim.time),
    subjectId: claim.subject.recordId, time: claim.time,
    ...(inForce ? { act: 'in-force' as const } : {}),
  };
}

export function fromPersonTitle(claim: PersonTitleClaim, doc: number): TitleComparable | undefined {
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

export function describeTime(time: ClaimTime): string {
  if (time.start === time.end) return time.start;
  if (time.granularity === 'year') return time.start.slice(0, 4);
  if (time.granularity === 'month') return time.start.slice(0, 7);
  return `${time.start} to ${time.end}`;
}
