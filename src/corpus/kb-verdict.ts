/**
 * When two documents disagree, whether the knowledge base sides with either: the event's
 * record for places and dates, the office-holders for titles. Quotes and figures have no
 * record to check against.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { SourceRef } from '../kb/types.js';
import type { Comparable, DateComparable, PlaceComparable, TitleComparable } from './comparable.js';
import { overlaps } from '../base/calendar.js';
import { eventRecord, holdersOn, placeAndContainers, placeRecord, recordOf } from './kb-check.js';
import type { AgreementRecord } from '../kb/types.js';

export interface KbVerdict {
  agrees: boolean;
  /** What the record says, in words ("the G20 summit 2018 was held in Buenos Aires, Argentina"). */
  summary: string;
  source: SourceRef;
}

export function kbVerdict(kb: KnowledgeBase, claim: Comparable): KbVerdict | undefined {
  switch (claim.kind) {
    case 'event-place': return placeVerdict(kb, claim);
    case 'event-date': return dateVerdict(kb, claim);
    case 'person-title': return titleVerdict(kb, claim);
    default: return undefined;
  }
}

function placeVerdict(kb: KnowledgeBase, claim: PlaceComparable): KbVerdict | undefined {
  const record = eventRecord(kb, claim.eventId);
  if (!record || !claim.placeId || record.placeIds.length === 0) return undefined;
  const claimed = claim.placeId;
  // "In Japan" is right for a summit in Osaka; "in Tokyo" is not, though Tokyo is in Japan.
  const agrees = record.placeIds.some((id) => id === claimed || placeAndContainers(kb, id).includes(claimed));
  const knowsCity = record.placeIds.some((id) => placeRecord(kb, id)?.type === 'city');
  if (!agrees && !knowsCity) return undefined;
  return {
    agrees,
    summary: `${record.name} was held in ${[record.city, record.country].filter(Boolean).join(', ')}`,
    source: { url: record.source, recordId: record.id, title: record.name },
  };
}

function dateVerdict(kb: KnowledgeBase, claim: DateComparable): KbVerdict | undefined {
  const event = eventRecord(kb, claim.subjectId);
  if (event?.start) {
    const interval = { start: fullDate(event.start, 'start'), end: fullDate(event.end ?? event.start, 'end') };
    return {
      agrees: overlaps(interval, claim.time, 1),
      summary: `${event.name} took place ${event.start === event.end || !event.end ? `on ${event.start}` : `from ${event.start} to ${event.end}`}`,
      source: { url: event.source, recordId: event.id, title: event.name },
    };
  }
  const agreement = recordOf<AgreementRecord>(kb, claim.subjectId, 'agreement');
  if (agreement?.signed) {
    const interval = { start: fullDate(agreement.signed, 'start'), end: fullDate(agreement.signed, 'end') };
    return {
      agrees: overlaps(interval, claim.time, 1),
      summary: `${agreement.name} was signed on ${agreement.signed}`,
      source: { url: agreement.source, recordId: agreement.id, title: agreement.name },
    };
  }
  return undefined;
}

function titleVerdict(kb: KnowledgeBase, claim: TitleComparable): KbVerdict | undefined {
  const holders = holdersOn(kb, claim.officeKey, claim.time.start);
  if (holders.length === 0) return undefined;
  const term = holders[0];
  return {
    agrees: holders.some((h) => h.personId === claim.personId),
    summary: `${holders.map((h) => h.person).join(' and ')} held the office of ${term.office} on ${claim.time.start}`,
    source: { url: term.source, recordId: term.id, title: term.office },
  };
}

/** "2018" → 2018-01-01 (start) or 2018-12-31 (end); "2018-11" likewise. */
function fullDate(partial: string, side: 'start' | 'end'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(partial)) return partial;
  if (/^\d{4}-\d{2}$/.test(partial)) {
    if (side === 'start') return `${partial}-01`;
    const [y, m] = partial.split('-').map(Number);
    return `${partial}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return side === 'start' ? `${partial}-01-01` : `${partial}-12-31`;
}
