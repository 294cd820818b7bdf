/**
 * Knowledge-base record types. Every record cites a `source` URL. The JSON Schema in
 * `src/kb/schema.ts` is the authority on their shape; these types mirror it.
 */
import type { IsoDate } from '../extract/types.js';

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known. */
export type PartialDate = string;

interface RecordBase {
  id: string;
  source: string;
  otherSources?: string[];
  note?: string;
}

export type EventSeries = 'G20' | 'G7/G8' | 'ASEAN' | 'EAS' | 'APEC' | 'BRICS' | 'SCO' | 'NATO' | 'Japan-Russia bilateral' | string;

export interface EventRecord extends RecordBase {
  kind: 'event';
  series: EventSeries;
  name: string;
  edition: number | null;
  year: number;
  start: PartialDate | null;
  end: PartialDate | null;
  datePrecision: string;
  city: string;
  country: string;
  /** Place record ids of the city and country (for matching "in Singapore"). */
  placeIds: string[];
  status: 'held' | 'planned' | 'cancelled' | 'disrupted';
  format?: 'virtual' | 'hybrid';
  type?: string;
  aliases: string[];
  verification?: string;
}

export interface AgreementRecord extends RecordBase {
  kind: 'agreement';
  name: string;
  aliases: string[];
  /** Descriptive phrases the press uses ("basic agreement on bilateral relations"). */
  phrases: string[];
  parties: string[];
  signed: PartialDate | null;
  adopted?: PartialDate | null;
  openedForSignature?: PartialDate | null;
  place: string | null;
  inForce: PartialDate | null;
}

export interface OfficeTermRecord extends RecordBase {
  kind: 'office-term';
  /** "Prime Minister of Japan". */
  office: string;
  /** Stable key for the office: "prime-minister:japan". */
  officeKey: string;
  role: string;
  country: string;
  person: string;
  personId: string;
  /** Other names of the person. */
  aliases: string[];
  start: PartialDate;
  end: PartialDate | null;
  acting: boolean | null;
}

export interface PlaceRecord extends RecordBase {
  kind: 'place';
  name: string;
  type: 'city' | 'country' | 'region';
  /** For a city, the country's place id. */
  countryId?: string;
  aliases: string[];
  demonyms: string[];
}

export type KbRecord = EventRecord | AgreementRecord | OfficeTermRecord | PlaceRecord;

/** An alias of one or more records found in a text. */
export interface AliasMatch {
  start: number;
  end: number;
  text: string;
  recordIds: string[];
  kind: KbRecord['kind'] | 'person' | 'office' | 'event-series';
}

/** Interval of days covered by a partial date: "2018" → 2018-01-01 … 2018-12-31. */
export interface DayInterval {
  start: IsoDate;
  end: IsoDate;
}
