/**
 * The country (and organisation) table of the KB build: every UN member state with its usual
 * English names and demonyms, from the `world-countries` package (mledoze/countries, ODbL),
 * merged with the hand-written rows of `kb-tables.ts`, which win where both speak (curated
 * press forms: "Saudi", "U.S.", not "Korean" for South Korea).
 *
 * A demonym two countries share ("Congolese", "Dominican") names neither, so it is dropped.
 * Codes of two letters ("IE", "IN", "IT") are words in running text and are never aliases.
 */
import { createRequire } from 'node:module';
import { COUNTRIES } from './kb-tables.js';
import type { CountryRow } from './kb-tables.js';

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  unMember: boolean;
  cca3: string;
}

const require = createRequire(import.meta.url);
const WORLD = require('world-countries') as WorldCountry[];

/** Non-members the press treats as states, besides the UN's 193. */
const ALSO = new Set(['PSE', 'VAT', 'XKX', 'TWN']);

/** English Wikipedia titles where the usual name is not the page title. */
const WIKI_TITLES: Record<string, string> = {
  Georgia: 'Georgia_(country)',
  Bahamas: 'The_Bahamas',
  Gambia: 'The_Gambia',
  'the Gambia': 'The_Gambia',
  Ireland: 'Republic_of_Ireland',
  Palestine: 'State_of_Palestine',
  Micronesia: 'Federated_States_of_Micronesia',
  'DR Congo': 'Democratic_Republic_of_the_Congo',
  Congo: 'Republic_of_the_Congo',
};

/** International organisations whose officers the KB records (titles say "UN Secretary-General"). */
export const ORGANISATIONS: CountryRow[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'], demonyms: [], wiki: 'United_Nations' },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'], demonyms: [], wiki: 'NATO' },
];

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the /, '');

function namesOf(country: WorldCountry): string[] {
  return [country.name.common, country.name.official, ...country.altSpellings];
}

/** Latin-script names of four letters or more ("Éire", "Polska"); never a two-letter code ("IE"). */
function usableAlias(name: string): boolean {
  return name.length >= 4 && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(name);
}

/**
 * Every country: curated rows first (their names stay the place ids the KB already uses),
 * then each other UN member. `recordNames` are the country names the office records use
 * ("Ivory Coast", "East Timor"): each becomes the place's name or an alias, so a record's
 * country always finds its place.
 */
export function countryRows(recordNames: Iterable<string>): CountryRow[] {
  const rows = COUNTRIES.map((row) => ({ ...row, aliases: [...row.aliases], demonyms: [...row.demonyms] }));
  const rowOf = (country: WorldCountry): CountryRow | undefined => {
    const names = new Set(namesOf(country).map(fold));
    return rows.find((row) => [row.name, ...row.aliases].some((n) => names.has(fold(n))));
  };
  for (const country of WORLD) {
    if (!country.unMember && !ALSO.has(country.cca3)) continue;
    const recordName = [...recordNamesOf(country, recordNames)][0];
    let row = rowOf(country);
    if (!row) {
      const name = recordName ?? country.name.common;
      row = { name, aliases: [], demonyms: [], wiki: WIKI_TITLES[name] ?? name.replace(/ /g, '_') };
      rows.push(row);
    }
    const aliases = new Set(row.aliases);
    for (const name of namesOf(country)) if (usableAlias(name) && fold(name) !== fold(row.name)) aliases.add(name);
    for (const name of recordNamesOf(country, recordNames)) if (fold(name) !== fold(row.name)) aliases.add(name);
    row.aliases = [...aliases];
    const eng = country.demonyms?.eng;
    if (eng && !COUNTRIES.some((c) => c.name === row.name)) row.demonyms = [...new Set([...row.demonyms, eng.m, eng.f])];
  }
  for (const org of ORGANISATIONS) rows.push({ ...org });
  return withoutSharedDemonyms(rows);
}

function recordNamesOf(country: WorldCountry, recordNames: Iterable<string>): Set<string> {
  const names = new Set(namesOf(country).map(fold));
  return new Set([...recordNames].filter((n) => names.has(fold(n))));
}

/** A demonym of two countries ("Congolese") names neither. */
function withoutSharedDemonyms(rows: CountryRow[]): CountryRow[] {
  const count = new Map<string, number>();
  for (const row of rows) for (const d of new Set(row.demonyms.map(fold))) count.set(d, (count.get(d) ?? 0) + 1);
  return rows.map((row) => ({ ...row, demonyms: row.demonyms.filter((d) => count.get(fold(d)) === 1) }));
}
