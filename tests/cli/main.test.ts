/** The CLI in-process, with test rules and captured streams. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { testRules } from '../engine/fixture-rules.js';
import { hashOf, makeTree } from '../engine/tmp.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd: string, stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    color: false,
    readStdin: async () => stdin,
  };
  const code = await main(argv, io, { rules: testRules });
  return { code, stdout, stderr };
}

const articles = () =>
  makeTree({
    'clean.md': '# Fine\n\nNothing wrong here.\n',
    'warn.md': '# Title\n\nThis is WRONG.\n',
    'error.txt': 'This is BAD.\n',
    '.factlintrc.json': JSON.stringify({ extends: 'factlint:recommended', rules: { 'test-error': 'error' } }),
  });

describe('factlint CLI: information', () => {
  it('--version, --help, --list-rules exit 0', async () => {
    const cwd = makeTree({});
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await run(['--version'], cwd)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await run(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: factlint/);
    expect(help.stdout).toContain('--max-warnings');
    const list = await run(['--list-rules'], cwd);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/test-marker\s+general\s+warn\s+recommended\s+Flags the word WRONG/);
    expect(list.stdout).toMatch(/test-error\s+general\s+error\s+Flags the word BAD/);
    const listJson = JSON.parse((await run(['--list-rules', '--format', 'json'], cwd)).stdout);
    expect(listJson[0]).toEqual({ id: 'test-marker', category: 'general', defaultSeverity: 'warn', recommended: true, fixable: true, description: 'Flags the word WRONG (test rule).' });
  });

  it('--print-config shows the effective config for a file', async () => {
    const cwd = articles();
    const { code, stdout } = await run(['--print-config', 'warn.md'], cwd);
    expect(code).toBe(0);
    const config = JSON.parse(stdout);
    expect(config.configFile).toBe(join(cwd, '.factlintrc.json'));
    expect(config.rules).toEqual({ 'test-error': ['error', { word: 'BAD' }], 'test-marker': ['warn', { word: 'WRONG' }] });
    expect(config.maxFileSize).toBe(5 * 1024 * 1024);
  });
});

describe('factlint CLI: usage and configuration errors exit 2 with one line', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown option', ['--bogus', 'x.md'], /^factlint: Unknown option '--bogus'\n$/],
    ['missing option value', ['x.md', '--format'], /^factlint: Option '-f, --format <value>' argument missing\n$/],
    ['unknown format', ['--format', 'xml', 'x.md'], /^factlint: unknown format "xml"; expected one of stylish, json, sarif, github\n$/],
    ['bad date', ['--date', '2024-02-30', 'x.md'], /^factlint: --date expects a calendar date YYYY-MM-DD, got "2024-02-30"\n$/],
    ['bad url', ['--url', 'not a url', 'x.md'], /^factlint: --url expects an absolute URL/],
    ['bad max-warnings', ['--max-warnings', 'many', 'x.md'], /^factlint: --max-warnings expects a whole number/],
    ['no inputs', [], /^factlint: no files to lint given/],
  ];
  for (const [name, argv, expected] of cases) {
    it(name, async () => {
      const result = await run(argv, makeTree({}));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(expected);
    });
  }

  it('a bad config names the file and the JSON path', async () => {
    const cwd = makeTree({ 'a.md': 'x', '.factlintrc.json': JSON.stringify({ rules: { 'test-marker': ['warn', { word: 3 }] } }) });
    const result = await run(['a.md'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`factlint: ${join(cwd, '.factlintrc.json')}: /rules/test-marker/1/word: expected string (options of rule "test-marker")\n`);
  });

  it('an invalid knowledge-base file named in the config: one line per problem, exit 2', async () => {
    const cwd = makeTree({ 'a.md': 'Text.', 'kb/extra.json': '{ not json', '.factlintrc.json': JSON.stringify({ kb: ['kb/extra.json'] }) });
    const result = await run(['a.md'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^factlint: .*kb\/extra\.json/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('--config with a missing file', async () => {
    const result = await run(['--config', 'nope.json', 'a.md'], makeTree({ 'a.md': 'x' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope\.json: configuration file not found\n$/);
  });
});

describe('factlint CLI: exit codes', () => {
  it('0 with no findings; 0 with warnings only; 1 with an error finding', async () => {
    const cwd = articles();
    expect((await run(['clean.md'], cwd)).code).toBe(0);
    const warned = await run(['warn.md'], cwd);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect((await run(['error.txt'], cwd)).code).toBe(1);
  });

  it('1 when warnings exceed --max-warnings; --quiet reports errors only', async () => {
    const cwd = articles();
    expect((await run(['warn.md', '--max-warnings', '1'], cwd)).code).toBe(0);
    expect((await run(['warn.md', '--max-warnings', '0'], cwd)).code).toBe(1);
    const quiet = await run(['--quiet', '.'], cwd);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toContain('warn.md');
    expect(quiet.stdout).toContain('error.txt');
  });

  it('2 when a file cannot be linted, while the other files are still reported', async () => {
    const cwd = articles();
    const result = await run(['--format', 'json', 'warn.md', 'missing.md', 'error.txt'], cwd);
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.map((r: { filePath: string }) => r.filePath)).toEqual([join(cwd, 'missing.md'), join(cwd, 'warn.md'), join(cwd, 'error.txt')]);
    expect(parsed[0].messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 2 });
    expect(parsed[1].warningCount).toBe(1);
    expect(parsed[2].errorCount).toBe(1);
    expect(result.stderr).toBe('factlint: missing.md: no such file or folder\n');
  });
});

describe('factlint CLI: inputs and outputs', () => {
  it('reads standard input with - and --stdin-filename (format and config from the name)', async () => {
    const cwd = articles();
    const result = await run(['--format', 'json', '-', '--stdin-filename', 'piped.md'], cwd, '# T\n\nIt is WRONG and BAD.\n');
    const [entry] = JSON.parse(result.stdout);
    expect(entry.filePath).toBe(join(cwd, 'piped.md'));
    expect(entry.messages.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column])).toEqual([
      ['test-marker', 3, 7],
      ['test-error', 3, 17],
    ]);
    expect(result.code).toBe(1);
    const empty = await run(['--stdin'], cwd, '');
    expect(empty.code).toBe(2);
    expect(empty.stdout).toContain('<stdin>');
    expect(empty.stdout).toContain('is empty');
  });

  it('--date and --url override metadata (the JSON documentDate says so)', async () => {
    const cwd = makeTree({ 'a.md': '---\ndate: 2001-01-01\n---\n\nText.\n' });
    const [entry] = JSON.parse((await run(['--format', 'json', '--date', '2010-05-06', 'a.md'], cwd)).stdout);
    expect(entry.documentDate).toMatchObject({ date: '2010-05-06', source: 'cli' });
  });

  it('-o writes the report to a file, never over an input', async () => {
    const cwd = articles();
    const before = hashOf(join(cwd, 'warn.md'));
    const written = await run(['-o', 'report.json', '--format', 'json', 'warn.md'], cwd);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'))[0].warningCount).toBe(1);
    const refused = await run(['-o', 'warn.md', 'warn.md'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^factlint: warn\.md: is one of the files being linted/);
    expect(hashOf(join(cwd, 'warn.md'))).toBe(before);
    expect(existsSync(join(cwd, 'report.json'))).toBe(true);
    const unwritable = await run(['-o', 'no/such/folder/report.txt', 'warn.md'], cwd);
    expect(unwritable).toMatchObject({ code: 2, stderr: 'factlint: no/such/folder/report.txt: cannot write the report (ENOENT)\n' });
  });

  it('--ignore-pattern and --no-ignore', async () => {
    const cwd = makeTree({ 'a.md': 'WRONG', 'drafts/b.md': 'WRONG', '.factlintignore': 'drafts/\n' });
    const linted = (argv: string[]) => run(['--format', 'json', ...argv], cwd).then((r) => JSON.parse(r.stdout).map((e: { filePath: string }) => e.filePath));
    expect(await linted(['.'])).toEqual([join(cwd, 'a.md')]);
    expect(await linted(['--no-ignore', '.'])).toEqual([join(cwd, 'a.md'), join(cwd, 'drafts/b.md')]);
    expect(await linted(['--ignore-pattern', '*.md', 'drafts/b.md'])).toEqual([]);
    const allIgnored = await run(['--ignore-pattern', '*.md', '.'], cwd);
    expect(allIgnored.code).toBe(2);
    expect(allIgnored.stdout).toContain('every file here is ignored');
  });
});
