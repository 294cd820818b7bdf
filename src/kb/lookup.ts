/**
 * Free-text questions to the knowledge base, for `factlint kb lookup`: "G20 2018",
 * "Prime Minister of Japan 2019-01-22", "basic agreement Russia China", "Abe". The query is
 * split into a date or year and a name; the name is tried as an office, a summit series, a
 * summit, an agreement, a person and a place, in that order, and the first that answers wins.
 */
import type { KnowledgeBase } from './knowledge-base.js';
import { eventRange } from './knowledge-base.js';
import { normalizePhrase } from '../base/names.js';
import { normalizeSeries } from './series.js';
import type { AgreementRecord, EventRecord, KbRecord, OfficeTermRecord } from './types.js';
import type { DayRange } from '../base/calendar.js';
import { overlaps, partialDateRange, recordRange } from '../base/calendar.js';

export interface LookupResult {
  /** How the query was read, in words ("holders of prime-minister:japan on 2019-01-22"). */
  interpretation: string;
  records: KbRecord[];
}

interface ParsedQuery {
  name: string;
  date?: string;
  year?: number;
  interval?: DayRange;
}

function parseQuery(query: string): ParsedQuery {
  const day = query.match(/\b(\d{4}-\d{2}-\d{2})\b/);
  if (day) return { name: query.replace(day[0], ' ').trim(), date: day[1], year: Number(day[1].slice(0, 4)), interval: { start: day[1], end: day[1] } };
  const year = query.match(/\b(1[89]\d\d|20\d\d)\b/);
  if (year) return { name: query.replace(year[0], ' ').trim(), year: Number(year[1]), interval: partialDateRange(year[1]) };
  return { name: query.trim() };
}

export function lookup(kb: KnowledgeBase, query: string): LookupResult {
  const q = parseQuery(query);
  const when = q.date ? ` on ${q.date}` : q.year ? ` in ${q.year}` : '';
  const attempts: Array<() => LookupResult | undefined> = [
    () => officeAnswer(kb, q, when),
    () => seriesAnswer(kb, q, when),
    () => eventAnswer(kb, query, q),
    () => agreementAnswer(kb, q),
    () => personAnswer(kb, q, when),
    () => placeAnswer(kb, q, when),
  ];
  for (const attempt of attempts) {
    const result = attempt();
    if (result && result.records.length) return result;
  }
  return { interpretation: `nothing in the knowledge base matches "${query}"`, records: [] };
}

function officeAnswer(kb: KnowledgeBase, q: ParsedQuery, when: string): LookupResult | undefined {
  const [officeKey] = kb.findOffices(q.name);
  if (!officeKey) return undefined;
  const terms = q.date ? kb.holders({ officeKey }, q.date) : termsIn(kb.termsOfOffice(officeKey), q.interval);
  return { interpretation: `holders of ${officeKey}${when}`, records: terms };
}

function seriesAnswer(kb: KnowledgeBase, q: ParsedQuery, when: string): LookupResult | undefined {
  const series = normalizeSeries(q.name);
  if (!series) return undefined;
  return { interpretation: `${series} summits${when}`, records: eventsIn(kb.eventsInSeries(series), q.interval) };
}

function eventAnswer(kb: KnowledgeBase, query: string, q: ParsedQuery): LookupResult | undefined {
  const ids = new Set(kb.matchAliases(query).filter((m) => m.kind === 'event').flatMap((m) => m.recordIds));
  const events = [...ids].map((id) => kb.get(id) as EventRecord);
  return { interpretation: `summits named "${query}"`, records: q.year && !namesYearThenSummit(query) ? eventsIn(events, q.interval) : events };
}

const STOP_WORDS = new Set(['the', 'of', 'on', 'and', 'a', 'an', 'between', 'with', 'in', 'treaty', 'agreement', 'signed']);

/**
 * Agreements by name or alias; failing that, by the words of their names, aliases and
 * phrases, among those whose parties include every country the query names.
 */
