/**
 * People and offices: terms by person and by office, people by full name or alias, and by
 * surname ("Abe", "Xi", "Le Drian") as candidates that a title, a first name, a country or
 * a date must confirm. All names go through `phraseKey`, the project's one normaliser, so
 * the lookup of "Xi Jinping", "Xi" and "Jinping" agrees everywhere.
 */
import { contains, recordRange } from '../base/calendar.js';
import type { IsoDate } from '../base/calendar.js';
import { phraseKey } from '../base/names.js';
import { addToSet, pushToList } from '../base/multimap.js';
import { officeMatchesTitle } from './offices.js';
import type { TitleClass } from './offices.js';
import { surnames } from './people.js';
import type { PlaceIndex } from './place-index.js';
import type { OfficeTermRecord, PlaceRecord } from './types.js';
import { DATE_TOLERANCE_DAYS } from './event-index.js';

/** Honorifics that are not part of a name ("Mr Blair" is Blair). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+/;

export interface PersonMatch {
  ids: string[];
  /** Found by surname alone: candidates, to be confirmed by context. */
  bySurname: boolean;
}

/** Which holders to look up: an office by key, or offices of a class in a country. */
export type OfficeQuery = { officeKey: string } | { titleClass: TitleClass; country: PlaceRecord };

export interface HoldersOptions {
  /** Days of slack at a term's ends (a handover day belongs to both); default one day. */
  toleranceDays?: number;
  /** Count acting and interim holders (default true). */
  includeActing?: boolean;
}

export class PeopleIndex {
  private readonly termsByOffice = new Map<string, OfficeTermRecord[]>();
  private readonly termsByPerson = new Map<string, OfficeTermRecord[]>();
  /** Terms by title and country ("President" in France), computed on first use. */
  private readonly termsByTitle = new Map<string, OfficeTermRecord[]>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly bySurname = new Map<string, Set<string>>();

  constructor(
    terms: readonly OfficeTermRecord[],
    private readonly places: PlaceIndex,
  ) {
    for (const term of terms) {
      pushToList(this.termsByOffice, term.officeKey, term);
      pushToList(this.termsByPerson, term.personId, term);
      for (const name of [term.person, ...term.aliases]) addToSet(this.byName, phraseKey(name), term.personId);
      for (const surname of surnames(term)) addToSet(this.bySurname, phraseKey(surname), term.personId);
    }
    for (const list of this.termsByOffice.values()) list.sort((a, b) => a.start.localeCompare(b.start));
    for (const list of this.termsByPerson.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  }

  /**
   * Who a name may be: an exact full name or alias first; a surname alone ("Abe") only
   * when no full name matched. A full name that is no record's ("Akie Abe") is nobody.
   */
  findPersons(name: string): PersonMatch {
    const key = phraseKey(name.replace(HONORIFIC, ''));
    const exact = this.byName.get(key);
    if (exact) return { ids: [...exact], bySurname: false };
    const bySurname = this.bySurname.get(key);
    return bySurname ? { ids: [...bySurname], bySurname: true } : { ids: [], bySurname: false };
  }

  personName(personId: string): string {
    return this.termsOfPerson(personId)[0]?.person ?? personId;
  }

  termsOfPerson(personId: string): OfficeTermRecord[] {
    return this.termsByPerson.get(personId) ?? [];
  }

  termsOfOffice(officeKey: string): OfficeTermRecord[] {
    return this.termsByOffice.get(officeKey) ?? [];
  }

  officeKeys(): string[] {
    return [...this.termsByOffice.keys()];
  }

  /** The person's terms in offices the title names ("Prime Minister"), in the country if one is given. */
  termsWithTitle(personId: string, titleClass: TitleClass, country?: PlaceRecord): OfficeTermRecord[] {
    return this.termsOfPerson(personId).filter((t) => officeMatchesTitle(t.office, t.role, titleClass) && (!country || this.places.isNamed(country, t.country)));
  }

  /** Who held the office on the day. */
  holders(query: OfficeQuery, day: IsoDate, options: HoldersOptions = {}): OfficeTermRecord[] {
    const tolerance = options.toleranceDays ?? DATE_TOLERANCE_DAYS;
    const includeActing = options.includeActing ?? true;
    return this.termsOf(query).filter((t) => contains(recordRange(t.start, t.end), day, tolerance) && (includeActing || !t.acting));
  }

  /** Every term of the offices the query names. */
  private termsOf(query: OfficeQuery): OfficeTermRecord[] {
    if ('officeKey' in query) return this.termsOfOffice(query.officeKey);
    const key = `${query.titleClass}|${query.country.id}`;
    let terms = this.termsByTitle.get(key);
    if (!terms) {
      terms = this.termsWithTitleIn(query.titleClass, query.country);
      this.termsByTitle.set(key, terms);
    }
    return terms;
  }

  private termsWithTitleIn(titleClass: TitleClass, country: PlaceRecord): OfficeTermRecord[] {
    const query = { titleClass, country };
    const terms: OfficeTermRecord[] = [];
    for (const list of this.termsByOffice.values()) {
      const first = list[0];
      if (officeMatchesTitle(first.office, first.role, query.titleClass) && this.places.isNamed(query.country, first.country)) terms.push(...list);
    }
    return terms;
  }
}
