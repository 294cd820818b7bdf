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
import { addDays, partialDateRange } from '../../src/base/calendar.js';

const kb = testKb();

describe('no two records contradict each other', () => {
  it('no office has two regular holders on the same day (beyond the one-day handover)', () => {
    const clashes: string[] = [];
    for (const officeKey of kb.officeKeys()) {
      const terms = kb.termsOfOffice(officeKey).filter((t) => !t.acting);
      for (let i = 1; i < terms.length; i++) {
        // Partial dates ("2003", "2017-05") clash only if no reading of them avoids it.
        const beforeEnds = partialDateRange(terms[i - 1].end ?? '9999-12-31').start;
        const afterStartsBy = partialDateRange(terms[i].start).end;
        if (afterStartsBy < addDays(beforeEnds, -1)) clashes.push(`${officeKey}: ${terms[i - 1].person} until ${terms[i - 1].end}, ${terms[i].person} from ${terms[i].start}`);
      }
    }
    expect(clashes).toEqual([]);
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
    for (const place of kb.places.filter((p) => p.type !== 'country')) expect(kb.get(place.countryId ?? ''), place.id).toMatchObject({ kind: 'place', type: 'country' });
    for (const event of kb.events.filter((e) => e.city)) {
      const cities = event.placeIds.map((id) => kb.get(id)).filter((p) => p && p.kind === 'place' && p.name === event.city);
      expect(cities.length, event.id).toBe(1);
    }
  });
});

const referenceDir = join(packageRoot(), '..', 'shared', 'reference');

describe.skipIf(!existsSync(referenceDir))('records match the reference they were built from', () => {
  const read = <T>(file: string): T[] => JSON.parse(readFileSync(join(referenceDir, file), 'utf8')) as T[];

  it('every summit keeps its dates, host and source', () => {
    const summits = read<{ id: string; start_date: string | null; end_date: string | null; host_country: string | null; source: string }>('summits.json');
    expect(kb.events).toHaveLength(summits.length);
    for (const summit of summits) {
      const event = kb.get(summit.id) as EventRecord;
      expect(event, summit.id).toMatchObject({ start: summit.start_date, end: summit.end_date, country: summit.host_country });
      expect(summit.source).toContain(event.source);
    }
  });

  it('every term of office keeps its holder, dates and source', () => {
    const terms = read<{ office: string; person: string; start: string; end: string | null; source: string }>('officeholders.json');
    expect(kb.officeTerms).toHaveLength(terms.length);
    const key = (office: string, person: string, start: string): string => `${office}|${person}|${start}`;
    const shipped = new Map(kb.officeTerms.map((t: OfficeTermRecord) => [key(t.office, t.person, t.start), t]));
    for (const term of terms) {
      const record = shipped.get(key(term.office, term.person, term.start));
      expect(record, `${term.person} ${term.office}`).toBeDefined();
      expect(record!.end).toBe(term.end);
      expect(term.source).toContain(record!.source);
    }
  });

  it('every agreement keeps its signing and entry-into-force dates', () => {
    const treaties = read<{ name: string; signed: string | null; in_force: string | null }>('treaties.json');
    expect(kb.agreements).toHaveLength(treaties.length);
    for (const treaty of treaties) {
      expect(kb.agreements.find((a) => a.name === treaty.name), treaty.name).toMatchObject({ signed: treaty.signed, inForce: treaty.in_force });
    }
  });
});
