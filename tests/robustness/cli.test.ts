/**
 * The command line never harms and never hangs: `-o` refuses whatever the run reads however it
 * is reached, only regular files are read, standard input stops at the size limit, and
 * configuration problems get their own clear line.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, readStream } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { hashOf, makeTree } from '../engine/tmp.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd: string, readStdin: CliIO['readStdin'] = async () => ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, color: false, readStdin };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const ARTICLE = 'The harbour reopened on Monday, 14 June 2021, after two weeks of repairs.\n';
const RECOMMENDED = JSON.stringify({ extends: 'factlint:recommended' });

describe('-o refuses what the run reads', () => {
  const tree = () =>
    makeTree({
      'docs/a.md': ARTICLE,
      '.factlintrc.json': JSON.stringify({ extends: './base.json', kb: ['kb'] }),
      'base.json': RECOMMENDED,
      'kb/local.json': JSON.stringify({ records: [] }),
      '.factlintignore': 'drafts/\n',
    });
  const refused = async (cwd: string, target: string, args: string[] = ['docs']) => {
    const before = ['docs/a.md', '.factlintrc.json', 'base.json', 'kb/local.json', '.factlintignore'].map((f) => hashOf(join(cwd, f)));
    const result = await run([...args, '-o', target], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/never writes to what it reads/);
    expect(['docs/a.md', '.factlintrc.json', 'base.json', 'kb/local.json', '.factlintignore'].map((f) => hashOf(join(cwd, f)))).toEqual(before);
    return result.stderr;
  };

  it('an input reached through a symbolic link', async () => {
    const cwd = tree();
    symlinkSync(join(cwd, 'docs/a.md'), join(cwd, 'report.txt'));
    expect(await refused(cwd, 'report.txt')).toMatch(/is one of the files being linted/);
  });

  it('an input reached through a hard link', async () => {
    const cwd = tree();
    linkSync(join(cwd, 'docs/a.md'), join(cwd, 'hard.txt'));
    expect(await refused(cwd, 'hard.txt')).toMatch(/is one of the files being linted/);
  });

  it('an input reached through a symlinked folder', async () => {
    const cwd = tree();
    symlinkSync(join(cwd, 'docs'), join(cwd, 'out'));
    expect(await refused(cwd, 'out/a.md')).toMatch(/is one of the files being linted/);
  });

  it('the configuration file, a file it extends, a kb file, the ignore file', async () => {
    const cwd = tree();
    expect(await refused(cwd, '.factlintrc.json')).toMatch(/configuration file/);
    expect(await refused(cwd, 'base.json')).toMatch(/configuration file/);
    expect(await refused(cwd, 'kb/local.json')).toMatch(/knowledge-base/);
    expect(await refused(cwd, '.factlintignore')).toMatch(/the ignore file/);
  });

  it('writes a new report file', async () => {
    const cwd = tree();
    const result = await run(['docs', '-o', 'report.txt'], cwd);
    expect(result.code).toBe(0);
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8')).toBe('');
  });
});

describe('only regular files are read, and nothing hangs', () => {
  const fifo = (path: string) => execFileSync('mkfifo', [path]);

  it('a FIFO as input, config, kb file or quotes argument is refused with a clear line', async () => {
    const cwd = makeTree({ 'a.md': ARTICLE });
    fifo(join(cwd, 'pipe.md'));
    fifo(join(cwd, 'pipe.json'));
    const input = await run(['--format', 'json', 'a.md', 'pipe.md'], cwd);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain('factlint: pipe.md: is a FIFO (named pipe), not a regular file');
    const config = await run(['-c', 'pipe.json', 'a.md'], cwd);
    expect(config.stderr).toMatch(/pipe\.json: is a FIFO \(named pipe\), not a configuration file/);
    writeFileSync(join(cwd, 'kb.json'), JSON.stringify({ extends: 'factlint:recommended', kb: ['pipe.json'] }));
    const kb = await run(['-c', 'kb.json', 'a.md'], cwd);
    expect(kb.code).toBe(2);
    expect(kb.stderr).toMatch(/pipe\.json: cannot read the file: it is a FIFO/);
    const quotes = await run(['quotes', 'pipe.md'], cwd);
    expect(quotes.code).toBe(2);
    expect(quotes.stderr + quotes.stdout).toMatch(/FIFO/);
  });

  it('a folder as the config is not "not found"', async () => {
    const cwd = makeTree({ 'a.md': ARTICLE, 'conf/x.txt': '' });
    expect((await run(['-c', 'conf', 'a.md'], cwd)).stderr).toMatch(/conf: is a folder, not a configuration file/);
  });

  it('/dev/zero as input is refused at once', async () => {
    const result = await run(['/dev/zero'], makeTree({}));
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/is a character device, not a regular file/);
  });

  it('endless standard input stops at the size limit', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(Buffer.alloc(65536, 0x61));
      },
    });
    const result = await run(['--stdin', '--format', 'json'], makeTree({ '.factlintrc.json': JSON.stringify({ extends: 'factlint:recommended', maxFileSize: 100_000 }) }), (max) => readStream(endless, max));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/<stdin>: is larger than the 97\.7 KB size limit/);
    expect(produced).toBeLessThan(1_000_000);
  });

  it('invalid UTF-8 on standard input is refused as in a file', async () => {
    const result = await run(['--stdin', '--format', 'json'], makeTree({}), async () => Buffer.from([0x41, 0xff, 0x42]));
    expect(result.stderr).toMatch(/<stdin>: is not valid UTF-8 \(at byte 1\)/);
  });

  it('symbolic link loops get their own message', async () => {
    const cwd = makeTree({ 'docs/a.md': ARTICLE });
    symlinkSync('loop.md', join(cwd, 'loop.md'));
    symlinkSync('inner.md', join(cwd, 'docs/inner.md'));
    const result = await run(['loop.md', 'docs'], cwd);
    expect(result.stdout).toMatch(/loop\.md\n {2}error {2}is a symbolic link loop/);
    expect(result.stdout).toMatch(/docs\/inner\.md\n {2}error {2}is a symbolic link loop/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable subfolder gets its own message', async () => {
    const cwd = makeTree({ 'docs/a.md': ARTICLE, 'docs/secret/b.md': ARTICLE });
    chmodSync(join(cwd, 'docs/secret'), 0);
    const result = await run(['docs'], cwd);
    chmodSync(join(cwd, 'docs/secret'), 0o755);
    expect(result.stdout).toMatch(/docs\/secret\n {2}error {2}cannot be read \(permission denied\)/);
  });
});

describe('configuration', () => {
  it('reads a config with a byte order mark, JSONC comments, or YAML', async () => {
    const bom = makeTree({ 'a.md': ARTICLE, '.factlintrc.json': `\uFEFF${RECOMMENDED}` });
    expect((await run(['a.md'], bom)).code).toBe(0);
    const jsonc = makeTree({ 'a.md': ARTICLE, '.factlintrc.json': '// shared settings\n{ "extends": ["factlint:recommended"], /* off */ "rules": { "url-date": "off", }, }\n' });
    expect((await run(['a.md'], jsonc)).code).toBe(0);
    const yaml = makeTree({ 'a.md': 'On Monday, 3 March 2019, it rained.\n', '.factlintrc.yaml': 'extends: factlint:recommended\nrules:\n  weekday-mismatch: warn\n' });
    const result = await run(['a.md'], yaml);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/warning .* weekday-mismatch/);
    const broken = await run(['a.md'], makeTree({ 'a.md': ARTICLE, '.factlintrc.json': '{ "extends": [,] }' }));
    expect(broken.stderr).toMatch(/invalid JSON at line 1, column 15: value expected/);
  });

  it('an extends diamond of depth 20 resolves in under a second', async () => {
    const files: Record<string, string> = { 'a.md': ARTICLE };
    for (let level = 0; level < 20; level++) {
      const next = level === 19 ? ['factlint:recommended'] : [`./l${level + 1}a.json`, `./l${level + 1}b.json`];
      files[`l${level}a.json`] = JSON.stringify({ extends: next });
      files[`l${level}b.json`] = JSON.stringify({ extends: next });
    }
    files['.factlintrc.json'] = JSON.stringify({ extends: ['./l0a.json', './l0b.json'] });
    const cwd = makeTree(files);
    const started = performance.now();
    const result = await run(['--print-config', 'a.md'], cwd);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.code).toBe(0);
  });

  it('a 2,000-deep extends chain and a cycle are configuration errors, named', async () => {
    const files: Record<string, string> = { 'a.md': ARTICLE };
    for (let i = 0; i < 2000; i++) files[`c${i}.json`] = JSON.stringify({ extends: i === 1999 ? 'factlint:recommended' : `./c${i + 1}.json` });
    const deep = await run(['-c', 'c0.json', 'a.md'], makeTree(files));
    expect(deep.code).toBe(2);
    expect(deep.stderr).toMatch(/extends chain deeper than 32 files/);
    expect(deep.stderr).not.toMatch(/\n\s+at /);
    const cycle = await run(['a.md'], makeTree({ 'a.md': ARTICLE, '.factlintrc.json': '{ "extends": "./x.json" }', 'x.json': '{ "extends": "./y.json" }', 'y.json': '{ "extends": "./x.json" }' }));
    expect(cycle.stderr).toMatch(/circular extends: .*x\.json → .*y\.json → .*x\.json/);
  });

  it('300,000 ignorePatterns do not crash (they used to overflow the stack when merged)', async () => {
    const ignorePatterns = Array.from({ length: 300_000 }, (_, i) => `drafts-${i}/`);
    const cwd = makeTree({ 'a.md': ARTICLE, 'base.json': JSON.stringify({ extends: 'factlint:recommended', ignorePatterns }), '.factlintrc.json': JSON.stringify({ extends: './base.json' }) });
    const result = await run(['--print-config', 'a.md'], cwd);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).ignorePatterns).toHaveLength(300_000);
  });

  it('a config that turns every rule off is reported', async () => {
    const result = await run(['a.md'], makeTree({ 'a.md': ARTICLE, '.factlintrc.json': '{}' }));
    expect(result.stderr).toMatch(/warning: .*\.factlintrc\.json: turns every rule off, so nothing was checked in 1 file/);
  });

  it('a kb folder works, and impossible dates or a start after the end are refused', async () => {
    const place = { kind: 'place', id: 'xtown', source: 'https://x.example/p', name: 'Xtown', type: 'city' };
    const cwd = makeTree({ 'a.md': ARTICLE, '.factlintrc.json': JSON.stringify({ extends: 'factlint:recommended', kb: ['kb'] }), 'kb/places/x.json': JSON.stringify({ records: [place] }) });
    expect((await run(['a.md'], cwd)).code).toBe(0);
    const term = { kind: 'office-term', id: 'pm-x-1', source: 'https://x.example/t', office: 'Prime Minister of X', officeKey: 'prime-minister:x', country: 'X', person: 'Ann Lee', personId: 'ann-lee', start: '2019-02-30', end: '2020-01-01' };
    const backwards = { ...term, id: 'pm-x-2', start: '2022-01-01', end: '2021-06-01' };
    const badTree = makeTree({ 'a.md': ARTICLE, '.factlintrc.json': JSON.stringify({ extends: 'factlint:recommended', kb: ['kb'] }), 'kb/x.json': JSON.stringify({ records: [place, term, backwards] }) });
    const bad = await run(['a.md'], badTree);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/records\/1\/start: "2019-02-30" is not a day of the calendar/);
    expect(bad.stderr).toMatch(/records\/2\/end: ends \(2021-06-01\) before it starts/);
  });
});

