/**
 * Checks across fields and records that a JSON Schema cannot express, run on every load:
 *
 * - `impossible-date`: a date that is well formed but not in the calendar (2026-06-31);
 * - `start-after-end`: an event, a term or an agreement that ends before it starts;
 * - `year-mismatch`: an event whose `year` is not the year of its start;
 * - `overlapping-terms`: two holders of a single-holder office on the same day, beyond the
 *   one-day handover (unless a term is marked `acting` or `disputed`, or the office is held
 *   by several people by design);
 * - `duplicate-alias`: a name that would point at two different events, agreements or
 *   countries, or a person's alias that is another person's name;
 * - `uncitable-source`: a source that is a raw data file (a CSV on GitHub, a Stata file), which
 *   no editor can cite: cite the page of the person or event, or its Wikidata item.
 *
 * Each problem names the file, the JSON path of the field and the rule broken.
 */
import { addDays, partialDateRange } from '../base/calendar.js';
import { phraseKey } from '../base/names.js';
import { KbError } from './errors.js';
import type { KbProblem } from './errors.js';
import type { KbFile } from './load.js';
import { isCollegialOffice } from './offices.js';
import type { KbRecord, OfficeTermRecord } from './types.js';

/** Where a record was read: its file and its JSON pointer there (`/records/12`). */
export interface RecordPlace {
  file: string;
  pointer: string;
}

type Locate = (record: KbRecord) => RecordPlace;

/** Raw data files: a CSV or Stata file, GitHub's raw host, a file shown in a GitHub repository. */
const RAW_DATA = /\.(?:csv|tsv|dta|xlsx?|parquet)(?:[?#]|$)|^https?:\/\/raw\.githubusercontent\.com\/|^https?:\/\/github\.com\/[^/]+\/[^/]+\/blob\//i;

const DATE_FIELDS = ['start', 'end', 'signed', 'adopted', 'openedForSignature', 'initialed', 'terminated', 'inForce'] as const;

/**
 * Every problem of the records, or only those of the records in `only` (compared with all the
 * others: a user's term that overlaps a shipped one is reported, on the user's record).
 */
export function recordProblems(records: readonly KbRecord[], locate: Locate, only?: ReadonlySet<KbRecord>): KbProblem[] {
  const problems: KbProblem[] = [];
  const report = (record: KbRecord, field: string, rule: string, message: string): void => {
    if (only && !only.has(record)) return;
    const place = locate(record);
    problems.push({ file: place.file, path: `${place.pointer}/${field}`, rule, message: `${message} (rule: ${rule})` });
  };
  if (only?.size === 0) return problems;
  for (const record of only ? records.filter((r) => only.has(r)) : records) {
    for (const field of DATE_FIELDS) {
      const value = (record as unknown as Record<string, unknown>)[field];
      if (typeof value === 'string' && !isCalendarDate(value)) report(record, field, 'impossible-date', `"${value}" is not a day of the calendar`);
    }
    const [from, to] = spanOf(record);
    if (from && to && isCalendarDate(from) && isCalendarDate(to) && partialDateRange(to).end < partialDateRange(from).start) {
      report(record, record.kind === 'agreement' ? 'terminated' : 'end', 'start-after-end', `ends (${to}) before it starts (${from})`);
    }
    if (RAW_DATA.test(record.source)) report(record, 'source', 'uncitable-source', `${record.source} is a data file, not a page an editor can cite`);
    if (record.kind === 'event' && record.start && Number(record.start.slice(0, 4)) !== record.year) {
      report(record, 'year', 'year-mismatch', `year ${record.year} is not the year of the start date ${record.start}`);
    }
  }
  overlappingTerms(records.filter((r): r is OfficeTermRecord => r.kind === 'office-term'), report, only);
  duplicateAliases(records, report);
  return problems;
}

/** "2026-06-31" is well formed but no day; "2024-02-29" is one. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (!d) return true;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}

function spanOf(record: KbRecord): [string | null | undefined, string | null | undefined] {
  switch (record.kind) {
    case 'event': return [record.start, record.end];
    case 'office-term': return [record.start, record.end];
    case 'agreement': return [record.signed ?? record.adopted, record.terminated];
    default: return [undefined, undefined];
  }
}

type Report = (record: KbRecord, field: string, rule: string, message: string) => void;

/** Two regular holders of a single-holder office on the same day, beyond the handover day. */
function overlappingTerms(terms: OfficeTermRecord[], report: Report, only?: ReadonlySet<KbRecord>): void {
  const byOffice = new Map<string, OfficeTermRecord[]>();
  for (const term of terms) {
    if (term.acting || term.disputed || isCollegialOffice(term.office) || !isCalendarDate(term.start) || (term.end && !isCalendarDate(term.end))) continue;
    byOffice.set(term.officeKey, [...(byOffice.get(term.officeKey) ?? []), term]);
  }
  for (const list of byOffice.values()) {
    if (only && !list.some((t) => only.has(t))) continue;
    const spans = list.map((term) => ({ term, from: partialDateRange(term.start), to: partialDateRange(term.end ?? '9999-12-31').start }));
    spans.sort((x, y) => x.from.start.localeCompare(y.from.start));
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const [a, b] = [spans[i], spans[j]];
        if (b.from.start > a.to) break; // sorted by start: no later term overlaps a either
        // Partial dates ("2003", "2017-05") clash only if no reading of them avoids it.
        if (a.term.personId === b.term.personId || b.from.end >= addDays(a.to, -1)) continue;
        const [shown, other] = only && !only.has(b.term) ? [a.term, b.term] : [b.term, a.term];
        report(shown, 'start', 'overlapping-terms', `${shown.person} holds ${shown.office} from ${shown.start} to ${shown.end ?? 'now'}, while ${other.person} holds it (${other.start} to ${other.end ?? 'now'}, record "${other.id}"); mark one term "acting" or "disputed" if the sources say so`);
      }
    }
  }
}

