import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, lintText } from '../../src/engine/lint.js';
import type { FileResult } from '../../src/rule-api/types.js';
import { crashingRule, errorRule, markerRule, testRules } from './fixture-rules.js';
import { hashOf, makeTree } from './tmp.js';

const byPath = (results: FileResult[]) => Object.fromEntries(results.map((r) => [r.filePath, r]));
const paths = (results: FileResult[]) => results.map((r) => r.filePath).sort();

describe('input resolution', () => {
  const tree = () =>
    makeTree({
      'articles/a.md': '# A\n\nWRONG.\n',
      'articles/nested/b.html': '<p>WRONG</p>',
      'articles/nested/c.txt': 'WRONG text.',
      'articles/notes.rst': 'WRONG but not a supported extension.',
      'articles/node_modules/dep/readme.md': 'WRONG in a dependency.',
      'other/d.markdown': 'WRONG.',
      'other/e.htm': '<p>fine</p>',
    });

  it('walks folders recursively, supported extensions only, skipping node_modules', async () => {
    const cwd = tree();
    const results = await lintFiles(['articles'], { cwd, rules: testRules });
    expect(paths(results)).toEqual(['articles/a.md', 'articles/nested/b.html', 'articles/nested/c.txt']);
    expect(results.every((r) => r.findings.length === 1 && !r.fatal)).toBe(true);
  });

  it('expands globs and reads an explicitly named file of another extension as text', async () => {
    const cwd = tree();
    const results = await lintFiles(['other/*.{markdown,htm}', 'articles/notes.rst'], { cwd, rules: testRules });
    expect(paths(results)).toEqual(['articles/notes.rst', 'other/d.markdown', 'other/e.htm']);
    expect(byPath(results)['articles/notes.rst'].findings).toHaveLength(1);
    expect(byPath(results)['other/e.htm'].findings).toHaveLength(0);
  });

  it('lints each file once even when patterns overlap', async () => {
    const cwd = tree();
    const results = await lintFiles(['articles', 'articles/a.md', 'articles/**/*.md'], { cwd, rules: testRules });
    expect(results.filter((r) => r.filePath === 'articles/a.md')).toHaveLength(1);
  });

  it('skips what .factlintignore, --ignore-path, --ignore-pattern and config ignorePatterns exclude', async () => {
    const cwd = tree();
    const withIgnoreFile = makeTree({ ...{ '.factlintignore': 'nested/\n' }, 'nested/x.md': 'WRONG', 'y.md': 'WRONG' });
    expect(paths(await lintFiles(['.'], { cwd: withIgnoreFile, rules: testRules }))).toEqual(['y.md']);
    expect(paths(await lintFiles(['articles'], { cwd, rules: testRules, ignorePatterns: ['*.txt', 'articles/a.md'] }))).toEqual(['articles/nested/b.html']);
    const customIgnore = makeTree({ 'my.ignore': '*.md\n', 'a.md': 'x', 'b.txt': 'x' });
    expect(paths(await lintFiles(['.'], { cwd: customIgnore, ignorePath: 'my.ignore', rules: testRules }))).toEqual(['b.txt']);
    const configIgnore = makeTree({ 'site/.factlintrc.json': JSON.stringify({ ignorePatterns: ['drafts/'] }), 'site/drafts/x.md': 'x', 'site/y.md': 'x' });
    expect(paths(await lintFiles(['site'], { cwd: configIgnore, rules: testRules }))).toEqual(['site/y.md']);
  });
});

