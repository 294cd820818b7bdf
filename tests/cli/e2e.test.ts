/**
 * End to end: the built binary (`node bin/factlint.js`, dist/ built by the global setup) on
 * real files, as a user runs it. Rules are whatever factlint ships, so these tests assert on
 * the pipeline (files, formats, exit codes, errors), not on particular findings.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { hashOf, makeTree } from '../engine/tmp.js';

const BIN = fileURLToPath(new URL('../../bin/factlint.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function factlint(args: string[], cwd: string, stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin?.end(stdin);
    else child.stdin?.end();
  });
}

const correctArticle = [
  '---',
  'title: Harbour reopens',
  'date: 2021-06-14',
  '---',
  '',
  '# Harbour reopens',
  '',
  'The harbour reopened on Monday, 14 June 2021, after two weeks of repairs.',
  '',
].join('\n');

describe('factlint binary', () => {
  it('prints its version', async () => {
    const result = await factlint(['--version'], makeTree({}));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('lints a folder of Markdown, HTML and text and prints ESLint-style JSON', async () => {
    const cwd = makeTree({
      'site/a.md': correctArticle,
      'site/b.html': '<html><head><title>T</title></head><body><p>The harbour reopened.</p></body></html>',
      'site/c.txt': 'The harbour reopened.\n',
    });
    const result = await factlint(['--format', 'json', 'site'], cwd);
    expect(result.stderr).toBe('');
    const parsed = JSON.parse(result.stdout) as { filePath: string; messages: unknown[]; errorCount: number }[];
    expect(parsed.map((r) => r.filePath)).toEqual(['a.md', 'b.html', 'c.txt'].map((f) => join(cwd, 'site', f)));
    expect([0, 1]).toContain(result.code);
    expect(result.code).toBe(parsed.some((r) => r.errorCount > 0) ? 1 : 0);
  });

  it('every bad input gets one line naming the file; the rest is linted; inputs are unchanged; exit 2', async () => {
    const cwd = makeTree({
      'good.md': correctArticle,
      'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]),
      'latin1.md': Buffer.from('Caf\xe9 au lait', 'latin1'),
      'empty.txt': '',
      'big.txt': 'word '.repeat(300),
      'broken.html': '<html><body><p>Unclosed <div><span>text</p>',
      'nothing/readme.rst': 'not an article',
      '.factlintrc.json': JSON.stringify({ extends: 'factlint:recommended', maxFileSize: 1000 }),
    });
    const inputs = ['good.md', 'binary.txt', 'latin1.md', 'empty.txt', 'big.txt', 'broken.html'];
    const before = inputs.map((f) => hashOf(join(cwd, f)));
    const result = await factlint(['--format', 'json', ...inputs, 'missing.md', 'nothing'], cwd);
    expect(inputs.map((f) => hashOf(join(cwd, f)))).toEqual(before);
    expect(result.code).toBe(2);

    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'factlint: missing.md: no such file or folder',
      expect.stringMatching(/^factlint: nothing: no files to lint/),
      'factlint: binary.txt: looks like a binary file, not text',
      expect.stringMatching(/^factlint: latin1\.md: is not valid UTF-8/),
      'factlint: empty.txt: is empty',
      expect.stringMatching(/^factlint: big\.txt: is 1\.5 KB, over the 1000 bytes size limit/),
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);

    const parsed = JSON.parse(result.stdout) as { filePath: string; fatalErrorCount: number }[];
    const fatalFiles = parsed.filter((r) => r.fatalErrorCount > 0).map((r) => r.filePath);
    expect(fatalFiles).toHaveLength(6);
    const linted = parsed.filter((r) => r.fatalErrorCount === 0).map((r) => r.filePath);
    expect(linted).toEqual([join(cwd, 'good.md'), join(cwd, 'broken.html')]);
  });

  it('stylish output names unreadable files and exits 2', async () => {
    const cwd = makeTree({ 'good.txt': 'Fine.\n' });
    const result = await factlint(['good.txt', 'missing.txt'], cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('missing.txt\n  error  no such file or folder');
    expect(result.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
  });

  it('reads standard input', async () => {
    const result = await factlint(['--format', 'json', '--stdin', '--stdin-filename', 'note.md'], makeTree({}), correctArticle);
    const [entry] = JSON.parse(result.stdout);
    expect(entry.filePath.endsWith('note.md')).toBe(true);
    expect(entry.documentDate).toMatchObject({ date: '2021-06-14' });
  });

  it('a configuration error exits 2 with one line and no stack trace', async () => {
    const cwd = makeTree({ 'a.md': correctArticle, '.factlintrc.json': '{"rules": {"no-such-rule": "error"}}' });
    const result = await factlint(['a.md'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`factlint: ${join(cwd, '.factlintrc.json')}: /rules/no-such-rule: unknown rule "no-such-rule" (see factlint --list-rules)\n`);
  });
});

const EXAMPLES = fileURLToPath(new URL('../../corpus/examples/formats', import.meta.url));

describe('the format examples with the shipped rules', () => {
  it('correct articles stay quiet; the wrong weekday is flagged; the disabled line is suppressed', async () => {
    const result = await factlint(['--format', 'json', EXAMPLES], makeTree({}));
    interface Entry {
      filePath: string;
      messages: { ruleId: string; line: number }[];
      suppressedMessages: { ruleId: string; line: number }[];
    }
    const parsed = JSON.parse(result.stdout) as Entry[];
    const byName: Record<string, Entry> = Object.fromEntries(parsed.map((r) => [r.filePath.split('/').pop() ?? '', r]));
    expect(Object.keys(byName).sort()).toEqual(['enlargement.txt', 'reunification.md', 'sputnik.html', 'wrong-weekday.md']);
    for (const name of ['enlargement.txt', 'reunification.md', 'sputnik.html']) expect(byName[name].messages).toEqual([]);
    expect(byName['wrong-weekday.md'].messages.map((m) => [m.ruleId, m.line])).toEqual([['weekday-mismatch', 8]]);
    expect(byName['wrong-weekday.md'].suppressedMessages.map((m) => [m.ruleId, m.line])).toEqual([['weekday-mismatch', 12]]);
    expect(result.code).toBe(1);
  });
});

// The project's seed articles sit in shared/ beside the repository (as in CI), when present.
const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)) : [];

describe.skipIf(seedFiles.length === 0)('the seed articles', () => {
  it('--format json prints ESLint-style JSON, one entry per seed', async () => {
    const result = await factlint(['--format', 'json', ...seedFiles], makeTree({}));
    expect([0, 1]).toContain(result.code);
    const parsed = JSON.parse(result.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string | null }[] }[];
    expect(parsed.map((r) => r.filePath)).toEqual(seedFiles);
    for (const r of parsed) for (const m of r.messages) expect(m.line).toBeGreaterThanOrEqual(1);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', async () => {
    const result = await factlint(['--format', 'sarif', ...seedFiles], makeTree({}));
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    validate(JSON.parse(result.stdout));
    expect(validate.errors ?? []).toEqual([]);
  });
});
