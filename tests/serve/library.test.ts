/** The library functions the server is built on: lintTexts (several texts, one run) and explain. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, lintFiles, lintTexts } from '../../src/index.js';

const pair = ['a.txt', 'b.txt'].map((name) => `corpus/examples/crossdoc/figure-conflict/${name}`);

describe('lintTexts', () => {
  it('runs cross-document rules across texts in memory, as lintFiles does across files', async () => {
    // The same configuration for both, with cross-doc-conflict set explicitly (it is also in factlint:recommended).
    const config = { extends: ['factlint:recommended'], rules: { 'cross-doc-conflict': 'warn' as const } };
    const fromFiles = await lintFiles(pair, { config });
    const fromTexts = await lintTexts(pair.map((path) => ({ text: readFileSync(path, 'utf8'), filePath: path })), { config });
    expect(fromTexts.map((r) => r.findings)).toEqual(fromFiles.map((r) => r.findings));
    expect(fromTexts[1].findings.some((f) => f.ruleId === 'cross-doc-conflict')).toBe(true);
  });

  it('gives each text its own date and names unnamed texts', async () => {
    const results = await lintTexts([
      { text: 'The talks ended on Friday.', date: '2024-05-03' },
      { text: 'The talks ended on Friday.', date: '2021-01-08', format: 'text' },
    ]);
    expect(results.map((r) => r.filePath)).toEqual(['<text-1>', '<text-2>']);
    expect(results.map((r) => r.documentDate?.date)).toEqual(['2024-05-03', '2021-01-08']);
  });
});

describe('explain', () => {
  it('gives the document date with its evidence, located in the text', () => {
    const report = explain('# Talks\n\nOn Wednesday, 15 March 2005, the ministers met. Two days later they signed.\n', { filePath: 'a.md' });
    if (report.fatal) throw new Error(report.fatal.message);
    expect(report.documentDate.source).toBe('inferred');
    expect(report.documentDate.earliest).toMatch(/^2005-03-/);
    const located = report.documentDate.evidence.filter((e) => e.line !== undefined);
    expect(located.length).toBeGreaterThan(0);
    expect(located[0]).toMatchObject({ line: 3 });
  });

  it('reads the extra knowledge-base files it is given, as lint does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-kb-'));
    const broken = join(dir, 'newsroom.json');
    writeFileSync(broken, '{"records": [{"id": "x"}]}');
    const text = '# Talks\n\nOn Wednesday, 15 March 2005, the ministers met.\n';
    expect(() => explain(text, { filePath: 'a.md' })).not.toThrow();
    expect(() => explain(text, { filePath: 'a.md', kb: [broken] })).toThrow(/newsroom\.json/);
  });

  it('reports a text it cannot read instead of throwing', () => {
    expect(explain('   \n', { filePath: 'empty.txt' })).toEqual({ filePath: 'empty.txt', fatal: { message: 'is empty (only whitespace)' } });
  });
});
