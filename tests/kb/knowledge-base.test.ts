import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { KnowledgeBase, KbError } from '../../src/kb/knowledge-base.js';
import { parseKbFile } from '../../src/kb/load.js';
import type { AgreementRecord, EventRecord } from '../../src/kb/types.js';
import { testKb } from '../helpers.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

function problemsOf(load: () => unknown): { file: string; path: string; message: string }[] {
  try {
    load();
  } catch (error) {
    if (error instanceof KbError) return error.problems;
    throw error;
  }
  throw new Error('expected a KbError');
}

describe('shipped knowledge base', () => {
  const kb = testKb();

  it('passes the schema and the cross-record checks', () => {
    expect(() => KnowledgeBase.load([], { validateShipped: true })).not.toThrow();
  });

  it('loads every kind of record, each citing an http(s) source', () => {
    expect(kb.events.length).toBeGreaterThanOrEqual(250);
    expect(kb.officeTerms.length).toBeGreaterThanOrEqual(360);
    expect(kb.agreements.length).toBeGreaterThanOrEqual(60);
    expect(kb.places.length).toBeGreaterThan(100);
    for (const record of [...kb.events, ...kb.officeTerms, ...kb.agreements, ...kb.places]) {
      expect(record.source, record.id).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it('covers every summit series the issue asks for', () => {
    for (const series of ['G7/G8', 'G20', 'APEC', 'ASEAN', 'EAS', 'BRICS', 'SCO', 'NATO']) {
      expect(kb.eventsInSeries(series).length, series).toBeGreaterThan(10);
    }
  });
});

describe('schema validation', () => {
  it('names the file, the JSON path and what was expected', () => {
    const problems = problemsOf(() => KnowledgeBase.load([fixture('bad-records.json')], { includeDefault: false }));
    expect(problems.every((p) => p.file.endsWith('bad-records.json'))).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ path: '/0/start', message: expect.stringMatching(/YYYY-MM-DD/) }));
    expect(problems).toContainEqual(expect.objectContaining({ path: '/1/source', message: expect.stringMatching(/missing/) }));
  });

  it('reports a JSON syntax error and an unknown field of a record', () => {
    expect(problemsOf(() => parseKbFile('x.json', '{ "records": [ }'))[0].message).toMatch(/not valid JSON/);
    const problems = problemsOf(() => parseKbFile('x.json', JSON.stringify({ records: [{ kind: 'place', id: 'p', name: 'P', type: 'city', source: 'https://e.org', colour: 'red' }] })));
    expect(problems).toEqual([{ file: 'x.json', path: '/records/0/colour', message: expect.stringMatching(/not a known field/) }]);
  });

  it('rejects an unknown kind and a file of the wrong shape', () => {
    expect(problemsOf(() => parseKbFile('k.json', '[{ "kind": "planet", "id": "mars" }]'))[0]).toMatchObject({ path: '/0/kind', message: expect.stringMatching(/one of/) });
    expect(problemsOf(() => parseKbFile('k.json', '"text"'))[0].message).toMatch(/records/);
  });

  it('checks references across records: dangling place ids and duplicate ids in a file', () => {
    const problems = problemsOf(() => KnowledgeBase.load([fixture('dangling.json')], { includeDefault: false }));
    expect(problems).toContainEqual(expect.objectContaining({ path: '/0/countryId', message: expect.stringMatching(/atlantis/) }));
    expect(problems).toContainEqual(expect.objectContaining({ path: '/1/id', message: expect.stringMatching(/duplicate id "dangling"/) }));
  });
});

describe('user records', () => {
  it('extend the shipped records and override them by id', () => {
    const shipped = testKb();
    const kb = KnowledgeBase.load([fixture('user-override.json')]);
    expect(kb.size).toBe(shipped.size + 1);
    expect(kb.get('springfield-test')).toMatchObject({ kind: 'place', name: 'Springfield' });
    expect((kb.get('g20-2018-buenos-aires') as EventRecord).source).toBe('https://example.org/override');
    expect((shipped.get('g20-2018-buenos-aires') as EventRecord).source).not.toBe('https://example.org/override');
    expect(kb.eventsInSeries('G20', 2018)).toHaveLength(1);
  });
});

