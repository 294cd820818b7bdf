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
import { contains, overlaps, partialDateInterval, termInterval } from './dates.js';
import { KbError } from './errors.js';
import type { KbProblem } from './errors.js';
import { readKbFile } from './load.js';
import type { KbFile } from './load.js';
import { phraseKey } from '../base/names.js';
import { DEFAULT_KB_FILES, defaultKbDir } from './paths.js';
import { normalizeSeries } from './series.js';
import { surnames } from './people.js';
import type { AgreementRecord, DayInterval, EventRecord, KbRecord, OfficeTermRecord, PlaceRecord } from './types.js';
import type { IsoDate } from '../analysis/mentions.js';
import { addToSet, pushToList } from '../base/multimap.js';

export { KbError } from './errors.js';
export { normalizeSeries } from './series.js';

/** Days of tolerance when comparing dates with records (sources differ by a day; see the reference README). */
export const DATE_TOLERANCE_DAYS = 1;

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

/** An agreement named in a text, by name/alias or by a descriptive phrase with its parties. */
export interface AgreementMention {
  record: AgreementRecord;
  start: number;
  end: number;
  text: string;
  via: 'name' | 'alias' | 'phrase';
  /** Party place ids named in the text (required for phrase matches). */
  partiesNamed: string[];
}

export class KnowledgeBase {
  private static defaultKb: KnowledgeBase | undefined;

  readonly events: EventRecord[] = [];
  readonly agreements: AgreementRecord[] = [];
  readonly officeTerms: OfficeTermRecord[] = [];
  readonly places: PlaceRecord[] = [];

  private readonly byId = new Map<string, KbRecord>();
  private readonly eventsBySeries = new Map<string, EventRecord[]>();
  private readonly eventsByPlace = new Map<string, EventRecord[]>();
  private readonly termsByOffice = new Map<string, OfficeTermRecord[]>();
  private readonly termsByPerson = new Map<string, OfficeTermRecord[]>();
  private readonly placesByName = new Map<string, PlaceRecord[]>();
  private readonly personsByName = new Map<string, Set<string>>();
  private readonly personsBySurname = new Map<string, Set<string>>();
  private aliasIndex: AliasIndex | undefined;

  /** Paths of the files the records came from, in load order. */
  readonly files: string[];

  constructor(records: KbRecord[] = [], files: string[] = []) {
    this.files = files;
    for (const record of records) this.byId.set(record.id, withDefaults(record));
    for (const record of this.byId.values()) this.addToLists(record);
    this.buildIndexes();
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
    return KnowledgeBase.fromFiles(files);
  }

  /** Builds a KB from already-parsed files, after the cross-record checks. */
  static fromFiles(files: KbFile[]): KnowledgeBase {
    const problems = [...duplicateIdProblems(files)];
    const merged = new Map<string, KbRecord>();
    for (const file of files) for (const record of file.records) merged.set(record.id, record);
    problems.push(...danglingReferenceProblems(files, merged));
    if (problems.length) throw new KbError(problems);
    return new KnowledgeBase([...merged.values()], files.map((f) => f.path));
  }

  // ------------------------------------------------------------ lookups

  get(id: string): KbRecord | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Events of a series, by any name of it ("G-20", "Group of Twenty", "G8"), optionally in one year. */
  eventsInSeries(series: string, year?: number): EventRecord[] {
    const key = normalizeSeries(series) ?? series;
    const list = this.eventsBySeries.get(key) ?? [];
    return year === undefined ? list : list.filter((e) => e.year === year);
  }

  /**
   * Events held at a place (a city, locality, region or country id), optionally overlapping
   * an interval of days (with a day of tolerance). Events without dates match on their year.
   */
  eventsAtPlace(placeId: string, interval?: DayInterval): EventRecord[] {
    const list = this.eventsByPlace.get(placeId) ?? [];
    return interval ? list.filter((e) => overlaps(eventInterval(e), interval, DATE_TOLERANCE_DAYS)) : list;
  }

