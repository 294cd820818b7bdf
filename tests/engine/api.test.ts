/** The library API returns what the CLI reports. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules, formatters, lint, lintFiles } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { makeTree } from './tmp.js';

const article = '---\ndate: 2013-08-28\n---\n\n# March\n\nFifty years ago, on Thursday, 28 August 1963, a crowd gathered.\n';

describe('library API', () => {
  it('lint(text) takes a file name, a date and a config object', async () => {
    const result = await lint('It happened on Thursday, 28 August 1963.', { filePath: 'x.txt', date: '2013-08-28', config: { rules: {} } });
    expect(result.filePath).toBe('x.txt');
    expect(result.findings).toEqual([]);
    expect(result.documentDate).toMatchObject({ date: '2013-08-28', source: 'cli' });
  });

  it('lintFiles gives the same JSON as the CLI', async () => {
    const cwd = makeTree({ 'a.md': article, 'b.txt': 'Nothing to check here.\n' });
    const results = await lintFiles(['.'], { cwd, includeSource: true });
    const apiJson = JSON.parse(formatters.json(results, { cwd, color: false, rules: builtinRules, version: '0' }));
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd, color: false, readStdin: async () => '' };
    await main(['--format', 'json', '.'], io);
    expect(apiJson).toEqual(JSON.parse(stdout));
    expect(apiJson.map((r: { filePath: string }) => r.filePath)).toEqual([join(cwd, 'a.md'), join(cwd, 'b.txt')]);
  });
});
