/**
 * Builds the shipped knowledge base (`corpus/kb/*.json`) from the checked reference facts in
 * `../shared/reference/` (or the directory given as the first argument):
 *
 *     npx tsc -p tsconfig.build.json && node dist/scripts/build-kb.js [REFERENCE_DIR]
 *
 * The output is committed, so the KB is self-contained; rerun this after the reference
 * changes. Every record keeps the reference's `source` (and other sources). Place records
 * (geography: which country a city is in) cite the place's Wikipedia page and, for host
 * cities, the summit record that names them.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/kb/paths.js';
import { slugify } from '../src/base/names.js';
import { SERIES } from '../src/kb/series.js';
import type { AgreementRecord, EventRecord, OfficeTermRecord, PlaceRecord } from '../src/kb/types.js';
import { OFFICES } from '../src/kb/offices.js';
import { AGREEMENT_ALIASES, AGREEMENT_PHRASES, CITY_ALIASES, CITY_COUNTRY, CITY_WIKI, COUNTRIES, HOST_CITIES } from './kb-tables.js';

// ------------------------------------------------------------ reference shapes

interface RefSummit {
  id: string; series: string; name: string; edition: number | null; year: number;
  start_date: string | null; end_date: string | null; date_precision: string;
  host_city: string | null; host_country: string | null; venue?: string; status: EventRecord['status'];
  format?: 'virtual' | 'hybrid'; type?: string; source: string; other_sources: string[];
  verification: string; note?: string; edition_derived?: boolean;
}
interface RefOfficeTerm {
  office: string; role: string; country: string; person: string; aliases: string[];
  start: string; end: string | null; acting: boolean | null; source: string; sources: string[];
  wikidata: string | null; note: string | null; date_precision?: string;
}
interface RefTreaty {
  name: string; aliases: string[]; parties: string[]; signed: string | null; place: string | null;
  in_force: string | null; source: string; sources: string[]; note: string | null;
  adopted?: string | null; opened_for_signature?: string | null; initialed?: string | null; terminated?: string | null;
}

const WIKI = 'https://en.wikipedia.org/wiki/';
const root = packageRoot();
const referenceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const outDir = join(root, 'corpus', 'kb');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(referenceDir, file), 'utf8')) as T;
}

/** Only URLs go into `source`/`otherSources`; the reference sometimes wraps them in a remark ("Wikipedia text via URL"). */
function urlOnly(source: string): string {
  return source.match(/https?:\/\/[^\s)]+/)?.[0] ?? source;
}

/** The main source URL, and the reference's remark about it when it said more than a URL. */
function mainSource(source: string, others: string[]): { source: string; sourceNote?: string } {
  const url = source.match(/https?:\/\/[^\s)]+/)?.[0] ?? others.map(urlOnly).find((u) => /^https?:\/\//.test(u)) ?? source;
  return url === source.trim() ? { source: url } : { source: url, sourceNote: source };
}
function urls(list: string[], main: string): string[] {
  const out = list.map(urlOnly).filter((u) => /^https?:\/\//.test(u) && u !== mainSource(main, list).source);
  return [...new Set(out)];
}

// ------------------------------------------------------------ places

const places = new Map<string, PlaceRecord>();

function countryId(name: string): string {
  return slugify(name);
}

function addCountries(): void {
  for (const row of COUNTRIES) {
    places.set(countryId(row.name), {
      kind: 'place', id: countryId(row.name), name: row.name, type: 'country',
      aliases: row.aliases, demonyms: row.demonyms, source: WIKI + row.wiki,
    });
  }
}

function placeId(name: string, country: string): string {
  return `${slugify(name)}-${countryId(country)}`;
}

/** Adds (once) a city, locality or region place and returns its id. */
function addPlace(name: string, country: string, type: PlaceRecord['type'], citedBy?: string): string {
  // A city-state (Singapore) is one place; a city named under a former state (Moscow, Soviet Union) is the same city.
  if (places.get(countryId(name))?.name === name) return countryId(name);
  const sameName = type === 'city' ? [...places.values()].find((p) => p.type === 'city' && p.name === name) : undefined;
  const id = sameName?.id ?? placeId(name, country);
  const existing = places.get(id);
  if (existing) {
    if (citedBy && !existing.otherSources?.includes(citedBy)) existing.otherSources = [...(existing.otherSources ?? []), citedBy].slice(0, 3);
    return id;
  }
  const wiki = CITY_WIKI[name] ?? name.replace(/ /g, '_');
  places.set(id, {
    kind: 'place', id, name, type, countryId: countryId(country),
    aliases: CITY_ALIASES[name] ?? [], demonyms: [], source: WIKI + wiki,
    ...(citedBy ? { otherSources: [citedBy] } : {}),
  });
  return id;
}

function hostPlaces(summit: RefSummit): { city: string | null; placeIds: string[] } {
  const ids = new Set<string>();
  const countries = (summit.host_country ?? '').split(' / ').filter(Boolean);
  for (const country of countries) ids.add(countryId(country));
  // A West German summit city is in today's Germany too.
  if (countries.includes('West Germany')) ids.add(countryId('Germany'));
  if (!summit.host_city) return { city: null, placeIds: [...ids] };
  const row = HOST_CITIES[summit.host_city] ?? { cities: [summit.host_city] };
  const countryOf = (city: string): string => CITY_COUNTRY[city] ?? (countries[0] === 'West Germany' ? 'Germany' : countries[0]);
  for (const city of row.cities) {
    const country = countryOf(city);
    ids.add(addPlace(city, country, 'city', summit.source));
    ids.add(countryId(country));
  }
  for (const locality of row.localities ?? []) ids.add(addPlace(locality, countryOf(row.cities[0]), 'city', summit.source));
  for (const region of row.regions ?? []) ids.add(addPlace(region, countryOf(row.cities[0]), 'region', summit.source));
  return { city: row.cities[0], placeIds: [...ids] };
}

// ------------------------------------------------------------ events

const ORDINAL_SUFFIX = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** "East Asia Summit" already says summit; "G20" needs the word. */
function summitOf(label: string): string {
  return /summit$/i.test(label) ? label : `${label} summit`;
}

/** Series whose leaders' summits the press names by host town alone ("the Osaka summit", "the Gleneagles summit"). */
const NAMED_BY_TOWN = new Set(['G20', 'G7/G8', 'NATO']);

/**
 * "<Town> summit" is only an alias when exactly one summit of those series met in that town;
 * other series are left out because the same town hosts many meetings (the 2018 Singapore
 * summit of Trump and Kim is not the ASEAN summit).
 */
function townSummitCounts(summits: RefSummit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const summit of summits) {
    if (!NAMED_BY_TOWN.has(summit.series) || !summit.host_city) continue;
    const row = HOST_CITIES[summit.host_city] ?? { cities: [summit.host_city] };
    for (const town of new Set([...row.cities, ...(row.localities ?? [])])) counts.set(town, (counts.get(town) ?? 0) + 1);
  }
  return counts;
}

