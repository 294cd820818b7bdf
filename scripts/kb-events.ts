/**
 * Summit records of the KB build: the reference's `summits.json` and `data/kb-reference`'s
 * `summits-more.json` (same format) → event records with their places and the names the
 * press gives them ("Osaka summit", "2018 G20 summit", "33rd ASEAN Summit").
 */
import { SERIES } from '../src/kb/series.js';
import { phraseKey } from '../src/base/names.js';
import type { EventRecord } from '../src/kb/types.js';
import { CITY_COUNTRY, HOST_CITIES, SERIES_ARTICLES, SERIES_TABLE_CHECKED, SUMMIT_READ_THROUGH, SUMMIT_SOURCES } from './kb-tables.js';
import { hostOf } from './kb-sources.js';
import type { HostCityRow } from './kb-tables.js';
import type { PlaceBook } from './kb-places.js';
import { chooseSources } from './kb-sources.js';

export interface RefSummit {
  id: string; series: string; name: string; edition: number | null; year: number;
  start_date: string | null; end_date: string | null; date_precision: string;
  host_city: string | null; host_country: string | null; venue?: string; status: EventRecord['status'];
  format?: 'virtual' | 'hybrid'; type?: string; source: string; other_sources: string[];
  verification: string; note?: string | null; edition_derived?: boolean;
}

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

function hostRow(summit: RefSummit): HostCityRow {
  if (!summit.host_city) return { cities: [] };
  return HOST_CITIES[summit.host_city] ?? { cities: [summit.host_city] };
}

/**
 * "<Town> summit" is only an alias when exactly one summit of those series met in that town;
 * other series are left out because the same town hosts many meetings (the 2018 Singapore
 * summit of Trump and Kim is not the ASEAN summit).
 */
export function townSummitCounts(summits: RefSummit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const summit of summits) {
    if (!NAMED_BY_TOWN.has(summit.series) || !summit.host_city || summit.status === 'cancelled') continue;
    const row = hostRow(summit);
    for (const town of new Set([...row.cities, ...(row.localities ?? [])])) counts.set(town, (counts.get(town) ?? 0) + 1);
  }
  return counts;
}

/**
 * Names the press gives a summit. A virtual or extraordinary meeting takes neither the year's
 * name ("the 2020 G20 summit" is the Riyadh summit of November, not the video call of March)
 * nor the host town's.
 */
function eventAliases(summit: RefSummit, city: string | null, townCounts: Map<string, number>, yearNamed: boolean): string[] {
  const aliases = new Set<string>();
  const series = SERIES.find((s) => s.key === summit.series);
  // The G8 (with Russia) met from 1997 to 2013; the press calls those summits either name.
  const g8Era = summit.year >= 1997 && summit.year <= 2013;
  const labels = summit.series === 'G7/G8' ? (g8Era ? ['G8', 'G7'] : ['G7']) : series?.names[0] ? [series.names[0]] : [];
  const special = summit.format === 'virtual' || Boolean(summit.type);
  for (const label of labels) {
    if (yearNamed) aliases.add(`${summit.year} ${summitOf(label)}`);
    if (city && !special) {
      if (!/summit$/i.test(label)) aliases.add(`${label} ${city} summit`);
      aliases.add(`${city} ${summitOf(label)}`);
    }
    if (summit.edition && !summit.edition_derived) aliases.add(`${summit.edition}${ORDINAL_SUFFIX(summit.edition)} ${summitOf(label)}`);
  }
  const namedByTown = NAMED_BY_TOWN.has(summit.series) && summit.type !== 'bilateral' && !special;
  if (city && namedByTown) aliases.add(`${summit.year} ${city} summit`);
  for (const town of [...hostRow(summit).cities, ...(hostRow(summit).localities ?? [])]) {
    if (namedByTown && townCounts.get(town) === 1) aliases.add(`${town} summit`);
  }
  aliases.delete(summit.name);
  return [...aliases];
}

function hostPlaces(summit: RefSummit, places: PlaceBook, citedBy: string): { city: string | null; placeIds: string[] } {
  const ids = new Set<string>();
  const countries = (summit.host_country ?? '').split(' / ').filter(Boolean);
  for (const country of countries) ids.add(places.countryIdOf(country) ?? country);
  // A West German summit city is in today's Germany too.
  if (countries.includes('West Germany')) ids.add('germany');
  const row = hostRow(summit);
  if (row.cities.length === 0) return { city: null, placeIds: [...ids] };
  const countryOf = (city: string): string => CITY_COUNTRY[city] ?? (countries[0] === 'West Germany' ? 'Germany' : countries[0]);
  for (const city of row.cities) {
    ids.add(places.add(city, countryOf(city), 'city', citedBy));
    ids.add(places.countryIdOf(countryOf(city)) ?? countryOf(city));
  }
  for (const locality of row.localities ?? []) ids.add(places.add(locality, countryOf(row.cities[0]), 'city', citedBy));
  for (const region of row.regions ?? []) ids.add(places.add(region, countryOf(row.cities[0]), 'region', citedBy));
  return { city: row.cities[0], placeIds: [...ids] };
}

