/**
 * The knowledge base: records with sources (events, agreements, office terms, places), loaded
 * from JSON files validated against `schema.ts`, with the indexes the checks need — by id,
 * series, place, office, person — and one alias automaton for matching whole documents.
 *
 * Files load in order and later files override earlier ones by id, so a user's `kb` files
 * (loaded after the shipped `corpus/kb`) can correct or extend a shipped record. Two records
 * with the same id in ONE file are an error.
 */
import { join } from 'node:path';
import type { AliasIndex } from './alias-index.js';
import type { IndexedMatch } from './alias-index.js';
import { buildAliasIndex } from './aliases.js';
import { KbError } from './errors.js';
import { checkedRecords } from './checks.js';
import type { KbProblem } from './errors.js';
import { readKbFile } from './load.js';
import type { KbFile } from './load.js';
import { DEFAULT_KB_FILES, defaultKbDir } from './paths.js';
import { normalizeSeries } from './series.js';
import { EventIndex } from './event-index.js';
import { PeopleIndex } from './people-index.js';
import type { HoldersOptions, OfficeQuery, PersonMatch, TitleHolderQuery } from './people-index.js';
import { PlaceIndex } from './place-index.js';
import type { TitleClass } from './offices.js';
import { agreementsNamed } from './agreement-mentions.js';
import { endsInGenericNoun, nameStem } from './agreement-names.js';
import type { AgreementMention } from './agreement-mentions.js';
import { withDefaults } from './defaults.js';
import { tenuresOf } from './tenures.js';
import type { Tenure } from './tenures.js';
import type { AgreementRecord, EventRecord, KbRecord, OfficeTermRecord, PlaceRecord } from './types.js';
import type { DayRange, IsoDate } from '../base/calendar.js';

export { KbError } from './errors.js';
export { normalizeSeries } from './series.js';
export { DATE_TOLERANCE_DAYS, eventRange } from './event-index.js';
export type { Tenure } from './tenures.js';
export type { HoldersOptions, OfficeQuery, PersonMatch, TitleHolderQuery } from './people-index.js';
export type { TitleClass } from './offices.js';
export type { AgreementMention } from './agreement-mentions.js';

export interface LoadOptions {
  /** Load the shipped `corpus/kb` first (default true). */
  includeDefault?: boolean;
  /**
   * Check the shipped files against the schema too (default false). The shipped records are
   * validated by the test suite and `factlint kb validate`; skipping their schema check at
   * every start saves compiling the schema (the slowest part of loading). User files are
   * always checked, and the cross-record checks always run.
   */
  validateShipped?: boolean;
}

/** A person known to the KB through their terms of office. */
export interface PersonInfo {
  personId: string;
  name: string;
  aliases: string[];
  terms: OfficeTermRecord[];
  /** True when found by surname alone: a candidate, to be confirmed by context. */
  partial: boolean;
}

export class KnowledgeBase {
  private static defaultKb: KnowledgeBase | undefined;

  readonly events: EventRecord[] = [];
  readonly agreements: AgreementRecord[] = [];
  readonly officeTerms: OfficeTermRecord[] = [];
  readonly places: PlaceRecord[] = [];

  private readonly byId = new Map<string, KbRecord>();
  private readonly placeIndex: PlaceIndex;
  private readonly eventIndex: EventIndex;
  private readonly peopleIndex: PeopleIndex;
  private aliasIndex: AliasIndex | undefined;
  private agreementsByStem: Map<string, AgreementRecord[]> | undefined;

  /** Paths of the files the records came from, in load order. */
  readonly files: string[];

  constructor(records: KbRecord[] = [], files: string[] = []) {
    this.files = files;
    for (const record of records) this.byId.set(record.id, withDefaults(record));
    for (const record of this.byId.values()) this.addToLists(record);
    this.placeIndex = new PlaceIndex(this.places);
    this.eventIndex = new EventIndex(this.events, this.placeIndex);
    this.peopleIndex = new PeopleIndex(this.officeTerms, this.placeIndex);
  }

  static empty(): KnowledgeBase {
    return new KnowledgeBase();
  }

  /** The shipped knowledge base (`corpus/kb`), loaded once per process. */
  static loadDefault(): KnowledgeBase {
    KnowledgeBase.defaultKb ??= KnowledgeBase.load([], { includeDefault: true });
    return KnowledgeBase.defaultKb;
  }

  static defaultFiles(): string[] {
    return DEFAULT_KB_FILES.map((f) => join(defaultKbDir(), f));
  }