  /** Who held an office on a day (with a day of tolerance: at a handover both are returned). */
  holdersOf(officeKey: string, isoDate: IsoDate): OfficeTermRecord[] {
    const terms = this.termsByOffice.get(officeKey) ?? [];
    return terms.filter((t) => contains(termInterval(t.start, t.end), isoDate, DATE_TOLERANCE_DAYS));
  }

  /** The terms of an office, in order. */
  termsOfOffice(officeKey: string): OfficeTermRecord[] {
    return this.termsByOffice.get(officeKey) ?? [];
  }

  officeKeys(): string[] {
    return [...this.termsByOffice.keys()];
  }

  /** Every office a person held, in order of start. */
  termsOfPerson(personId: string): OfficeTermRecord[] {
    return this.termsByPerson.get(personId) ?? [];
  }

  /** A place by name, alias or demonym ("Japanese" → Japan); a country wins over a same-named city. */
  findPlace(name: string): PlaceRecord | undefined {
    return this.findPlaces(name)[0];
  }

  findPlaces(name: string): PlaceRecord[] {
    const found = this.placesByName.get(phraseKey(name)) ?? [];
    return [...found].sort((a, b) => placeRank(a) - placeRank(b));
  }

  /**
   * People by full name or alias ("Shinzo Abe", "Lula"). A surname alone ("Abe") returns
   * every holder with that surname, marked `partial`: a candidate for the caller to confirm.
   */
  findPerson(name: string): PersonInfo[] {
    const key = phraseKey(name);
    const full = this.personsByName.get(key);
    if (full) return [...full].map((id) => this.personInfo(id, false));
    const bySurname = this.personsBySurname.get(key);
    return bySurname ? [...bySurname].map((id) => this.personInfo(id, true)) : [];
  }

  /** Office keys whose titles match, e.g. "Prime Minister of Japan" → ['prime-minister:japan']. */
  findOffices(title: string): string[] {
    const matches = this.matchAliases(title).filter((m) => m.kind === 'office' && m.key && !m.key.startsWith('title:'));
    const whole = matches.filter((m) => m.start === 0 && m.end >= title.trim().length - 1);
    return [...new Set((whole.length ? whole : matches).map((m) => m.key!))];
  }

