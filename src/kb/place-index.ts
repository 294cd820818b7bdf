/**
 * Places by id and by any name the press uses: the name, aliases and demonyms ("Japanese"
 * → Japan), all normalised by `phraseKey`. A country ranks before a city of the same name.
 */
import { phraseKey } from '../base/names.js';
import { pushToList } from '../base/multimap.js';
import type { PlaceRecord } from './types.js';

export class PlaceIndex {
  private readonly byId = new Map<string, PlaceRecord>();
  private readonly byName = new Map<string, PlaceRecord[]>();

  constructor(places: readonly PlaceRecord[]) {
    for (const place of places) {
      this.byId.set(place.id, place);
      for (const name of [place.name, ...place.aliases, ...place.demonyms]) pushToList(this.byName, phraseKey(name), place);
    }
    for (const list of this.byName.values()) list.sort((a, b) => placeRank(a) - placeRank(b));
  }

  get(id: string): PlaceRecord | undefined {
    return this.byId.get(id);
  }

  /** Every place a name, alias or demonym may stand for, countries first. */
  find(name: string): PlaceRecord[] {
    return this.byName.get(phraseKey(name)) ?? [];
  }

  /**
   * The country a country name or demonym stands for ("Japanese", "Japan's", "Japan"), or the
   * organisation an officer's title names ("UN", "NATO").
   */
  country(word: string): PlaceRecord | undefined {
    return this.find(word).find((p) => p.type === 'country' || p.type === 'organization');
  }

  /** Is `countryName` (as a record writes it, "United Kingdom") one of the names of `place`? */
  isNamed(place: PlaceRecord, countryName: string): boolean {
    const wanted = phraseKey(countryName);
    return [place.name, ...place.aliases].some((n) => phraseKey(n) === wanted);
  }
}

function placeRank(place: PlaceRecord): number {
  return place.type === 'country' || place.type === 'organization' ? 0 : place.type === 'city' ? 1 : 2;
}
