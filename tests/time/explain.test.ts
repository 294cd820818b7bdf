import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainCommand } from '../../src/cli/commands/explain.js';
import type { CliIO } from '../../src/cli/command.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = fileURLToPath(new URL('../../../shared/seeds/000_e3f50b9bf383f181.txt', import.meta.url));

async function explain(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd: root, color: false, readStdin: async () => '' };
  const code = await explainCommand.run(args, io);
  return { code, out, err };
}

describe('factlint explain', () => {
  it.skipIf(!existsSync(seed))('dates seed 000 to the week of the Moscow summit the knowledge base records, and lists the URL dates against it', async () => {
    const { code, out } = await explain(['--now', '2026-11-23', seed]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Written: between 22 January 2019 and 29 January 2019 \(inferred from the text, confidence \d+%\)$/m);
    expect(out).toMatch(/^ {2}Best single day: 25 January 2019$/m);
    expect(out).toMatch(/^ {2}\+ line 3: "Jan\. 22" with Moscow: the knowledge base records/m);
    expect(out).toMatch(/Evidence against it[^\n]*\n {2}- line \d+: A link is dated 2 April 2026/);
    expect(out).toMatch(/"a week before" → 15 January 2019/);
  });

  it('prints JSON with the date, its source and the timeline', async () => {
    const { code, out } = await explain(['--format', 'json', 'corpus/examples/time-weekdays.html']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.documentDate).toMatchObject({ date: '2023-04-05', source: 'metadata', confidence: 1 });
    expect(report.timeline.map((t: { text: string; start: string }) => [t.text, t.start])).toContainEqual(['28 March', '2023-03-28']);
  });

  it('says which meeting each summit placed somewhere means, and why a place is not checked', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'factlint-explain-')), 'porto.md');
    writeFileSync(file, "---\ndate: 2021-06-10\n---\n\nVaccine exports dominated last month's EU summit in Porto.\n");
    const text = await explain([file]);
    expect(text.out).toMatch(/"last month's EU summit in Porto" \(European Council, Porto\)/);
    expect(text.out).toMatch(/records every European Council meeting only for 2015–2020; .* its place is not checked/);
    const report = JSON.parse((await explain(['--format', 'json', file])).out);
    expect(report.summits).toEqual([expect.objectContaining({ series: 'European Council', place: 'Porto', line: 5 })]);
    expect(report.summits[0].meetings[0]).toMatch(/Porto/);
  });

  it('lets --date override metadata', async () => {
    const { out } = await explain(['--format', 'json', '--date', '2024-01-02', 'corpus/examples/time-weekdays.html']);
    expect(JSON.parse(out).documentDate).toMatchObject({ date: '2024-01-02', source: 'cli' });
  });

  it('fails with exit 2 and one line for usage errors and missing files', async () => {
    expect((await explain([])).code).toBe(2);
    expect((await explain(['--format', 'xml', 'a.md'])).code).toBe(2);
    const missing = await explain(['no-such-file.md']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no-such-file\.md/);
    expect(missing.err).not.toMatch(/\n\s+at /);
  });
});