  /**
   * Agreements named in a text: by name or alias anywhere, or by a descriptive phrase
   * ("basic agreement on bilateral relations") only when the text also names its parties —
   * a phrase alone fits too many treaties.
   */
  findAgreements(text: string): AgreementMention[] {
    const matches = this.matchAliases(text);
    const named = new Set(matches.filter((m) => m.kind === 'place').flatMap((m) => m.recordIds));
    const out: AgreementMention[] = [];
    for (const match of matches) {
      if (match.kind !== 'agreement') continue;
      for (const id of match.recordIds) {
        const record = this.byId.get(id) as AgreementRecord;
        const partiesNamed = record.partyIds.filter((p) => named.has(p));
        const via = match.via === 'phrase' ? 'phrase' : match.via === 'name' ? 'name' : 'alias';
        if (via === 'phrase' && !partiesCovered(record, partiesNamed)) continue;
        out.push({ record, start: match.start, end: match.end, text: match.text, via, partiesNamed });
      }
    }
    return out;
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

  private buildIndexes(): void {
    for (const event of this.events) {
      pushToList(this.eventsBySeries, event.series, event);
      for (const placeId of event.placeIds) pushToList(this.eventsByPlace, placeId, event);
    }
    for (const list of this.eventsBySeries.values()) list.sort(byStart);
    for (const term of this.officeTerms) {
      pushToList(this.termsByOffice, term.officeKey, term);
      pushToList(this.termsByPerson, term.personId, term);
      for (const name of [term.person, ...term.aliases]) addToSet(this.personsByName, phraseKey(name), term.personId);
      for (const surname of surnames(term)) addToSet(this.personsBySurname, phraseKey(surname), term.personId);
    }
    for (const list of this.termsByOffice.values()) list.sort((a, b) => a.start.localeCompare(b.start));
    for (const list of this.termsByPerson.values()) list.sort((a, b) => a.start.localeCompare(b.start));
    for (const place of this.places) {
      for (const name of [place.name, ...(place.aliases ?? []), ...(place.demonyms ?? [])]) pushToList(this.placesByName, phraseKey(name), place);
    }
  }

  private personInfo(personId: string, partial: boolean): PersonInfo {
    const terms = this.termsOfPerson(personId);
    const aliases = [...new Set(terms.flatMap((t) => t.aliases))];
    return { personId, name: terms[0]?.person ?? personId, aliases, terms, partial };
  }
}

// ------------------------------------------------------------ helpers

/** The days an event covers: its dates, else its year. */
export function eventInterval(event: EventRecord): DayInterval {
  const start = event.start ?? event.end ?? String(event.year);
  const end = event.end ?? event.start ?? String(event.year);
  return { start: partialDateInterval(start).start, end: partialDateInterval(end).end };
}

/** User records may leave out list fields the schema makes optional; fill them once here. */
function withDefaults(record: KbRecord): KbRecord {
  switch (record.kind) {
    case 'event': return { ...record, aliases: record.aliases ?? [], edition: record.edition ?? null, datePrecision: record.datePrecision ?? (record.start ? 'day' : 'none') };
    case 'agreement': return { ...record, aliases: record.aliases ?? [], phrases: record.phrases ?? [], placeIds: record.placeIds ?? [], partyIds: record.partyIds ?? [], place: record.place ?? null, inForce: record.inForce ?? null };
    case 'office-term': return { ...record, aliases: record.aliases ?? [], acting: record.acting ?? null, role: record.role ?? '' };
    case 'place': return { ...record, aliases: record.aliases ?? [], demonyms: record.demonyms ?? [] };
  }
}

function partiesCovered(record: AgreementRecord, named: string[]): boolean {
  // A bilateral agreement needs both parties named; a wider one needs at least two.
  const needed = Math.min(record.partyIds.length, 2);
  return needed > 0 && named.length >= needed;
}

function placeRank(place: PlaceRecord): number {
  return place.type === 'country' ? 0 : place.type === 'city' ? 1 : 2;
}

function byStart(a: EventRecord, b: EventRecord): number {
  return (a.start ?? String(a.year)).localeCompare(b.start ?? String(b.year));
}

function duplicateIdProblems(files: KbFile[]): KbProblem[] {
  const problems: KbProblem[] = [];
  for (const file of files) {
    const seen = new Map<string, number>();
    file.records.forEach((record, i) => {
      const first = seen.get(record.id);
      if (first !== undefined) {
        problems.push({ file: file.path, path: `${file.recordsPointer}/${i}/id`, message: `duplicate id "${record.id}" (also at ${file.recordsPointer}/${first}); ids must be unique within a file` });
      } else seen.set(record.id, i);
    });
  }
  return problems;
}

/** Place ids a record refers to must exist (in any loaded file). */
function danglingReferenceProblems(files: KbFile[], merged: Map<string, KbRecord>): KbProblem[] {
  const problems: KbProblem[] = [];
  const isPlace = (id: string): boolean => merged.get(id)?.kind === 'place';
  for (const file of files) {
    file.records.forEach((record, i) => {
      for (const [field, ids] of placeReferences(record)) {
        ids.forEach((id, k) => {
          if (!isPlace(id)) problems.push({ file: file.path, path: `${file.recordsPointer}/${i}/${field}${field === 'countryId' ? '' : `/${k}`}`, message: `refers to place "${id}", which no loaded file defines` });
        });
      }
    });
  }
  return problems;
}

function placeReferences(record: KbRecord): Array<[string, string[]]> {
  switch (record.kind) {
    case 'event': return [['placeIds', record.placeIds]];
    case 'agreement': return [['placeIds', record.placeIds ?? []], ['partyIds', record.partyIds ?? []]];
    case 'place': return record.countryId ? [['countryId', [record.countryId]]] : [];
    default: return [];
  }
}
