/**
 * Saved Wikidata query results → knowledge-base records (`factlint kb import-wikidata`).
 * Works offline on the JSON a SPARQL endpoint returns (`format=json`), read with
 * `wikibase-sdk`'s `simplifySparqlResults`. Two shapes of query are understood, by their
 * variables (see README "Knowledge base"):
 *
 * - positions held (P39, with qualifiers P580 start / P582 end): `?person ?personLabel
 *   ?position ?positionLabel ?start ?end`, optionally `?country ?countryLabel` (the position's
 *   P17 or P1001), `?personAltLabel` (other names, comma-separated) and `?acting`;
 * - events: `?event ?eventLabel`, with `?date` (P585) or `?start ?end` (P580/P582), and
 *   optionally `?location ?locationLabel` (P276), `?country ?countryLabel` (P17) and
 *   `?series ?seriesLabel` (P179).
 *
 * Every record cites its Wikidata item page; a person's terms carry the item id.
 */
import { simplifySparqlResults } from 'wikibase-sdk';
import type { SparqlResults } from 'wikibase-sdk';
import { slugify } from '../base/names.js';
import { officeKeyOf } from './offices.js';
import type { EventRecord, KbRecord, OfficeTermRecord, PlaceRecord } from './types.js';

/**
 * A value of the simplified results: an item with what the query asked of it (`?personLabel`
 * → `label`, `?personAltLabel` → `aliases`, `?startPrecision` → `precision`), or a literal.
 */
type Cell = { value?: string; label?: string; aliases?: string; precision?: string } | string | number | boolean | null | undefined;
type Row = Record<string, Cell>;

export interface ImportOptions {
  /** The series key for events ("G20", "COP") when the results carry no `?series`. */
  series?: string;
  /** Find a place already in the knowledge base by name (a country or a city), to link to it. */
  findPlace?: (name: string) => PlaceRecord | undefined;
}

export interface ImportResult {
  kind: 'office-terms' | 'events';
  records: KbRecord[];
  /** Rows left out, each with the reason (no label, no start date, …). */
  skipped: string[];
}

const item = (cell: Cell): string | undefined => (typeof cell === 'object' && cell ? cell.value : typeof cell === 'string' ? cell : undefined);
const label = (cell: Cell): string | undefined => (typeof cell === 'object' && cell ? cell.label : undefined);
const WIKIDATA = 'https://www.wikidata.org/wiki/';

/**
 * "2014-09-08T00:00:00Z" → "2014-09-08". With `?startPrecision` (Wikidata's time precision:
 * 9 year, 10 month, 11 day) a date known only to the year or month is cut to it.
 */
function dateOf(cell: Cell): string | null {
  const value = typeof cell === 'string' ? cell : item(cell);
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const precision = typeof cell === 'object' && cell?.precision ? Number(cell.precision) : 11;
  return precision <= 9 ? m[1] : precision === 10 ? `${m[1]}-${m[2]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The role a position's English label tells ("Minister of Finance of X" → finance_minister). */
function roleOf(position: string): string {
  if (/foreign|external affairs|secretary of state of the united states/i.test(position)) return 'foreign_minister';
  if (/financ|treasur|exchequer/i.test(position)) return 'finance_minister';
  if (/secretary[- ]general/i.test(position)) return 'secretary_general';
  if (/^(?:prime minister|premier|chancellor|head of government)/i.test(position)) return 'head_of_government';
  if (/^(?:president|king|queen|monarch|emperor|emir|sultan|grand duke|prince)/i.test(position)) return 'head_of_state';
  return '';
}

export function importWikidata(results: SparqlResults | string, options: ImportOptions = {}): ImportResult {
  const parsed = (typeof results === 'string' ? JSON.parse(results) : results) as SparqlResults;
  const vars = parsed.head?.vars ?? [];
  const rows = simplifySparqlResults(parsed) as unknown as Row[];
  if (vars.includes('position') && vars.includes('person')) return termsOf(rows);
  if (vars.includes('event')) return eventsOf(rows, options);
  throw new Error('expected the results of a positions query (?person ?position …) or an events query (?event …)');
}

function termsOf(rows: Row[]): ImportResult {
  const records = new Map<string, OfficeTermRecord>();
  const skipped: string[] = [];
  for (const row of rows) {
    const qid = item(row.person);
    const person = label(row.person);
    const office = label(row.position);
    const start = dateOf(row.start);
    if (!qid || !person || !office || !start || /^Q\d+$/.test(person)) {
      skipped.push(`${qid ?? '?'} ${office ?? item(row.position) ?? '?'}: ${!start ? 'no start date (P580)' : 'no English label'}`);
      continue;
    }
    const country = label(row.country) ?? office.match(/ of (?:the )?(.+)$/)?.[1] ?? '';
    const role = roleOf(office);
    const officeKey = officeKeyOf(office, role, country);
    const personId = slugify(person);
    const id = `${officeKey.replace(':', '--')}--${personId}--${start.slice(0, 4)}`;
    const aliases = ((typeof row.person === 'object' && row.person?.aliases) || '').split(/,\s*/).filter((a) => a && a !== person);
    const previous = records.get(id);
    const record: OfficeTermRecord = {
      kind: 'office-term', id, office, officeKey, role, country: country || office, person, personId,
      aliases: [...new Set([...(previous?.aliases ?? []), ...aliases])],
      start, end: dateOf(row.end), acting: typeof row.acting === 'boolean' ? row.acting : null,
      source: WIKIDATA + qid, wikidata: qid,
    };
    records.set(id, record);
  }
  return { kind: 'office-terms', records: [...records.values()], skipped };
}

function eventsOf(rows: Row[], options: ImportOptions): ImportResult {
  const records = new Map<string, KbRecord>();
  const skipped: string[] = [];
  for (const row of rows) {
    const qid = item(row.event);
    const name = label(row.event);
    const start = dateOf(row.start ?? row.date);
    const series = label(row.series) ?? options.series;
    if (!qid || !name || !start || !series) {
      skipped.push(`${qid ?? '?'} ${name ?? ''}: ${!start ? 'no date (P585 or P580)' : !series ? 'no series (P179 or --series)' : 'no English label'}`);
      continue;
    }
    const placeIds: string[] = [];
    const countryName = label(row.country) ?? null;
    const country = countryName ? options.findPlace?.(countryName) : undefined;
    if (country) placeIds.push(country.id);
    const city = label(row.location) ?? null;
    if (city && item(row.location)) {
      const known = options.findPlace?.(city);
      const cityId = known?.id ?? `${slugify(city)}-${country?.id ?? slugify(countryName ?? 'unknown')}`;
      if (!known && country) records.set(cityId, { kind: 'place', id: cityId, name: city, type: 'city', countryId: country.id, aliases: [], demonyms: [], source: WIKIDATA + item(row.location) });
      if (known || country) placeIds.unshift(cityId);
    }
    const event: EventRecord = {
      kind: 'event', id: `wd-${qid.toLowerCase()}`, series, name, edition: null, year: Number(start.slice(0, 4)),
      start, end: dateOf(row.end ?? row.date) ?? start, datePrecision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
      city, country: countryName, placeIds, status: 'held', aliases: [], source: WIKIDATA + qid,
    };
    records.set(event.id, event);
  }
  return { kind: 'events', records: [...records.values()], skipped };
}
