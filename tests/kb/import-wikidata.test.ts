/**
 * `factlint kb import-wikidata`: saved Wikidata SPARQL results (fixtures in the shape the
 * query service returns; the people, items and events are invented) become records that the
 * knowledge base loads beside the shipped ones. Offline: no request is made.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWikidata } from '../../src/kb/wikidata.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { kbCommand } from '../../src/cli/commands/kb.js';
import type { CliIO } from '../../src/cli/command.js';
import type { EventRecord, OfficeTermRecord } from '../../src/kb/types.js';
import { testKb } from '../helpers.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', 'wikidata', name);
const read = (name: string): string => readFileSync(fixture(name), 'utf8');

describe('positions held (P39 with P580/P582)', () => {
  const result = importWikidata(read('positions.json'));
  const terms = result.records as OfficeTermRecord[];

  it('makes one term of office per row, citing the person\'s Wikidata item', () => {
    expect(result.kind).toBe('office-terms');
    expect(terms.map((t) => [t.person, t.officeKey, t.start, t.end])).toEqual([
      ['Ada Example', 'prime-minister:ruritania', '2010-01-01', '2014-06-30'],
      ['Bea Sample', 'prime-minister:ruritania', '2014-06-30', null],
      ['Cy Data', 'finance-minister:ruritania', '2012', '2015-03'],
    ]);
    expect(terms[0]).toMatchObject({ source: 'https://www.wikidata.org/wiki/Q900001', wikidata: 'Q900001', aliases: ['Ada K. Example', 'A. Example'], role: 'head_of_government' });
  });

  it('skips rows without an English label or a start date, saying why', () => {
    expect(result.skipped).toEqual([expect.stringContaining('no English label'), expect.stringContaining('no start date')]);
  });
});

describe('events (P276 location, P585 date or P580/P582, P17 country)', () => {
  const kb = testKb();
  const result = importWikidata(read('events.json'), { findPlace: (name) => kb.findPlace(name) });
  const events = result.records.filter((r): r is EventRecord => r.kind === 'event');

  it('dates each event and links it to the places the knowledge base knows, adding the ones it does not', () => {
    expect(events.map((e) => [e.name, e.start, e.end, e.placeIds])).toEqual([
      ['First Ruritania Forum', '2019-05-02', '2019-05-03', ['strelsau-poland', 'poland']],
      ['Second Ruritania Forum', '2021-09-14', '2021-09-14', [kb.findPlace('Warsaw')!.id, 'poland']],
    ]);
    expect(result.records.find((r) => r.id === 'strelsau-poland')).toMatchObject({ kind: 'place', countryId: 'poland', source: 'https://www.wikidata.org/wiki/Q900400' });
  });

  it('loads beside the shipped knowledge base, and the new series can be looked up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-wd-'));
    const io = captureIo(dir);
    return kbCommand.run(['import-wikidata', fixture('events.json'), '-o', 'forum.json'], io).then((code) => {
      expect(code).toBe(0);
      expect(io.err).toContain('3 record(s) (events)');
      const loaded = KnowledgeBase.load([join(dir, 'forum.json')]);
      expect(loaded.eventsInSeries('Ruritania Forum').map((e) => e.year)).toEqual([2019, 2021]);
    });
  });
});

it('refuses results of another query', () => {
  expect(() => importWikidata(JSON.stringify({ head: { vars: ['item'] }, results: { bindings: [] } }))).toThrow(/positions query|events query/);
});

function captureIo(cwd: string): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', cwd, color: false, stdout: (t: string) => { io.out += t; }, stderr: (t: string) => { io.err += t; }, readStdin: async () => '' };
  return io;
}