/**
 * Names that would mislead: one alias for two events, two agreements, an event and an
 * agreement, or two countries; a person's alias that is another person's own name. (Two
 * people sharing a short form, as "George Bush", is ambiguity the name resolution handles.)
 */
function duplicateAliases(records: readonly KbRecord[], report: Report): void {
  const owners = new Map<string, { record: KbRecord; field: string }>();
  const personNames = new Map<string, string>();
  for (const record of records) if (record.kind === 'office-term') personNames.set(phraseKey(record.person), record.personId);
  for (const record of records) {
    if (record.kind === 'office-term') {
      (record.aliases ?? []).forEach((alias, i) => {
        const other = personNames.get(phraseKey(alias));
        if (other && other !== record.personId && phraseKey(alias) !== phraseKey(record.person)) report(record, `aliases/${i}`, 'duplicate-alias', `"${alias}" is the name of another person ("${other}")`);
      });
      continue;
    }
    if (record.kind === 'place' && record.type === 'city') continue;
    const names: Array<[string, string]> = [['name', record.name], ...(record.aliases ?? []).map((a, i): [string, string] => [`aliases/${i}`, a])];
    for (const [field, name] of names) {
      const key = `${record.kind === 'place' ? 'place' : 'named'}|${phraseKey(name)}`;
      const owner = owners.get(key);
      if (owner && owner.record.id !== record.id) report(record, field, 'duplicate-alias', `"${name}" also names "${owner.record.id}"`);
      else owners.set(key, { record, field });
    }
  }
}

/** An id may appear only once in a file (a later file may override an earlier one's record). */
export function duplicateIdProblems(files: KbFile[]): KbProblem[] {
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
export function danglingReferenceProblems(files: KbFile[], merged: Map<string, KbRecord>): KbProblem[] {
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

/**
 * The records of files loaded in order (a later record replaces an earlier one with the same
 * id), after the checks across fields and records; `checkOnly` limits the per-record checks
 * to some files' records. Throws `KbError` listing every problem.
 */
export function checkedRecords(files: KbFile[], checkOnly?: (path: string) => boolean): KbRecord[] {
  const problems = [...duplicateIdProblems(files)];
  const merged = new Map<string, KbRecord>();
  const places = new Map<KbRecord, RecordPlace>();
  for (const file of files) {
    file.records.forEach((record, i) => {
      merged.set(record.id, record);
      places.set(record, { file: file.path, pointer: `${file.recordsPointer}/${i}` });
    });
  }
  problems.push(...danglingReferenceProblems(files, merged));
  const checked = checkOnly ? new Set(files.filter((f) => checkOnly(f.path)).flatMap((f) => f.records)) : undefined;
  problems.push(...recordProblems([...merged.values()], (record) => places.get(record) as RecordPlace, checked));
  if (problems.length) throw new KbError(problems);
  return [...merged.values()];
}
