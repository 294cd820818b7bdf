/**
 * Helpers for the comparison tests: load fixture sets, build documents with injected
 * analyzers (for claim kinds whose extractors live in other layers), and a small knowledge
 * base built from checked reference facts (with their sources).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/load/index.js';
import type { Document } from '../../src/load/document.js';
import { AnalyzedDocument } from '../../src/engine/analysis.js';
import type { Analyzer } from '../../src/engine/analysis.js';
import { analyzerRegistry } from '../../src/engine/analyzers.js';
import { runRules } from '../../src/engine/runner.js';
import type { Finding, Rule } from '../../src/engine/types.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { EventRecord, KbRecord, OfficeTermRecord, PlaceRecord } from '../../src/kb/types.js';

export const CROSSDOC = 'corpus/examples/crossdoc';
export const SEEDS = '/work/shared/seeds';

export function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(md|txt|html)$/.test(f)).sort().map((f) => join(dir, f));
}

export function loadDocs(paths: string[]): Document[] {
  return paths.map((p) => parseDocument(p, readFileSync(p, 'utf8')));
}

export function analyzeDocs(docs: Document[], kb: KnowledgeBase = emptyKb(), extra: Analyzer[] = []): AnalyzedDocument[] {
  const registry = analyzerRegistry(extra);
  return docs.map((d) => new AnalyzedDocument(d, kb, registry));
}

export interface FindingWithText extends Finding {
  text: string;
  file: string;
}

export function runOn(rule: Rule, documents: AnalyzedDocument[], kb: KnowledgeBase = emptyKb(), options: Record<string, unknown> = {}): FindingWithText[] {
  const merged = { ...(rule.meta.defaultOptions as Record<string, unknown>), ...options };
  const perDoc = runRules(documents, [{ rule, severity: 'warn', options: merged }], kb);
  return perDoc.flatMap((list, i) => list.map((f) => ({ ...f, file: documents[i].doc.path, text: documents[i].doc.text.slice(f.span.start, f.span.end) })));
}

export function emptyKb(): KnowledgeBase {
  return {} as KnowledgeBase;
}

/** A KB with a few checked records (from /work/shared/reference), behind the KB's read API. */
export function referenceKb(): KnowledgeBase {
  const place = (id: string, name: string, type: PlaceRecord['type'], countryId?: string): PlaceRecord => ({
    kind: 'place', id, name, type, countryId, aliases: [], demonyms: [], source: 'https://www.geonames.org/',
  });
  const records: KbRecord[] = [
    place('japan', 'Japan', 'country'), place('osaka', 'Osaka', 'city', 'japan'), place('tokyo', 'Tokyo', 'city', 'japan'),
    place('lithuania', 'Lithuania', 'country'), place('vilnius', 'Vilnius', 'city', 'lithuania'),
    {
      kind: 'event', id: 'g20-2019-osaka', series: 'G20', name: "14th G20 Leaders' Summit", edition: 14, year: 2019,
      start: '2019-06-28', end: '2019-06-29', datePrecision: 'day', city: 'Osaka', country: 'Japan', placeIds: ['osaka', 'japan'],
      status: 'held', aliases: [], source: 'https://www.b20indonesia2022.org/about-g20',
    } as EventRecord,
    {
      kind: 'event', id: 'nato-2023-vilnius', series: 'NATO', name: '2023 Vilnius summit', edition: 32, year: 2023,
      start: '2023-07-11', end: '2023-07-12', datePrecision: 'day', city: 'Vilnius', country: 'Lithuania', placeIds: ['vilnius', 'lithuania'],
      status: 'held', aliases: [], source: 'https://lithuania.lt/governance-in-lithuania/dates-of-nato-summit-in-vilnius-announced/',
    } as EventRecord,
  ];
  const terms: OfficeTermRecord[] = [
    term('prime-minister:japan', 'Prime Minister of Japan', 'shinzo-abe', 'Shinzo Abe', '2012-12-26', '2020-09-16'),
    term('prime-minister:japan', 'Prime Minister of Japan', 'fumio-kishida', 'Fumio Kishida', '2021-10-04', '2024-10-01'),
    term('foreign-minister:japan', 'Minister for Foreign Affairs of Japan', 'fumio-kishida', 'Fumio Kishida', '2012-12-26', '2017-08-03'),
  ];
  const byId = new Map<string, KbRecord>([...records, ...terms].map((r) => [r.id, r]));
  return {
    get: (id: string) => byId.get(id),
    holdersOf: (officeKey: string, date: string) => terms.filter((t) => t.officeKey === officeKey && t.start <= date && (!t.end || date <= t.end)),
  } as unknown as KnowledgeBase;
}

function term(officeKey: string, office: string, personId: string, person: string, start: string, end: string): OfficeTermRecord {
  return {
    kind: 'office-term', id: `${officeKey}:${personId}:${start}`, office, officeKey, role: officeKey.split(':')[0], country: 'Japan',
    person, personId, aliases: [], start, end, acting: false,
    source: 'https://github.com/every-politician-scrapers/japan-ministers/blob/8ba3cb1992bee87f5b8dc566da87db2be8550a1a/html/holders21.csv',
  };
}