/**
 * The summits that take the "<year> <series> summit" name: the in-person, ordinary meetings
 * of their year (or a year's only meeting, whatever it was).
 */
function yearNamedSummits(summits: RefSummit[]): Set<string> {
  const byYear = new Map<string, RefSummit[]>();
  for (const s of summits) byYear.set(`${s.series}|${s.year}`, [...(byYear.get(`${s.series}|${s.year}`) ?? []), s]);
  const named = new Set<string>();
  for (const list of byYear.values()) {
    const ordinary = list.filter((s) => s.format !== 'virtual' && !s.type);
    for (const s of ordinary.length > 0 ? ordinary : list.length === 1 ? list : []) named.add(s.id);
  }
  return named;
}

const SERIES_WORDS: Record<string, RegExp> = {
  G20: /\bG-?20\b/i, 'G7/G8': /\bG-?[78]\b/i, ASEAN: /\bASEAN\b/i, EAS: /East_Asia(?:n)?_Summit|\bEAS\b/i, APEC: /\bAPEC\b/i, BRICS: /\bBRICS?\b/i, SCO: /\bSCO\b|Shanghai_Cooperation/i, NATO: /\bNATO\b/i,
};

/**
 * An encyclopedia article whose title names another series and not the summit's own ("APEC
 * Papua New Guinea 2018" for the East Asia Summit of 2018) is about another meeting: it is not
 * this summit's source.
 */
function aboutAnotherSeries(url: string, series: string): boolean {
  const title = /wikipedia\.org\/wiki\/([^#?]+)/.exec(url)?.[1].replace(/_/g, ' ');
  if (!title) return false;
  const own = SERIES_WORDS[series];
  const other = Object.entries(SERIES_WORDS).some(([key, pattern]) => key !== series && pattern.test(title));
  return other && !(own && own.test(title));
}

export function convertSummits(summits: RefSummit[], places: PlaceBook): EventRecord[] {
  const townCounts = townSummitCounts(summits);
  const yearNamed = yearNamedSummits(summits);
  const records = summits.map((summit) => {
    const read = [...(SUMMIT_SOURCES[summit.id] ?? []), summit.source, ...summit.other_sources].filter((url) => !aboutAnotherSeries(url, summit.series));
    const sources = chooseSources(read);
    if (!sources.source) {
      const article = SERIES_ARTICLES[summit.series];
      if (!article) throw new Error(`summit ${summit.id}: no citable source among ${read.join(', ')}`);
      sources.source = article;
      sources.sourceNote = SERIES_TABLE_CHECKED.has(summit.id)
        ? "The series' encyclopedia article: its table of meetings gives these dates (read through a copy of the table; the secondary lists the dates were first read from are not cited)."
        : `The series' encyclopedia article, with its list of meetings; this record's dates were read from secondary lists (${[...new Set(read.map(hostOf))].join(', ')}) that are not cited, and were not checked against this article.`;
    }
    const copy = SUMMIT_READ_THROUGH[summit.id];
    if (copy && sources.source === SUMMIT_SOURCES[summit.id]?.[0]) sources.sourceNote = `Read through a copy of this article: ${copy}`;
    const { city, placeIds } = hostPlaces(summit, places, sources.source);
    const record: EventRecord = {
      kind: 'event', id: summit.id, series: summit.series, name: summit.name,
      edition: summit.edition, year: summit.year, start: summit.start_date, end: summit.end_date,
      datePrecision: summit.date_precision, city, country: summit.host_country, placeIds,
      status: summit.status, aliases: eventAliases(summit, city, townCounts, yearNamed.has(summit.id)), verification: summit.verification,
      source: sources.source, otherSources: sources.otherSources,
    };
    if (sources.sourceNote) record.sourceNote = sources.sourceNote;
    if (summit.host_city && summit.host_city !== city) record.hostAsGiven = summit.host_city;
    if (summit.venue) record.venue = summit.venue;
    if (summit.edition_derived) record.editionDerived = true;
    if (summit.format) record.format = summit.format;
    if (summit.type) record.type = summit.type;
    if (summit.note) record.note = summit.note;
    return record;
  });
  return withoutSharedAliases(records);
}

/**
 * An alias two summits would share ("Brussels NATO summit", "4th ASEAN summit" for the 1992
 * summit and the 2000 informal one) names neither: it is dropped from both, and an alias that
 * is another summit's own name is dropped too.
 */
function withoutSharedAliases(records: EventRecord[]): EventRecord[] {
  const owners = new Map<string, Set<string>>();
  const own = (key: string, id: string): void => void owners.set(key, new Set([...(owners.get(key) ?? []), id]));
  for (const r of records) for (const name of [r.name, ...r.aliases]) own(phraseKey(name), r.id);
  return records.map((r) => ({ ...r, aliases: r.aliases.filter((a) => owners.get(phraseKey(a))?.size === 1) }));
}