describe('messages that used to be missing', () => {
  it('an inline disable naming an unknown rule gets a warning with a guess', async () => {
    const cwd = makeTree({ 'a.md': `<!-- factlint-disable-next-line weekday-mismach -->\n${ARTICLE}`, '.factlintrc.json': RECOMMENDED });
    const result = await run(['a.md'], cwd);
    expect(result.stdout).toMatch(/1:1 +warning +Unknown rule "weekday-mismach" in factlint-disable-next-line: it disables nothing\. Did you mean "weekday-mismatch"\? +unknown-rule/);
  });

  it('exceeding --max-warnings says why; --max-warnings -1 means no limit', async () => {
    const cwd = makeTree({ 'a.md': `<!-- factlint-disable-line nope-rule -->\n${ARTICLE}`, '.factlintrc.json': RECOMMENDED });
    const over = await run(['--max-warnings', '0', 'a.md'], cwd);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/factlint: 1 warning, more than --max-warnings 0 allows; exit code 1/);
    const unlimited = await run(['--max-warnings', '-1', 'a.md'], cwd);
    expect(unlimited.code).toBe(0);
    expect(unlimited.stderr).toBe('');
  });
});

describe('folders reached through links are walked once', () => {
  it('a link to an ancestor does not loop', async () => {
    const cwd = makeTree({ 'docs/a.md': ARTICLE, '.factlintrc.json': RECOMMENDED });
    mkdirSync(join(cwd, 'docs/sub'));
    symlinkSync(join(cwd, 'docs'), join(cwd, 'docs/sub/up'));
    const result = await run(['--format', 'json', 'docs'], cwd);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });
});