  /**
   * Loads files in order (the shipped ones first unless `includeDefault: false`); a later
   * record replaces an earlier one with the same id. Throws `KbError` listing every problem.
   */
  static load(paths: string[], options: LoadOptions = {}): KnowledgeBase {
    const shipped = options.includeDefault === false ? [] : KnowledgeBase.defaultFiles();
    const files: KbFile[] = [];
    const problems: KbProblem[] = [];
    for (const path of [...shipped, ...paths]) {
      try {
        const trusted = shipped.includes(path) && !options.validateShipped;
        files.push(readKbFile(path, { schema: !trusted }));
      } catch (error) {
        if (error instanceof KbError) problems.push(...error.problems);
        else throw error;
      }
    }
    if (problems.length) throw new KbError(problems);
    const trusted = new Set(options.validateShipped ? [] : shipped);
    return KnowledgeBase.fromFiles(files, { checkOnly: (path) => !trusted.has(path) });
  }

  /**
   * Builds a KB from already-parsed files, after the cross-record checks. `checkOnly` limits the rules across fields and records to the records of some files (the
   * user's, against all): the shipped files are checked by the test suite and `kb validate`,
   * and checking them again at every start would cost most of the loading time.
   */
  static fromFiles(files: KbFile[], options: { checkOnly?: (path: string) => boolean } = {}): KnowledgeBase {
    return new KnowledgeBase(checkedRecords(files, options.checkOnly), files.map((f) => f.path));
  }

  // ------------------------------------------------------------ records

  get(id: string): KbRecord | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  // ------------------------------------------------------------ places

  place(id: string): PlaceRecord | undefined {
    return this.placeIndex.get(id);
  }

  /** A place by name, alias or demonym ("Japanese" → Japan); a country wins over a same-named city. */
  findPlace(name: string): PlaceRecord | undefined {
    return this.findPlaces(name)[0];
  }

  findPlaces(name: string): PlaceRecord[] {
    return this.placeIndex.find(name);
  }

  /** The country a country name or demonym stands for ("Japanese", "Japan's", "Japan"). */
  countryOf(word: string): PlaceRecord | undefined {
    return this.placeIndex.country(word);
  }

  /** Is the name a place the knowledge base knows (a city, region or country), or a host city? */
  isKnownPlace(name: string): boolean {
    return this.placeIndex.find(name).length > 0 || this.eventIndex.isHostCity(name);
  }

  // ------------------------------------------------------------ events

  /** Events of a series, by any name of it ("G-20", "Group of Twenty", "G8"), optionally in one year. */
  eventsInSeries(series: string, year?: number): EventRecord[] {
    return this.eventIndex.inSeries(normalizeSeries(series) ?? series, year);
  }

  /** The meetings of a series held (or planned, not cancelled) in a year. */
  editions(series: string, year: number): EventRecord[] {
    return this.eventIndex.editions(normalizeSeries(series) ?? series, year);
  }

  /**
   * Events held at a place (a city, locality, region or country id), optionally overlapping
   * a range of days (with a day of tolerance). Events without dates match on their year.
   */
  eventsAtPlace(placeId: string, range?: DayRange): EventRecord[] {
    return this.eventIndex.atPlace(placeId, range);
  }

  /** Events at the named place whose days fall in the range ("what happened there then"). */
  eventsAtPlaceDuring(placeName: string, range: DayRange): EventRecord[] {
    return this.eventIndex.atPlaceDuring(placeName, range);
  }

  /** Is "in <place>" true of the event (its city, locality, region, country, or the host as written)? */
  eventIsAt(event: EventRecord, placeName: string): boolean {
    return this.eventIndex.isAt(event, placeName);
  }

  /** Has the series ever met in the country of the named place ("Osaka" → Japan)? Unknown places: no. */
  seriesMetInCountryOf(series: string, placeName: string): boolean {
    const countryIds = this.findPlaces(placeName).map((p) => (p.type === 'country' ? p.id : p.countryId));
    return countryIds.some((id) => id !== undefined && this.eventsAtPlace(id).some((e) => e.series === series));
  }

  // ------------------------------------------------------------ people and offices

  /**
   * Who a name may be: a full name or alias, else everybody with that surname (candidates,
   * `bySurname`, for the caller to confirm by title, country or date).
   */
  findPersons(name: string): PersonMatch {
    return this.peopleIndex.findPersons(name);
  }

  /**
   * Who "<title> <name>" may be: holders of that kind of office (in the country, if named)
   * whose name, alias or surname it is; a namesake far from the time told is not meant, and
   * several holders within reach of it leave the name ambiguous.
   */
  resolveTitleHolder(name: string, query: TitleHolderQuery): PersonMatch {
    return this.peopleIndex.resolveTitleHolder(name, query);
  }

  /** The country whose office alone carries this title ("Taoiseach" → Ireland), if just one does. */
  countryOfTitle(title: string): PlaceRecord | undefined {
    const name = this.peopleIndex.countryOfTitle(title);
    return name ? this.placeIndex.country(name) : undefined;
  }

