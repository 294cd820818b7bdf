/**
 * The shipped records agree with each other and with the reference they were built from.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventRange } from '../../src/kb/knowledge-base.js';
import { packageRoot } from '../../src/kb/paths.js';
import type { EventRecord, OfficeTermRecord } from '../../src/kb/types.js';
import { testKb } from '../helpers.js';
import { recordProblems } from '../../src/kb/checks.js';
import { isCitable } from '../../scripts/kb-sources.js';

const kb = testKb();

describe('no two records contradict each other', () => {
  it('the shipped records break none of the cross-record rules (dates, overlapping terms, aliases)', () => {
    const problems = recordProblems([...kb.events, ...kb.agreements, ...kb.officeTerms, ...kb.places], (record) => ({ file: 'corpus/kb', pointer: record.id }));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  it('every source is a whole address an editor can open (brackets balanced, as in "Treaty_of_Paris_(1951)")', () => {
    const records = [...kb.events, ...kb.agreements, ...kb.officeTerms, ...kb.places] as Array<{ id: string; source?: string; otherSources?: string[] }>;
    const broken = records.flatMap((r) => [r.source, ...(r.otherSources ?? [])].filter((url): url is string => typeof url === 'string')
      .filter((url) => (url.match(/\(/g) ?? []).length !== (url.match(/\)/g) ?? []).length || !URL.canParse(url)).map((url) => `${r.id}: ${url}`));
    expect(broken).toEqual([]);
  });

  it('no summit of a series is placed in two places at the same time', () => {
    const clashes: string[] = [];
    const bySeries = new Map<string, EventRecord[]>();
    for (const e of kb.events) if (e.status !== 'cancelled' && e.start) bySeries.set(e.series, [...(bySeries.get(e.series) ?? []), e]);
    for (const [series, events] of bySeries) {
      for (let i = 0; i < events.length; i++) {
        for (let j = i + 1; j < events.length; j++) {
          const a = eventRange(events[i]);
          const b = eventRange(events[j]);
          const sameTime = a.start <= b.end && b.start <= a.end;
          if (sameTime && events[i].city !== events[j].city) clashes.push(`${series}: ${events[i].id} / ${events[j].id}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every city names its country, and every event is in the places it lists', () => {
    for (const place of kb.places.filter((p) => p.type === 'city' || p.type === 'region')) expect(kb.get(place.countryId ?? ''), place.id).toMatchObject({ kind: 'place', type: 'country' });
    for (const event of kb.events.filter((e) => e.city)) {
      const cities = event.placeIds.map((id) => kb.get(id)).filter((p) => p && p.kind === 'place' && p.name === event.city);
      expect(cities.length, event.id).toBe(1);
    }
  });
});

const referenceDir = join(packageRoot(), '..', 'shared', 'reference');
const moreDir = join(packageRoot(), 'data', 'kb-reference');

describe.skipIf(!existsSync(referenceDir))('records match the reference they were built from', () => {
  const read = <T>(file: string): T[] => [referenceDir, moreDir].flatMap((dir) => (existsSync(join(dir, file)) ? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as T[]) : []));

  it('every summit keeps its dates and host', () => {
    const summits = read<{ id: string; start_date: string | null; end_date: string | null; host_country: string | null }>('summits.json').concat(read('summits-more.json'));
    expect(kb.events).toHaveLength(summits.length);
    for (const summit of summits) {
      expect(kb.get(summit.id), summit.id).toMatchObject({ start: summit.start_date, end: summit.end_date, country: summit.host_country });
    }
  });

  it('every term of office keeps its holder and dates (the world file adds only what the reference lacks)', () => {
    const terms = read<{ office: string; person: string; start: string; end: string | null }>('officeholders.json');
    const world = read<{ office: string; person: string; start: string; end: string | null }>('officeholders-world.json');
    const key = (office: string, person: string, start: string): string => `${office}|${person}|${start}`;
    const shipped = new Map(kb.officeTerms.map((t: OfficeTermRecord) => [key(t.office, t.person, t.start), t]));
    for (const term of terms) {
      const record = shipped.get(key(term.office, term.person, term.start));
      expect(record, `${term.person} ${term.office}`).toBeDefined();
      expect(record!.end).toBe(term.end);
    }
    expect(kb.officeTerms.length).toBeGreaterThan(terms.length);
    expect(kb.officeTerms.length).toBeLessThanOrEqual(terms.length + world.length);
  });

  it('every agreement keeps its signing and entry-into-force dates', () => {
    const treaties = read<{ name: string; signed: string | null; in_force: string | null }>('treaties.json').concat(read('treaties-more.json'));
    expect(kb.agreements).toHaveLength(treaties.length);
    for (const treaty of treaties) {
      expect(kb.agreements.find((a) => a.name === treaty.name), treaty.name).toMatchObject({ signed: treaty.signed, inForce: treaty.in_force });
    }
  });
});

describe('every record cites a page an editor can open', () => {
  it('never a data file, a quiz or aggregator site, or a bare copy of an encyclopedia', () => {
    const bad = [...kb.events, ...kb.agreements, ...kb.officeTerms]
      .filter((r) => !isCitable(r.source) && !/^News report/.test(r.sourceNote ?? ''))
      .map((r) => `${r.id}: ${r.source}`);
    expect(bad).toEqual([]);
  });

  it('a news page is the main source only where the record says nothing better was read', () => {
    const news = [...kb.events, ...kb.agreements, ...kb.officeTerms].filter((r) => !isCitable(r.source));
    for (const record of news) expect(record.sourceNote, record.id).toMatch(/^News report/);
  });
});
