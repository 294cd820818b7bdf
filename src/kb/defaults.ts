/** The list fields a KB record may leave out, filled in once when the KB is built. */
import type { KbRecord } from './types.js';

/** User records may leave out list fields the schema makes optional; fill them once here. */
export function withDefaults(record: KbRecord): KbRecord {
  switch (record.kind) {
    case 'event': return { ...record, aliases: record.aliases ?? [], edition: record.edition ?? null, datePrecision: record.datePrecision ?? (record.start ? 'day' : 'none') };
    case 'agreement': return { ...record, aliases: record.aliases ?? [], phrases: record.phrases ?? [], placeIds: record.placeIds ?? [], partyIds: record.partyIds ?? [], place: record.place ?? null, inForce: record.inForce ?? null };
    case 'office-term': return { ...record, aliases: record.aliases ?? [], acting: record.acting ?? null, role: record.role ?? '' };
    case 'place': return { ...record, aliases: record.aliases ?? [], demonyms: record.demonyms ?? [] };
  }
}
