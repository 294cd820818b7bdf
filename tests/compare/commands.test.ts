import { describe, expect, it } from 'vitest';
import { versionsCommand } from '../../src/cli/commands/versions.js';
import { diffCommand } from '../../src/cli/commands/diff.js';
import type { CliIO } from '../../src/cli/command.js';

function io(): CliIO & { out: string; err: string } {
  const buffer = { out: '', err: '' };
  return Object.assign(buffer, {
    stdout: (t: string) => { buffer.out += t; },
    stderr: (t: string) => { buffer.err += t; },
    cwd: process.cwd(),
    color: false,
    readStdin: async () => '',
  });
}

describe('factlint versions', () => {
  it('lists seeds 000 and 002 as versions of one article; each JSON file entry names its other versions', async () => {
    const out = io();
    expect(await versionsCommand.run(['--format', 'json', '/work/shared/seeds'], out)).toBe(0);
    const report = JSON.parse(out.out);
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0].files.map((f: string) => (f.split('/').pop() ?? '').slice(0, 3))).toEqual(['000', '002']);
    const entry = (prefix: string) => report.files.find((f: { filePath: string }) => f.filePath.includes(`/${prefix}_`));
    expect(entry('000').versions).toEqual([expect.stringContaining('/002_')]);
    expect(entry('002').versions).toEqual([expect.stringContaining('/000_')]);
    expect(entry('004').versions).toEqual([]);
  });

  it('prints groups for people', async () => {
    const out = io();
    await versionsCommand.run(['corpus/examples/crossdoc/versions'], out);
    expect(out.out).toContain('Article 1: 3 versions');
    expect(out.out).toContain('corpus/examples/crossdoc/versions/oped.md');
    expect(out.out).toContain('1 other file with no other version.');
  });

  it('rejects a call without files', async () => {
    const out = io();
    expect(await versionsCommand.run([], out)).toBe(2);
    expect(out.err).toContain('name the files');
  });
});

describe('factlint diff', () => {
  it('shows the changed figure, and the links only one version has', async () => {
    const out = io();
    const code = await diffCommand.run(['corpus/examples/crossdoc/versions/oped.md', 'corpus/examples/crossdoc/versions/oped-updated.md'], out);
    expect(code).toBe(1);
    expect(out.out).toContain('“About 60 fishing boats” vs “About 45 fishing boats” (contradictory)');
    expect(out.out).toContain('- https://example.org/docs/harbour-report.pdf');
    expect(out.out).toContain('- https://example.org/ports/kestrel-east');
  });

  it('reports contradictory figures as contradictory, in JSON', async () => {
    const out = io();
    await diffCommand.run(['--format', 'json', 'corpus/examples/crossdoc/figure-conflict/a.txt', 'corpus/examples/crossdoc/figure-conflict/b.txt'], out);
    const diff = JSON.parse(out.out);
    expect(diff.claims.differ).toEqual(expect.arrayContaining([
      expect.objectContaining({ a: 'approximately 1,200 residents', b: 'some 2,500 residents', compatible: false }),
    ]));
  });

  it('finds no claim difference between an article and its syndicated copy', async () => {
    const out = io();
    await diffCommand.run(['corpus/examples/crossdoc/versions/oped.md', 'corpus/examples/crossdoc/versions/oped-syndicated.txt'], out);
    expect(out.out).toMatch(/Claims \([1-9] shared\)\n {2}no difference/);
    expect(out.out).toMatch(/Quotations \(1 shared\)\n {2}no difference/);
  });

  it('needs exactly two files', async () => {
    const out = io();
    expect(await diffCommand.run(['corpus/examples/crossdoc/meeting-count/earlier.md'], out)).toBe(2);
    expect(out.err).toContain('exactly two files');
  });
});
