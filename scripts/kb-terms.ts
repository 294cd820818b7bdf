/**
 * Office-term records of the KB build: the reference's `officeholders.json` (G20 leaders, EU
 * presidents, foreign ministers, spokespeople) and `data/kb-reference/officeholders-world.json`
 * (heads of state and government of every UN member, G20 foreign and finance ministers, UN,
 * NATO and EU officers), in the same format. Where both record the same person in the same
 * office at the same time, the reference's record is kept.
 */
import { phraseKey, slugify } from '../src/base/names.js';
import { isCollegialOffice, officeKeyOf } from '../src/kb/offices.js';
import { addDays, partialDateRange } from '../src/base/calendar.js';
import type { OfficeTermRecord } from '../src/kb/types.js';
import { chooseSources } from './kb-sources.js';
import { nameForms } from './kb-names.js';
import { OFFICE_TITLES, PERSON_QIDS, PERSON_SOURCES } from './kb-tables.js';

/** A URL written in a remark; balanced brackets stay in it ("Treaty_of_Paris_(1951)"), a closing one of the remark does not. */
const URL_IN_TEXT = /https?:\/\/(?:[^\s()]|\([^\s()]*\))+/g;

export interface RefOfficeTerm {
  office: string; role: string; country: string; person: string; aliases: string[];
  start: string; end: string | null; acting: boolean | null; source: string; sources: string[];
  wikidata: string | null; note: string | null; date_precision?: string; title_aliases?: string[];
}

function urlsOf(term: RefOfficeTerm): string[] {
  return [term.source, ...term.sources].flatMap((s) => s.match(URL_IN_TEXT) ?? []);
}

/** Do two terms share at least one day (partial dates read widely)? */
function overlap(a: RefOfficeTerm, b: RefOfficeTerm): boolean {
  const end = (t: RefOfficeTerm): string => (t.end ?? '9999').padEnd(10, '~');
  return a.start <= end(b) && b.start <= end(a);
}

/** The same person in the same office at the same time, already in the reference. */
function duplicates(world: RefOfficeTerm, reference: RefOfficeTerm[]): boolean {
  const key = officeKeyOf(world.office, world.role, world.country);
  return reference.some((r) =>
    officeKeyOf(r.office, r.role, r.country) === key
    && ((r.wikidata && r.wikidata === world.wikidata) || slugify(r.person) === slugify(world.person))
    && overlap(r, world));
}

/**
 * One person id per person: people are told apart by their Wikidata item, so two holders with
 * one name get two ids, and one holder spelled two ways ("Sergei"/"Sergey") gets one. A
 * holder with no item takes the id of the one person whose name or alias is theirs ("José
 * Manuel Barroso" is "José Manuel Durão Barroso").
 */
function personIds(terms: RefOfficeTerm[]): Map<RefOfficeTerm, string> {
  const qidOf = (t: RefOfficeTerm): string | undefined => t.wikidata ?? PERSON_QIDS[t.person];
  const byQid = new Map<string, string>();
  const slugQids = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  const ids = new Map<RefOfficeTerm, string>();
  for (const term of terms.filter(qidOf)) {
    const qid = qidOf(term) as string;
    let id = byQid.get(qid);
    if (!id) {
      const slug = slugify(term.person);
      const seen = slugQids.get(slug) ?? new Set<string>();
      id = seen.size > 0 && !seen.has(qid) ? `${slug}-${qid.toLowerCase()}` : slug;
      seen.add(qid);
      slugQids.set(slug, seen);
      byQid.set(qid, id);
    }
    ids.set(term, id);
    for (const name of [term.person, ...term.aliases]) byName.set(phraseKey(name), new Set([...(byName.get(phraseKey(name)) ?? []), id]));
  }
  for (const term of terms.filter((t) => !qidOf(t))) {
    const known = new Set([term.person, ...term.aliases].flatMap((name) => [...(byName.get(phraseKey(name)) ?? [])]));
    ids.set(term, known.size === 1 ? [...known][0] : slugify(term.person));
  }
  return ids;
}

export function convertTerms(reference: RefOfficeTerm[], world: RefOfficeTerm[]): { records: OfficeTermRecord[]; dropped: RefOfficeTerm[]; disputed: OfficeTermRecord[] } {
  const kept = world.filter((w) => !duplicates(w, reference));
  const dropped = world.filter((w) => duplicates(w, reference));
  const all = [...reference, ...kept];
  const ids = personIds(all);
  const usedIds = new Set<string>();
  const records = all.map((term) => {
    const officeKey = officeKeyOf(term.office, term.role, term.country);
    const personId = ids.get(term) as string;
    let id = `${officeKey.replace(':', '--')}--${personId}--${term.start.slice(0, 4)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    usedIds.add(id);
    const qid = term.wikidata ?? PERSON_QIDS[term.person];
    const sources = chooseSources([...(PERSON_SOURCES[term.person] ?? []), ...urlsOf(term)], qid);
    if (!sources.source) throw new Error(`${term.person}, ${term.office}: no citable source and no Wikidata item (add one to PERSON_QIDS)`);
    const titles = [...new Set([...(OFFICE_TITLES[term.office] ?? []), ...(term.title_aliases ?? [])])];
    const record: OfficeTermRecord = {
      kind: 'office-term', id, office: term.office, officeKey, role: term.role,
      country: term.country, person: term.person, personId, aliases: nameForms(term),
      start: term.start, end: term.end, acting: term.acting,
      source: sources.source, otherSources: sources.otherSources,
    };
    if (sources.sourceNote) record.sourceNote = sources.sourceNote;
    if (titles.length) record.titles = titles;
    if (term.date_precision) record.datePrecision = term.date_precision;
    if (qid) record.wikidata = qid;
    if (term.note) record.note = term.note;
    return record;
  });
  const disputed = markDisputed(records, new Set(records.slice(reference.length)));
  return { records, dropped, disputed };
}

/**
 * Terms of the world file that overlap another holder's term of the same single-holder office
 * by more than the handover day: the sources disagree (or rival claimants held the office),
 * and nothing read settles it. They are kept, marked `disputed` with a note naming the other
 * term, so that no check relies on them; the list goes to the README for a later pass.
 */
function markDisputed(records: OfficeTermRecord[], fromWorld: Set<OfficeTermRecord>): OfficeTermRecord[] {
  const marked = new Set<OfficeTermRecord>();
  const byOffice = new Map<string, OfficeTermRecord[]>();
  for (const r of records) if (!r.acting && !isCollegialOffice(r.office)) byOffice.set(r.officeKey, [...(byOffice.get(r.officeKey) ?? []), r]);
  for (const list of byOffice.values()) {
    list.sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.personId === b.personId || !overlapsBeyondHandover(a, b)) continue;
        for (const [term, other] of [[a, b], [b, a]]) {
          if (!fromWorld.has(term)) continue;
          term.disputed = true;
          const clash = `Overlaps the term of ${other.person} (${other.start} to ${other.end ?? 'now'}) in the sources; not resolved.`;
          term.note = term.note ? `${term.note} ${clash}` : clash;
          marked.add(term);
        }
      }
    }
  }
  return [...marked];
}

function overlapsBeyondHandover(a: OfficeTermRecord, b: OfficeTermRecord): boolean {
  const aEnds = partialDateRange(a.end ?? '9999-12-31').start;
  const bStartsBy = partialDateRange(b.start).end;
  return bStartsBy < addDays(aEnds, -1);
}