describe('bad input: a fatal result for that file, the rest still linted, inputs unchanged', () => {
  it('missing file, empty folder, unmatched glob, binary, invalid UTF-8, empty, whitespace-only, oversize', async () => {
    const big = `WRONG ${'word '.repeat(400)}`;
    const cwd = makeTree({
      'good.md': '# Fine\n\nThis is WRONG.\n',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x74, 0x20, 0x6e, 0x6f, 0x6f, 0x6e]),
      'empty.md': '',
      'blank.txt': '  \n\n ',
      'big.txt': big,
      'broken.html': '<p>Unclosed <b>WRONG <div></p></span>',
      'broken.md': '# Title\n\n```\nunclosed code\n\n[link](http://x.y\n\nWRONG.',
      'emptydir/.keep': '',
      '.factlintrc.json': JSON.stringify({ extends: 'factlint:recommended', maxFileSize: 1000 }),
    });
    const inputs = ['good.md', 'binary.txt', 'latin1.txt', 'empty.md', 'blank.txt', 'big.txt', 'broken.html', 'broken.md'];
    const before = inputs.map((f) => hashOf(join(cwd, f)));
    const results = await lintFiles([...inputs, 'missing.md', 'emptydir', 'nothing/*.md'], { cwd, rules: testRules });
    const after = inputs.map((f) => hashOf(join(cwd, f)));
    expect(after).toEqual(before);

    const fatal = Object.fromEntries(results.filter((r) => r.fatal).map((r) => [r.filePath, r.fatal?.message]));
    expect(fatal['missing.md']).toMatch(/no such file/);
    expect(fatal.emptydir).toMatch(/no files to lint/);
    expect(fatal['nothing/*.md']).toMatch(/no files match/);
    expect(fatal['binary.txt']).toMatch(/binary/);
    expect(fatal['latin1.txt']).toMatch(/not valid UTF-8/);
    expect(fatal['empty.md']).toMatch(/empty/);
    expect(fatal['blank.txt']).toMatch(/empty/);
    expect(fatal['big.txt']).toMatch(/size limit/);
    // Every message is one line and does not repeat the path (results carry it).
    for (const message of Object.values(fatal)) expect(message).not.toMatch(/\n/);

    const linted = byPath(results);
    expect(linted['good.md'].findings.map((f) => [f.line, f.column])).toEqual([[3, 9]]);
    // Malformed markup is parsed leniently: the prose is still checked.
    expect(linted['broken.html'].fatal).toBeUndefined();
    expect(linted['broken.html'].findings).toHaveLength(1);
    expect(linted['broken.md'].fatal).toBeUndefined();
  });
});

describe('running rules', () => {
  it('uses rule severities and options from the config', async () => {
    const result = await lintText('WRONG and NOPE and BAD', {
      filePath: 'x.txt',
      rules: testRules,
      config: { rules: { 'test-marker': ['error', { word: 'NOPE' }], 'test-error': 'off' } },
    });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.column])).toEqual([['test-marker', 'error', 11]]);
  });

  it('fills documentDate from --date (or metadata) and keeps the source when asked', async () => {
    const result = await lintText('---\ndate: 2024-05-02\n---\n\nText.\n', { filePath: 'x.md', rules: testRules, includeSource: true });
    expect(result.documentDate?.date).toBe('2024-05-02');
    expect(result.source).toContain('date: 2024-05-02');
    const overridden = await lintText('---\ndate: 2024-05-02\n---\n\nText.\n', { filePath: 'x.md', rules: testRules, date: '2020-01-01' });
    expect(overridden.documentDate).toMatchObject({ date: '2020-01-01' });
  });

  it('gives replacement suggestions the source range they replace', async () => {
    const result = await lintText('A &amp; WRONG', { filePath: 'x.html', rules: [markerRule], config: { rules: { 'test-marker': 'warn' } } });
    const [finding] = result.findings;
    expect(finding.suggestions?.[0].sourceRange).toEqual([8, 13]);
  });

  it('locates findings exactly in the original file: CRLF, non-ASCII, HTML entities, front matter', async () => {
    const rules = [markerRule];
    const config = { rules: { 'test-marker': 'warn' as const } };
    const at = async (text: string, filePath: string) =>
      (await lintText(text, { filePath, rules, config })).findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]);
    expect(await at('# T\r\n\r\nCafé WRONG\r\n', 'crlf.md')).toEqual([[3, 6, 3, 11]]);
    expect(await at('😀 WRONG', 'emoji.txt')).toEqual([[1, 4, 1, 9]]);
    expect(await at('<p>A &amp; B WRONG</p>', 'entity.html')).toEqual([[1, 14, 1, 19]]);
    expect(await at('---\ntitle: x\n---\n\nWRONG', 'front.md')).toEqual([[5, 1, 5, 6]]);
  });

  it('a crashing rule is a failure of the file naming it, never a finding; other rules still run', async () => {
    const result = await lintText('BAD', { filePath: 'x.txt', rules: [crashingRule, errorRule], config: { rules: { 'test-crash': 'warn', 'test-error': 'error' } } });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['test-error']);
    expect(result.failures).toEqual([{ ruleId: 'test-crash', message: expect.stringMatching(/rule "test-crash" failed.*boom.*not fully checked/) }]);
  });
});