describe('lookups', () => {
  const kb = testKb();

  it('finds a summit by any name of its series and its year', () => {
    for (const name of ['G20', 'G-20', 'Group of Twenty', 'Group of 20', 'G20 summit']) {
      const [event] = kb.eventsInSeries(name, 2018);
      expect(event, name).toMatchObject({ city: 'Buenos Aires', country: 'Argentina', start: '2018-11-30', end: '2018-12-01' });
    }
    expect(kb.eventsInSeries('G8', 2008)[0].city).toBe('Tōyako');
    expect(kb.eventsInSeries('Shanghai Cooperation Organisation').length).toBeGreaterThan(10);
  });

  it('lists what happened at a place in a period', () => {
    const names = kb.eventsAtPlace('singapore', { start: '2018-11-01', end: '2018-11-30' }).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['33rd ASEAN Summit', '13th East Asia Summit']));
    expect(names.some((n) => /G20/.test(n))).toBe(false);
  });

  it('answers who held an office on a day, with a day of tolerance at a handover', () => {
    expect(kb.holders({ officeKey: 'prime-minister:japan' }, '2019-01-22').map((t) => t.person)).toEqual(['Shinzo Abe']);
    expect(kb.holders({ officeKey: 'chancellor:germany' }, '2004-06-01').map((t) => t.person)).toEqual(['Gerhard Schröder']);
    const handover = kb.holders({ officeKey: 'prime-minister:japan' }, '2020-09-16').map((t) => t.person);
    expect(handover).toEqual(expect.arrayContaining(['Shinzo Abe', 'Yoshihide Suga']));
  });

  it('finds people by full name or alias, and by surname only as partial candidates', () => {
    const [abe] = kb.findPerson('Shinzo Abe');
    expect(abe.partial).toBe(false);
    expect(abe.terms.filter((t) => t.officeKey === 'prime-minister:japan').map((t) => [t.start, t.end])).toEqual([
      ['2006-09-26', '2007-09-26'],
      ['2012-12-26', '2020-09-16'],
    ]);
    const bySurname = kb.findPerson('Abe');
    expect(bySurname.map((p) => p.personId)).toEqual(['shinzo-abe']);
    expect(bySurname[0].partial).toBe(true);
    expect(kb.findPerson('Xi').map((p) => p.personId)).toContain('xi-jinping');
    expect(kb.findPerson('Nobody Atall')).toEqual([]);
  });

  it('finds places by name, alias and demonym', () => {
    expect(kb.findPlace('Japanese')?.id).toBe('japan');
    expect(kb.findPlace('Russian')?.id).toBe('russia');
    expect(kb.findPlace('Soviet')?.id).toBe('soviet-union');
    expect(kb.findPlace('Buenos Aires')).toMatchObject({ type: 'city', countryId: 'argentina' });
    expect(kb.findPlace('Singapore')).toMatchObject({ type: 'country' });
    expect(kb.findPlace('St. Petersburg')?.countryId).toBe('russia');
  });

  it('finds offices by their titles', () => {
    expect(kb.findOffices('Prime Minister of Japan')).toEqual(['prime-minister:japan']);
    expect(kb.findOffices('German Chancellor')).toEqual(['chancellor:germany']);
    expect(kb.findOffices('US Secretary of State')).toEqual(['foreign-minister:united-states']);
  });

  it('finds an agreement by a descriptive phrase only when its parties are named', () => {
    const text = 'Back in 1999, Russia first signed a basic agreement on bilateral relations with China.';
    const [found] = kb.findAgreements(text);
    expect(found).toMatchObject({ via: 'phrase', text: 'basic agreement on bilateral relations' });
    expect(found.record.signed).toBe('2001-07-16');
    expect(found.partiesNamed.sort()).toEqual(['china', 'russia']);
    expect(kb.findAgreements('They signed a basic agreement on bilateral relations last spring.')).toEqual([]);
    expect(kb.findAgreements('The Sino-Russian friendship treaty was signed in Moscow.').map((a) => a.record.signed)).toEqual(['2001-07-16']);
    expect(kb.findAgreements('Leaders discussed the Treaty of Good-Neighbourliness.')[0].record.signed).toBe('2001-07-16');
    expect(kb.findAgreements('The New START treaty').map((a) => a.record.signed)).toEqual(['2010-04-08']);
  });
});

describe('facts spot-checked against the reference', () => {
  const kb = testKb();

  it('G20 2018 was in Buenos Aires; the 2001 treaty was signed on 16 July in Moscow', () => {
    expect(kb.get('g20-2018-buenos-aires')).toMatchObject({ city: 'Buenos Aires', start: '2018-11-30', end: '2018-12-01' });
    const treaty = kb.agreements.find((a) => a.aliases.includes('Sino-Russian Treaty of Friendship')) as AgreementRecord;
    expect(treaty).toMatchObject({ signed: '2001-07-16', inForce: '2002-02-28', partyIds: ['china', 'russia'] });
    expect(kb.get('asean-2018-singapore-2')).toMatchObject({ name: '33rd ASEAN Summit', start: '2018-11-11', end: '2018-11-15' });
  });
});

describe('one way of reading names', () => {
  const kb = testKb();

  it('reads a family-first name by its family name, never by its given name', () => {
    expect(kb.findPersons('Xi')).toMatchObject({ bySurname: true, ids: ['xi-jinping'] });
    expect(kb.findPersons('Jinping')).toEqual({ ids: [], bySurname: false });
    expect(kb.findPersons('Xi Jinping')).toEqual({ ids: ['xi-jinping'], bySurname: false });
  });

  it('ignores honorifics, case, diacritics and hyphens the same way for every lookup', () => {
    expect(kb.findPersons('Mr Blair').ids).toEqual(kb.findPersons('Blair').ids);
    expect(kb.findPersons('GERHARD SCHRODER').ids).toEqual(kb.findPersons('Gerhard Schröder').ids);
    expect(kb.findPerson('Xi').map((p) => p.personId)).toEqual(kb.findPersons('Xi').ids);
  });

  it('looks up holders of an office by key or by title class and country, with one tolerance rule', () => {
    const china = kb.countryOf('Chinese');
    expect(china?.name).toBe('China');
    const byClass = kb.holders({ titleClass: 'president', country: china! }, '2008-05-10').map((t) => t.person);
    expect(byClass).toEqual(kb.holders({ officeKey: 'president:china' }, '2008-05-10').map((t) => t.person));
    expect(byClass).toEqual(['Hu Jintao']);
  });
});