function agreementAnswer(kb: KnowledgeBase, q: ParsedQuery): LookupResult | undefined {
  const direct = kb.findAgreements(q.name).filter((a) => a.via !== 'phrase' || a.partiesNamed.length);
  if (direct.length) return { interpretation: `agreements named "${q.name}"`, records: unique(direct.map((a) => a.record)) };
  const matches = kb.matchAliases(q.name);
  const countries = new Set(matches.filter((m) => m.kind === 'place').flatMap((m) => m.recordIds));
  const placeWords = new Set(matches.filter((m) => m.kind === 'place').flatMap((m) => normalizePhrase(m.text)));
  const words = normalizePhrase(q.name).filter((w) => !placeWords.has(w));
  const asked = new Set(words.filter((w) => !STOP_WORDS.has(w)));
  const mentionsAgreement = words.some((w) => /^(treaty|agreement|accord|declaration|pact|statement|communique|protocol)s?$/.test(w));
  if (!mentionsAgreement && !asked.size) return undefined;
  let best: AgreementRecord[] = [];
  let bestScore = 0;
  for (const record of kb.agreements) {
    if (![...countries].every((c) => record.partyIds.includes(c))) continue;
    const vocabulary = new Set([record.name, ...record.aliases, ...record.phrases].flatMap(normalizePhrase));
    const score = [...asked].filter((w) => vocabulary.has(w)).length + (countries.size && mentionsAgreement ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [[record], score];
    else if (score === bestScore && score > 0) best.push(record);
  }
  const records = q.interval ? best.filter((a) => a.signed && overlaps(partialDateRange(a.signed), q.interval!, 0)) : best;
  return bestScore >= 1 ? { interpretation: `agreements best matching "${q.name}"`, records: records.length ? records : best } : undefined;
}

function personAnswer(kb: KnowledgeBase, q: ParsedQuery, when: string): LookupResult | undefined {
  const people = kb.findPerson(q.name);
  if (!people.length) return undefined;
  const terms = people.flatMap((p) => termsIn(p.terms, q.interval));
  const partial = people.some((p) => p.partial) ? ' (by surname: candidates)' : '';
  return { interpretation: `offices held by ${people.map((p) => p.name).join(', ')}${when}${partial}`, records: terms };
}

function placeAnswer(kb: KnowledgeBase, q: ParsedQuery, when: string): LookupResult | undefined {
  const place = kb.findPlace(q.name);
  if (!place) return undefined;
  return { interpretation: `${place.name} and the summits held there${when}`, records: [place, ...kb.eventsAtPlace(place.id, q.interval)] };
}

function termsIn(terms: OfficeTermRecord[], interval?: DayRange): OfficeTermRecord[] {
  return interval ? terms.filter((t) => overlaps(recordRange(t.start, t.end), interval, 0)) : terms;
}

function eventsIn(events: EventRecord[], interval?: DayRange): EventRecord[] {
  return interval ? events.filter((e) => overlaps(eventRange(e), interval, 0)) : events;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/** One line describing a record, for the text output. */
export function describeRecord(record: KbRecord): string {
  switch (record.kind) {
    case 'event': {
      const dates = record.start ? (record.end && record.end !== record.start ? `${record.start}..${record.end}` : record.start) : `${record.year} (dates unknown)`;
      const where = [...new Set([record.city, record.country].filter(Boolean))].join(', ') || 'no host city';
      return `${record.name} — ${where}, ${dates}${record.status !== 'held' ? ` [${record.status}]` : ''}`;
    }
    case 'agreement':
      return `${record.name} — signed ${record.signed ?? (record.adopted ? `(adopted ${record.adopted})` : 'date unknown')}${record.place ? `, ${record.place}` : ''}${record.inForce ? `; in force ${record.inForce}` : ''}`;
    case 'office-term':
      return `${record.person} — ${record.office}, ${record.start}..${record.end ?? 'in office'}${record.acting ? ' (acting)' : ''}`;
    case 'place':
      return `${record.name} — ${record.type}${record.countryId ? ` in ${record.countryId}` : ''}`;
  }
}

/** "2019 G20 summit": a year written before the word summit (two linear scans, no backtracking). */
function namesYearThenSummit(query: string): boolean {
  const year = /\b\d{4}\b/.exec(query);
  return year !== null && /summit/i.test(query.slice(year.index + 4));
}
