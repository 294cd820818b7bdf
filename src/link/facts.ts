/**
 * Linking claims to knowledge-base records: which summit a series and a year name, whether
 * a place is the event's place, who a name is and which offices they held when.
 *
 * The lookups here are built once per knowledge base (memoised on the instance) from its
 * record arrays, so linking every claim of a document costs map look-ups, not loops over
 * records.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { AgreementRecord, EventRecord, OfficeTermRecord, PlaceRecord } from '../kb/types.js';
import type { IsoDate } from '../analysis/mentions.js';
import type { TitleClass } from './vocabulary.js';
import { officeMatchesTitle } from './vocabulary.js';
import { contains, dayNumber, recordInterval } from '../base/days.js';
import type { DayInterval } from '../base/days.js';
import { addToSet, pushToList } from '../base/multimap.js';

/** The record arrays linking reads (the knowledge base exposes them). */
interface FactRecords {
  events?: readonly EventRecord[];
  agreements?: readonly AgreementRecord[];
  officeTerms?: readonly OfficeTermRecord[];
  places?: readonly PlaceRecord[];
  get?(id: string): unknown;
}

/** Offices the sources date with a day's uncertainty (end of one term = start of the next). */
export const TERM_TOLERANCE_DAYS = 1;

export interface FactIndex {
  eventsBySeries: Map<string, EventRecord[]>;
  events: readonly EventRecord[];
  agreements: readonly AgreementRecord[];
  placesByName: Map<string, PlaceRecord[]>;
  placeById: Map<string, PlaceRecord>;
  countryByDemonym: Map<string, PlaceRecord>;
  personsByName: Map<string, Set<string>>;
  personsBySurname: Map<string, Set<string>>;
  termsByPerson: Map<string, OfficeTermRecord[]>;
  termsByOffice: Map<string, OfficeTermRecord[]>;
}

const indexes = new WeakMap<object, FactIndex>();

export function factIndex(kb: KnowledgeBase): FactIndex {
  let index = indexes.get(kb);
  if (!index) {
    index = buildIndex(kb as unknown as FactRecords);
    indexes.set(kb, index);
  }
  return index;
}

/** Lower case, no diacritics, hyphens and apostrophes as spaces, single spaces. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‘`]s\b/g, '')
    .replace(/[-‐–—.’'‘`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function buildIndex(records: FactRecords): FactIndex {
  const index: FactIndex = {
    eventsBySeries: new Map(),
    events: records.events ?? [],
    agreements: records.agreements ?? [],
    placesByName: new Map(),
    placeById: new Map(),
    countryByDemonym: new Map(),
    personsByName: new Map(),
    personsBySurname: new Map(),
    termsByPerson: new Map(),
    termsByOffice: new Map(),
  };
  for (const event of index.events) pushToList(index.eventsBySeries, event.series, event);
  for (const list of index.eventsBySeries.values()) list.sort((a, b) => (a.start ?? `${a.year}`).localeCompare(b.start ?? `${b.year}`));
  for (const place of records.places ?? []) indexPlace(index, place);
  for (const term of records.officeTerms ?? []) indexTerm(index, term);
  return index;
}

function indexPlace(index: FactIndex, place: PlaceRecord): void {
  index.placeById.set(place.id, place);
  for (const name of [place.name, ...place.aliases]) pushToList(index.placesByName, normaliseName(name), place);
  if (place.type === 'country') for (const demonym of place.demonyms) index.countryByDemonym.set(normaliseName(demonym), place);
}

function indexTerm(index: FactIndex, term: OfficeTermRecord): void {
  pushToList(index.termsByPerson, term.personId, term);
  pushToList(index.termsByOffice, term.officeKey, term);
  for (const name of [term.person, ...term.aliases]) {
    const normalised = normaliseName(name);
    addToSet(index.personsByName, normalised, term.personId);
    const words = normalised.split(' ');
    // Only full names give a surname; a one-word alias ("Lula", "MBS") is a name in itself.
    if (words.length > 1) addToSet(index.personsBySurname, words[words.length - 1], term.personId);
  }
}

// ---------------------------------------------------------------- places

export function findPlaces(index: FactIndex, name: string): PlaceRecord[] {
  return index.placesByName.get(normaliseName(name)) ?? [];
}

/** The country a demonym or a country name stands for ("Japanese", "Japan's", "Japan"). */
export function countryOf(index: FactIndex, word: string): PlaceRecord | undefined {
  const key = normaliseName(word);
  return index.countryByDemonym.get(key) ?? findPlaces(index, key).find((p) => p.type === 'country');
}

/**
 * Is "in <place>" true of the event? True when the place is one of the event's places
 * (city, locality, region, country), or when its name appears in the host as the
 * reference gives it ("Charlevoix (La Malbaie region), Quebec" is in Quebec).
 */
export function eventIsAt(index: FactIndex, event: EventRecord, placeName: string): boolean {
  const places = findPlaces(index, placeName);
  if (places.some((p) => event.placeIds.includes(p.id))) return true;
  return hostWords(event).includes(` ${normaliseName(placeName)} `);
}

const hostWordsCache = new WeakMap<EventRecord, string>();

