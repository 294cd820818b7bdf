/**
 * Knowledge-base record types. Every record cites a `source` URL. The JSON Schema in
 * `src/kb/schema.ts` is the authority on their shape; these types mirror it.
 */


import type { PartialDate } from '../base/calendar.js';

export type { PartialDate };

interface RecordBase {
  id: string;
  source: string;
  /** The reference's remark about the source when it said more than a URL ("Wikipedia text via …"). */
  sourceNote?: string;
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
  /** The main host city (null for virtual meetings without a chair city, or when unknown). */
  city: string | null;
  /** The host country as named at the time ("West Germany"); null when unknown. */
  country: string | null;
  /**
   * Place record ids of every place the event may truthfully be said to be "in": its cities,
   * named localities (Gleneagles, Nusa Dua), regions (Scotland) and countries.
   */
  placeIds: string[];
  /** The host as the reference wrote it when it says more than `city` ("Bali (Nusa Dua)"). */
  hostAsGiven?: string;
  venue?: string;
  /** The edition number was worked out from sourced neighbours, not stated by a source. */
  editionDerived?: boolean;
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
  /** Place record ids of `place` when it resolves plainly to known places. */
  placeIds: string[];
  /** Place (country) record ids of the parties that are countries. */
  partyIds: string[];
  initialed?: PartialDate | null;
  terminated?: PartialDate | null;
  inForce: PartialDate | null;
  /**
   * Only its names and aliases as written name it, no variant with another final noun: the
   * 2008 India-US civil nuclear agreement is not "the nuclear deal", a name the press also
   * gives the 2005 joint statement that started it.
   */
  fixedNames?: boolean;
  /**
   * Aliases that name it only when written with their capitals: "the Auto Pact" is the 1965
   * Canada-US agreement, "an auto pact" may be any carmakers' deal.
   */
  capitalisedAliases?: string[];
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
  /**
   * The sources disagree on this term, or rival claimants held the office at once: the term
   * overlaps another holder's and nobody has settled which is right. A check never relies on it.
   */
  disputed?: boolean;
  /** Present when a date is partial or derived ("start year", "day (derived)"). */
  datePrecision?: string;
  wikidata?: string;
  /** Titles the press gives the office besides its name ("Taoiseach", "Chancellor of the Exchequer"). */
  titles?: string[];
}

export interface PlaceRecord extends RecordBase {
  kind: 'place';
  name: string;
  /** 'organization' for an international body whose officers the KB records (the UN, NATO). */
  type: 'city' | 'country' | 'region' | 'organization';
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
  /** For 'office': the officeKey; for 'event-series': the normalised series; for 'person': the personId. */
  key?: string;
  /**
   * True for a surname alone ("Abe", "Putin"): it may name the person, but only context can
   * tell (a capitalised match only). Consumers should confirm before relying on it.
   */
  partial?: boolean;
}


/** A source an editor can open: a record's cited page. */
export interface SourceRef {
  url: string;
  /** The knowledge-base record id, if the source is a record. */
  recordId?: string;
  title?: string;
}
