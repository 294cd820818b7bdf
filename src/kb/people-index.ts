/**
 * People and offices: terms by person and by office, people by full name or alias, and by
 * surname ("Abe", "Xi", "Le Drian") as candidates that a title, a first name, a country or
 * a date must confirm. All names go through `phraseKey`, the project's one normaliser, so
 * the lookup of "Xi Jinping", "Xi" and "Jinping" agrees everywhere.
 */
import { addDays, contains, overlaps, recordRange } from '../base/calendar.js';
import type { DayRange, IsoDate } from '../base/calendar.js';
import { phraseKey } from '../base/names.js';
import { escapeRegExp, words } from '../base/vocabulary.js';
import { addToSet, pushToList } from '../base/multimap.js';
import { officeMatchesTitle } from './offices.js';
import type { TitleClass } from './offices.js';
import { regnalNames, surnames } from './people.js';
import type { PlaceIndex } from './place-index.js';
import type { OfficeTermRecord, PlaceRecord } from './types.js';
import { DATE_TOLERANCE_DAYS } from './event-index.js';

/** Honorifics that are not part of a name ("Mr Blair" is Blair), from data/vocabulary/titles.yml. */
const HONORIFIC = new RegExp(`^(?:${words('titles', 'honorifics').map(escapeRegExp).join('|')})\\.?\\s+`);

export interface PersonMatch {
  ids: string[];
  /** Found by surname alone: candidates, to be confirmed by context. */
  bySurname: boolean;
}

/** Which holders to look up: an office by key, or offices of a class in a country. */
export type OfficeQuery = { officeKey: string } | { titleClass: TitleClass; country: PlaceRecord };

/** Who a title and a name may mean: the title's class, the country it names, the time told. */
export interface TitleHolderQuery {
  titleClass: TitleClass;
  country?: PlaceRecord;
  /** The time the sentence refers to; namesakes far from it are not meant. */
  around?: DayRange;
}

/**
 * How far from the time told a namesake is still "in reach": a surname shared by holders of
 * the same kind of office whose terms come within this many years of it stays ambiguous
 * ("President Bush" in 2012, three years after the son and nineteen after the father left
 * office), one further away does not ("Prime Minister Fukuda" in 1977 is not Yasuo, who took
 * office thirty years later, whoever it is). Generous on purpose: when unsure, stay quiet.
 */
const REACH_YEARS = 20;

export interface HoldersOptions {
  /** Days of slack at a term's ends (a handover day belongs to both); default one day. */
  toleranceDays?: number;
  /** Count acting and interim holders, and terms whose sources disagree (`disputed`) (default true). */
  includeActing?: boolean;
}

export class PeopleIndex {
  private readonly termsByOffice = new Map<string, OfficeTermRecord[]>();
  private readonly termsByPerson = new Map<string, OfficeTermRecord[]>();
  /** Terms by title and country ("President" in France), computed on first use. */
  private readonly termsByTitle = new Map<string, OfficeTermRecord[]>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly bySurname = new Map<string, Set<string>>();
  /** Countries of the offices a record's own title names ("Taoiseach" → Ireland). */
  private readonly titleCountries = new Map<string, Set<string>>();

  constructor(
    terms: readonly OfficeTermRecord[],
    private readonly places: PlaceIndex,
  ) {
    for (const term of terms) {
      pushToList(this.termsByOffice, term.officeKey, term);
      pushToList(this.termsByPerson, term.personId, term);
      for (const name of [term.person, ...term.aliases]) addToSet(this.byName, phraseKey(name), term.personId);
      for (const surname of [...surnames(term), ...regnalNames(term)]) addToSet(this.bySurname, phraseKey(surname), term.personId);
      const head = term.office.match(/^(.+?) (?:of|\()/)?.[1];
      for (const title of [...(head ? [head] : []), ...(term.titles ?? [])]) addToSet(this.titleCountries, phraseKey(title), term.country);
    }
    for (const list of this.termsByOffice.values()) list.sort((a, b) => a.start.localeCompare(b.start));
    for (const list of this.termsByPerson.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  }

  /**
   * Who a name may be: an exact full name or alias first; a surname alone ("Abe") only
   * when no full name matched. A full name that is no record's ("Akie Abe") is nobody.
   */
  findPersons(name: string): PersonMatch {
    // "Sheikh Hasina" is a name of its own; "Mr. Goh Chok Tong" is Goh Chok Tong.
    const exact = this.byName.get(phraseKey(name));
    if (exact) return { ids: [...exact], bySurname: false };
    const key = phraseKey(name.replace(HONORIFIC, ''));
    const withoutHonorific = this.byName.get(key);
    if (withoutHonorific) return { ids: [...withoutHonorific], bySurname: false };
    const bySurname = this.bySurname.get(key);
    return bySurname ? { ids: [...bySurname], bySurname: true } : { ids: [], bySurname: false };
  }

  /**
   * The people a title and a name may mean. A name matches by full name, alias or surname
   * (or a monarch's regnal name); only holders of an office of the title's class count, in
   * the country the title names if it names one. When the name is not one person's own, a
   * holder is meant only if one of their terms comes within `REACH_YEARS` of the time told;
   * of several such holders, the one holding the office at that time is meant, and if none
   * or several did, the name stays ambiguous (all are returned).
   */
  resolveTitleHolder(name: string, query: TitleHolderQuery): PersonMatch {
    const found = this.findPersons(name);
    const holders = found.ids.filter((id) => this.termsWithTitle(id, query.titleClass, query.country).length > 0);
    if ((!found.bySurname && holders.length <= 1) || !query.around) return { ids: holders, bySurname: found.bySurname };
    const around = query.around;
    const reach = { start: addDays(around.start, -365 * REACH_YEARS), end: addDays(around.end, 365 * REACH_YEARS) };
    const termsOf = (id: string): OfficeTermRecord[] => this.termsWithTitle(id, query.titleClass, query.country);
    const inReach = holders.filter((id) => termsOf(id).some((t) => overlaps(recordRange(t.start, t.end), reach)));
    // The date decides when exactly one of them held such an office at the time told.
    const holding = inReach.filter((id) => termsOf(id).some((t) => overlaps(recordRange(t.start, t.end), around, DATE_TOLERANCE_DAYS)));
    return { ids: holding.length === 1 ? holding : inReach, bySurname: found.bySurname };
  }

  /** The country whose office alone carries this title ("Taoiseach" → Ireland), if just one does. */
  countryOfTitle(title: string): string | undefined {
    const countries = this.titleCountries.get(phraseKey(title));
    return countries?.size === 1 ? [...countries][0] : undefined;
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
    return this.termsOfPerson(personId).filter((t) => officeMatchesTitle(t.office, t.role, titleClass, t.titles) && (!country || this.places.isNamed(country, t.country)));
  }

  /** Who held the office on the day. */
  holders(query: OfficeQuery, day: IsoDate, options: HoldersOptions = {}): OfficeTermRecord[] {
    const tolerance = options.toleranceDays ?? DATE_TOLERANCE_DAYS;
    const includeActing = options.includeActing ?? true;
    return this.termsOf(query).filter((t) => contains(recordRange(t.start, t.end), day, tolerance) && (includeActing || (!t.acting && !t.disputed)));
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
      if (officeMatchesTitle(first.office, first.role, query.titleClass, first.titles) && this.places.isNamed(query.country, first.country)) terms.push(...list);
    }
    return terms;
  }
}