/** Names the press gives a summit: its own name, "Osaka summit", "2018 G20 summit", "33rd ASEAN Summit". */
function eventAliases(summit: RefSummit, city: string | null, townCounts: Map<string, number>): string[] {
  const aliases = new Set<string>();
  const series = SERIES.find((s) => s.key === summit.series);
  // The G8 (with Russia) met from 1997 to 2013; the press calls those summits either name.
  const g8Era = summit.year >= 1997 && summit.year <= 2013;
  const labels = summit.series === 'G7/G8' ? (g8Era ? ['G8', 'G7'] : ['G7']) : series?.names[0] ? [series.names[0]] : [];
  for (const label of labels) {
    aliases.add(`${summit.year} ${summitOf(label)}`);
    if (city) {
      if (!/summit$/i.test(label)) aliases.add(`${label} ${city} summit`);
      aliases.add(`${city} ${summitOf(label)}`);
    }
    if (summit.edition && !summit.edition_derived) aliases.add(`${summit.edition}${ORDINAL_SUFFIX(summit.edition)} ${summitOf(label)}`);
  }
  const namedByTown = NAMED_BY_TOWN.has(summit.series) && summit.type !== 'bilateral';
  if (city && namedByTown) aliases.add(`${summit.year} ${city} summit`);
  const row = summit.host_city ? HOST_CITIES[summit.host_city] ?? { cities: [summit.host_city] } : { cities: [] };
  for (const town of [...row.cities, ...(row.localities ?? [])]) {
    if (namedByTown && townCounts.get(town) === 1) aliases.add(`${town} summit`);
  }
  aliases.delete(summit.name);
  return [...aliases];
}

function convertSummit(summit: RefSummit, townCounts: Map<string, number>): EventRecord {
  const { city, placeIds } = hostPlaces(summit);
  const record: EventRecord = {
    kind: 'event', id: summit.id, series: summit.series, name: summit.name,
    edition: summit.edition, year: summit.year, start: summit.start_date, end: summit.end_date,
    datePrecision: summit.date_precision, city, country: summit.host_country, placeIds,
    status: summit.status, aliases: eventAliases(summit, city, townCounts), verification: summit.verification,
    ...mainSource(summit.source, summit.other_sources), otherSources: urls(summit.other_sources, summit.source),
  };
  if (summit.host_city && summit.host_city !== city) record.hostAsGiven = summit.host_city;
  if (summit.venue) record.venue = summit.venue;
  if (summit.edition_derived) record.editionDerived = true;
  if (summit.format) record.format = summit.format;
  if (summit.type) record.type = summit.type;
  if (summit.note) record.note = summit.note;
  return record;
}

// ------------------------------------------------------------ office terms

