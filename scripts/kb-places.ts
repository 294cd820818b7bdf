/**
 * Place records of the KB build: countries and organisations (from `kb-countries.ts`), and
 * the cities, localities and regions that event and agreement records name. Each place cites
 * its Wikipedia page; a host city also lists (up to three) records that name it.
 */
import { slugify } from '../src/base/names.js';
import type { PlaceRecord } from '../src/kb/types.js';
import { CITY_ALIASES, CITY_WIKI } from './kb-tables.js';
import type { CountryRow } from './kb-tables.js';
import { ORGANISATIONS } from './kb-countries.js';

export const WIKI = 'https://en.wikipedia.org/wiki/';

export function countryId(name: string): string {
  return slugify(name);
}

export class PlaceBook {
  private readonly places = new Map<string, PlaceRecord>();
  private readonly countryByName = new Map<string, string>();

  constructor(countries: CountryRow[]) {
    const organisations = new Set(ORGANISATIONS.map((o) => o.name));
    for (const row of countries) {
      const id = countryId(row.name);
      this.places.set(id, {
        kind: 'place', id, name: row.name, type: organisations.has(row.name) ? 'organization' : 'country',
        aliases: row.aliases, demonyms: row.demonyms, source: WIKI + row.wiki,
      });
      for (const name of [row.name, ...row.aliases]) this.countryByName.set(name.toLowerCase(), id);
    }
  }

  /** The country (or organisation) place id for a name or alias, if known. */
  countryIdOf(name: string): string | undefined {
    return this.countryByName.get(name.trim().toLowerCase());
  }

  countryName(id: string): string | undefined {
    return this.places.get(id)?.name;
  }

  /** Adds (once) a city, locality or region place and returns its id. */
  add(name: string, country: string, type: PlaceRecord['type'], citedBy?: string): string {
    // A city-state (Singapore) is one place; a city named under a former state (Moscow, Soviet Union) is the same city.
    const asCountry = this.places.get(countryId(name));
    if (asCountry?.name === name) return asCountry.id;
    const sameName = type === 'city' ? [...this.places.values()].find((p) => p.type === 'city' && p.name === name) : undefined;
    const countryKey = this.countryIdOf(country) ?? countryId(country);
    const id = sameName?.id ?? `${slugify(name)}-${countryKey}`;
    const existing = this.places.get(id);
    if (existing) {
      if (citedBy && !existing.otherSources?.includes(citedBy) && (existing.otherSources?.length ?? 0) < 3) existing.otherSources = [...(existing.otherSources ?? []), citedBy];
      return id;
    }
    const wiki = CITY_WIKI[name] ?? name.replace(/ /g, '_');
    this.places.set(id, {
      kind: 'place', id, name, type, countryId: countryKey,
      aliases: CITY_ALIASES[name] ?? [], demonyms: [], source: WIKI + wiki,
      ...(citedBy ? { otherSources: [citedBy] } : {}),
    });
    return id;
  }

  /** Every place, countries first, then cities, organisations and regions, each by id. */
  list(): PlaceRecord[] {
    return [...this.places.values()].sort((a, b) => (a.type === b.type ? a.id.localeCompare(b.id) : a.type.localeCompare(b.type)));
  }
}