  /** People by name, with their terms (for `kb lookup`). */
  findPerson(name: string): PersonInfo[] {
    const { ids, bySurname } = this.findPersons(name);
    return ids.map((id) => this.personInfo(id, bySurname));
  }

  personName(personId: string): string {
    return this.peopleIndex.personName(personId);
  }

  /** Every office a person held, in order of start. */
  termsOfPerson(personId: string): OfficeTermRecord[] {
    return this.peopleIndex.termsOfPerson(personId);
  }

  /** The person's terms in offices of a title class ("Prime Minister"), in the country if given. */
  termsWithTitle(personId: string, titleClass: TitleClass, country?: PlaceRecord): OfficeTermRecord[] {
    return this.peopleIndex.termsWithTitle(personId, titleClass, country);
  }

  /** Each unbroken stretch the person spent in one office (re-elections joined), in order of start. */
  tenures(personId: string): Tenure[] {
    return tenuresOf(this.termsOfPerson(personId));
  }

  /** The terms of an office, in order. */
  termsOfOffice(officeKey: string): OfficeTermRecord[] {
    return this.peopleIndex.termsOfOffice(officeKey);
  }

  officeKeys(): string[] {
    return this.peopleIndex.officeKeys();
  }

  /** Who held an office (by key, or by title class and country) on a day; a day of tolerance by default. */
  holders(query: OfficeQuery, day: IsoDate, options?: HoldersOptions): OfficeTermRecord[] {
    return this.peopleIndex.holders(query, day, options);
  }

  /** Office keys whose titles match, e.g. "Prime Minister of Japan" → ['prime-minister:japan']. */
  findOffices(title: string): string[] {
    const matches = this.matchAliases(title).filter((m) => m.kind === 'office' && m.key && !m.key.startsWith('title:'));
    const whole = matches.filter((m) => m.start === 0 && m.end >= title.trim().length - 1);
    return [...new Set((whole.length ? whole : matches).map((m) => m.key!))];
  }

  // ------------------------------------------------------------ agreements and aliases

  /**
   * Agreements named in a text: by name or alias anywhere, or by a descriptive phrase
   * ("basic agreement on bilateral relations") only when the text also names its parties —
   * a phrase alone fits too many treaties.
   */
  findAgreements(text: string): AgreementMention[] {
    return agreementsNamed(this.matchAliases(text), (id) => this.byId.get(id) as AgreementRecord);
  }

  /**
   * Agreements `name` may loosely stand for: it ends in a generic noun ("agreement", "accord")
   * and its words before that noun are those of their names before the final noun. "The
   * Lancaster House Agreement" may be the 1979 agreement or the 2010 Lancaster House Treaties;
   * "the Schengen agreement" the 1985 Agreement or the 1990 Convention. "The Refugee Protocol"
   * says its kind, so it stands for no convention. Empty when the name has no such stem.
   */
  agreementsCalledLike(name: string): AgreementRecord[] {
    const stem = endsInGenericNoun(name) ? nameStem(name) : undefined;
    if (!stem) return [];
    this.agreementsByStem ??= this.indexAgreementStems();
    return this.agreementsByStem.get(stem) ?? [];
  }

  private indexAgreementStems(): Map<string, AgreementRecord[]> {
    const byStem = new Map<string, AgreementRecord[]>();
    for (const agreement of this.agreements) {
      const stems = new Set([agreement.name, ...agreement.aliases].map(nameStem).filter((s): s is string => s !== undefined));
      for (const stem of stems) byStem.set(stem, [...(byStem.get(stem) ?? []), agreement]);
    }
    return byStem;
  }

  /** Every alias of every record in the text, in one pass (leftmost-longest, no partial words). */
  matchAliases(text: string): IndexedMatch[] {
    this.aliasIndex ??= buildAliasIndex(this);
    return this.aliasIndex.match(text);
  }

  /** Number of aliases in the index (builds it). */
  aliasCount(): number {
    this.aliasIndex ??= buildAliasIndex(this);
    return this.aliasIndex.size;
  }

  // ------------------------------------------------------------ building

  private addToLists(record: KbRecord): void {
    if (record.kind === 'event') this.events.push(record);
    else if (record.kind === 'agreement') this.agreements.push(record);
    else if (record.kind === 'office-term') this.officeTerms.push(record);
    else this.places.push(record);
  }

  private personInfo(personId: string, partial: boolean): PersonInfo {
    const terms = this.termsOfPerson(personId);
    const aliases = [...new Set(terms.flatMap((t) => t.aliases))];
    return { personId, name: terms[0]?.person ?? personId, aliases, terms, partial };
  }
}