function convertTerm(term: RefOfficeTerm, usedIds: Set<string>): OfficeTermRecord {
  const office = OFFICES[term.office];
  if (!office) throw new Error(`No office key for "${term.office}" in src/kb/offices.ts`);
  const personId = slugify(term.person);
  let id = `${office.key.replace(':', '--')}--${personId}--${term.start.slice(0, 4)}`;
  for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  usedIds.add(id);
  const record: OfficeTermRecord = {
    kind: 'office-term', id, office: term.office, officeKey: office.key, role: term.role,
    country: term.country, person: term.person, personId, aliases: term.aliases,
    start: term.start, end: term.end, acting: term.acting,
    ...mainSource(term.source, term.sources), otherSources: urls(term.sources, term.source),
  };
  if (term.date_precision) record.datePrecision = term.date_precision;
  if (term.wikidata) record.wikidata = term.wikidata;
  if (term.note) record.note = term.note;
  return record;
}

// ------------------------------------------------------------ agreements

const COUNTRY_BY_NAME = new Map<string, string>();
for (const row of COUNTRIES) for (const name of [row.name, ...row.aliases]) COUNTRY_BY_NAME.set(name.toLowerCase(), countryId(row.name));

/** "Soviet Union (later Russia)" → soviet-union, russia; "Russia (RSFSR)" → russia. */
function partyIds(parties: string[]): string[] {
  const ids = new Set<string>();
  for (const party of parties) {
    const [head, detail = ''] = party.split(/\s*\(/);
    const id = COUNTRY_BY_NAME.get(head.trim().toLowerCase());
    if (id) ids.add(id);
    if (id && /later russia|continued by russia/i.test(detail)) ids.add('russia');
  }
  return [...ids];
}

/** "Moscow, Russia" → the city's place id (only this plain form; other descriptions stay text). */
function agreementPlaceIds(place: string | null): string[] {
  const m = place?.match(/^([^,;()]+), ([^,;()]+)$/);
  if (!m) return [];
  const country = COUNTRY_BY_NAME.get(m[2].trim().toLowerCase());
  if (!country) return [];
  const countryName = COUNTRIES.find((c) => countryId(c.name) === country)!.name;
  return [addPlace(m[1].trim(), countryName, 'city'), country];
}

function convertTreaty(treaty: RefTreaty, usedIds: Set<string>): AgreementRecord {
  const year = (treaty.signed ?? treaty.adopted ?? '').slice(0, 4);
  const short = treaty.aliases[0] ?? treaty.name;
  let id = `agreement-${slugify(short)}${year && !short.includes(year) ? `-${year}` : ''}`;
  for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  usedIds.add(id);
  const record: AgreementRecord = {
    kind: 'agreement', id, name: treaty.name, aliases: [...treaty.aliases, ...(AGREEMENT_ALIASES[treaty.name] ?? [])],
    phrases: AGREEMENT_PHRASES[treaty.name] ?? [], parties: treaty.parties, partyIds: partyIds(treaty.parties),
    signed: treaty.signed, place: treaty.place, placeIds: agreementPlaceIds(treaty.place), inForce: treaty.in_force,
    ...mainSource(treaty.source, treaty.sources), otherSources: urls(treaty.sources, treaty.source),
  };
  if (treaty.adopted !== undefined) record.adopted = treaty.adopted;
  if (treaty.opened_for_signature !== undefined) record.openedForSignature = treaty.opened_for_signature;
  if (treaty.initialed !== undefined) record.initialed = treaty.initialed;
  if (treaty.terminated !== undefined) record.terminated = treaty.terminated;
  if (treaty.note) record.note = treaty.note;
  return record;
}

// ------------------------------------------------------------ main

function write(file: string, description: string, records: object[]): void {
  const body = { description, records };
  writeFileSync(join(outDir, file), JSON.stringify(body, null, 2) + '\n');
  console.log(`${file}: ${records.length} records`);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  addCountries();
  const summits = readJson<RefSummit[]>('summits.json');
  const townCounts = townSummitCounts(summits);
  const events = summits.map((s) => convertSummit(s, townCounts));
  const termIds = new Set<string>();
  const terms = readJson<RefOfficeTerm[]>('officeholders.json').map((t) => convertTerm(t, termIds));
  const treatyIds = new Set<string>();
  const agreements = readJson<RefTreaty[]>('treaties.json').map((t) => convertTreaty(t, treatyIds));
  const from = 'Built by scripts/build-kb.ts from the checked reference facts; edit the reference or the script, not this file.';
  write('events.json', `Summits and meetings. ${from}`, events);
  write('office-terms.json', `Terms of office. ${from}`, terms);
  write('agreements.json', `Treaties, agreements and declarations. ${from}`, agreements);
  const placeList = [...places.values()].sort((a, b) => (a.type === b.type ? a.id.localeCompare(b.id) : a.type.localeCompare(b.type)));
  write('places.json', `Countries, cities and regions named by the other records (geography, cited to each place's Wikipedia page). ${from}`, placeList);
}

main();
