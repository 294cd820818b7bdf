import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lookup } from '../../src/kb/lookup.js';
import { kbCommand } from '../../src/cli/commands/kb.js';
import type { CliIO } from '../../src/cli/command.js';
import type { KbRecord } from '../../src/kb/types.js';
import { testKb } from '../helpers.js';

const kb = testKb();
const ids = (query: string): string[] => lookup(kb, query).records.map((r: KbRecord) => r.id);

describe('kb lookup', () => {
  it('answers the questions an editor asks', () => {
    expect(ids('G20 2018')).toEqual(['g20-2018-buenos-aires']);
    expect(lookup(kb, 'Prime Minister of Japan 2019-01-22').records).toEqual([expect.objectContaining({ person: 'Shinzo Abe' })]);
    expect(ids('Treaty of Good-Neighbourliness')).toEqual(['agreement-sino-russian-treaty-of-friendship-2001']);
    expect(ids('basic agreement Russia China')).toEqual(['agreement-sino-russian-treaty-of-friendship-2001']);
    expect(lookup(kb, 'Abe').records.map((r) => (r.kind === 'office-term' ? r.office : r.kind))).toEqual(['Chief Cabinet Secretary of Japan', 'Prime Minister of Japan', 'Prime Minister of Japan']);
    expect(lookup(kb, 'German Chancellor 2004').records).toEqual([expect.objectContaining({ person: 'Gerhard Schröder' })]);
    expect(ids('Singapore 2018')).toEqual(expect.arrayContaining(['singapore', 'asean-2018-singapore-2', 'eas-2018-singapore']));
    expect(lookup(kb, 'Zzyzx Qwerty').records).toEqual([]);
  });
});

function captureIo(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', cwd: process.cwd(), color: false, stdout: (t: string) => { io.out += t; }, stderr: (t: string) => { io.err += t; }, readStdin: async () => '' };
  return io;
}

describe('factlint kb', () => {
  it('validate: OK with counts for the shipped KB, errors with file and JSON path and exit 2 for a broken file', async () => {
    const ok = captureIo();
    expect(await kbCommand.run(['validate'], ok)).toBe(0);
    // The counts are those of the shipped files, whatever they hold today.
    const count = (file: string) => (JSON.parse(readFileSync(join('corpus', 'kb', file), 'utf8')) as { records: unknown[] }).records.length;
    expect(ok.out).toBe(`OK: 4 file(s), ${count('events.json')} events, ${count('agreements.json')} agreements, ${count('office-terms.json')} office terms, ${count('places.json')} places\n`);
    const bad = captureIo();
    expect(await kbCommand.run(['validate', join('tests', 'kb', 'fixtures', 'bad-records.json')], bad)).toBe(2);
    expect(bad.err).toMatch(/bad-records\.json at \/0\/start: expected a date YYYY-MM-DD/);
  });

  it('lookup: prints the record with its source, or JSON', async () => {
    const text = captureIo();
    expect(await kbCommand.run(['lookup', 'G20', '2018'], text)).toBe(0);
    expect(text.out).toContain('Buenos Aires, Argentina, 2018-11-30..2018-12-01');
    expect(text.out).toContain('source: https://');
    const json = captureIo();
    expect(await kbCommand.run(['lookup', '--format', 'json', 'Prime Minister of Japan 2019-01-22'], json)).toBe(0);
    expect(JSON.parse(json.out).records[0]).toMatchObject({ person: 'Shinzo Abe', source: expect.stringMatching(/^https:/) });
    expect(await kbCommand.run(['lookup', 'Zzyzx Qwerty'], captureIo())).toBe(1);
  });
});
