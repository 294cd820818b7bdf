/**
 * What the knowledge base says about one side of a conflict. The comparison layer only
 * reads records; the KB layer owns them. An empty KB answers nothing, so documents are then
 * compared without being judged.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { EventRecord, KbRecord, OfficeTermRecord, PlaceRecord } from '../kb/types.js';

export function recordOf<T extends KbRecord>(kb: KnowledgeBase, id: string | undefined, kind: T['kind']): T | undefined {
  if (!id) return undefined;
  const record = kb.get(id);
  return record && record.kind === kind ? (record as T) : undefined;
}

export function eventRecord(kb: KnowledgeBase, id: string | undefined): EventRecord | undefined {
  return recordOf<EventRecord>(kb, id, 'event');
}

export function placeRecord(kb: KnowledgeBase, id: string | undefined): PlaceRecord | undefined {
  return recordOf<PlaceRecord>(kb, id, 'place');
}

/** The place and the countries that contain it ("osaka" → osaka, japan). */
export function placeAndContainers(kb: KnowledgeBase, placeId: string): string[] {
  const place = placeRecord(kb, placeId);
  return place?.countryId ? [placeId, place.countryId] : [placeId];
}

/** True when one place lies within (or is) the other, as far as the KB knows. */
export function placesCompatible(kb: KnowledgeBase, a: string, b: string): boolean {
  return a === b || placeAndContainers(kb, a).includes(b) || placeAndContainers(kb, b).includes(a);
}

/** Who held an office on a day, per the KB (empty if the KB cannot say). */
export function holdersOn(kb: KnowledgeBase, officeKey: string, isoDate: string): OfficeTermRecord[] {
  return kb.holders({ officeKey }, isoDate);
}