/** Every name of the event's host, normalised once: " charlevoix la malbaie region quebec | canada | … ". */
function hostWords(event: EventRecord): string {
  let words = hostWordsCache.get(event);
  if (words === undefined) {
    const hosts = [event.city, event.country, event.hostAsGiven, event.venue, event.name, ...event.aliases].filter((h): h is string => Boolean(h));
    words = ` ${hosts.map((h) => normaliseName(h).replace(/[(),]/g, ' ').replace(/\s+/g, ' ').trim()).join(' | ')} `;
    hostWordsCache.set(event, words);
  }
  return words;
}

const dayRangeCache = new WeakMap<EventRecord, [number, number] | null>();

/** The event's days as day numbers, computed once per record. */
function eventDays(event: EventRecord): [number, number] | undefined {
  let days = dayRangeCache.get(event);
  if (days === undefined) {
    const interval = recordInterval(event.start, event.end);
    days = interval ? [dayNumber(interval.start), dayNumber(interval.end)] : null;
    dayRangeCache.set(event, days);
  }
  return days ?? undefined;
}

/** Is the name a place the knowledge base knows (a city, region or country), or a host city? */
export function isKnownPlace(index: FactIndex, name: string): boolean {
  if (findPlaces(index, name).length > 0) return true;
  const wanted = normaliseName(name);
  return index.events.some((e) => e.city !== null && normaliseName(e.city) === wanted);
}

// ---------------------------------------------------------------- events

export function eventsOfSeriesInYear(index: FactIndex, series: string, year: number): EventRecord[] {
  return (index.eventsBySeries.get(series) ?? []).filter((e) => e.year === year && e.status !== 'cancelled');
}

/** Events held at the place whose dates fall in the interval (for "what happened there then"). */
export function eventsAtPlaceDuring(index: FactIndex, placeName: string, during: DayInterval): EventRecord[] {
  const from = dayNumber(during.start);
  const to = dayNumber(during.end);
  return index.events.filter((event) => {
    if (event.status === 'cancelled') return false;
    const days = eventDays(event);
    return days !== undefined && days[0] <= to && from <= days[1] && eventIsAt(index, event, placeName);
  });
}

// ---------------------------------------------------------------- people and offices

/**
 * Person ids a name may refer to: an exact full name or alias first; a surname alone
 * only when no full name matched (callers narrow surname candidates by the title).
 */
export function findPersons(index: FactIndex, name: string): { ids: string[]; bySurname: boolean } {
  const normalised = normaliseName(name.replace(/^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+/, ''));
  const exact = index.personsByName.get(normalised);
  if (exact) return { ids: [...exact], bySurname: false };
  const words = normalised.split(' ');
  const surname = index.personsBySurname.get(words[words.length - 1]);
  // A given name that disagrees with the record's ("Akie Abe") is another person.
  if (surname && words.length === 1) return { ids: [...surname], bySurname: true };
  return { ids: [], bySurname: false };
}

export function termsOf(index: FactIndex, personId: string): OfficeTermRecord[] {
  return index.termsByPerson.get(personId) ?? [];
}

export function personName(index: FactIndex, personId: string): string {
  return termsOf(index, personId)[0]?.person ?? personId;
}

/** The person's terms in offices that the title names, in the given country if one is given. */
export function termsWithTitle(index: FactIndex, personId: string, cls: TitleClass, country?: PlaceRecord): OfficeTermRecord[] {
  return termsOf(index, personId).filter((t) => officeMatchesTitle(t.office, t.role, cls) && (!country || sameCountry(country, t.country)));
}

export function sameCountry(place: PlaceRecord, countryName: string): boolean {
  const wanted = normaliseName(countryName);
  return [place.name, ...place.aliases].some((n) => normaliseName(n) === wanted);
}

export function termCovers(term: OfficeTermRecord, day: IsoDate, toleranceDays = TERM_TOLERANCE_DAYS): boolean {
  const interval = recordInterval(term.start, term.end);
  return interval !== undefined && contains(interval, day, toleranceDays);
}

export function termInterval(term: OfficeTermRecord): DayInterval | undefined {
  return recordInterval(term.start, term.end);
}

/** Who held an office of this class (in this country) on the day. */
export function holdersAt(index: FactIndex, cls: TitleClass, country: PlaceRecord, day: IsoDate): OfficeTermRecord[] {
  const holders: OfficeTermRecord[] = [];
  for (const terms of index.termsByOffice.values()) {
    const first = terms[0];
    if (!officeMatchesTitle(first.office, first.role, cls) || !sameCountry(country, first.country)) continue;
    holders.push(...terms.filter((t) => termCovers(t, day, 0) && !t.acting));
  }
  return holders;
}

/** Does the knowledge base record any office of this class in this country? */
export function coversOffice(index: FactIndex, cls: TitleClass, country: PlaceRecord): boolean {
  for (const terms of index.termsByOffice.values()) {
    const first = terms[0];
    if (officeMatchesTitle(first.office, first.role, cls) && sameCountry(country, first.country)) return true;
  }
  return false;
}

export function recordSource(record: { id: string; source: string; name?: string; office?: string }): { url: string; recordId: string; title?: string } {
  return { url: record.source, recordId: record.id, title: record.name ?? record.office };
}
