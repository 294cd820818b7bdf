import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { lintText } from '../../src/engine/lint.js';
import type { FileResult } from '../../src/rule-api/types.js';
import { formatGithub, escapeData, escapeProperty } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { ReportContext } from '../../src/report/types.js';
import { testRules } from '../engine/fixture-rules.js';

const cwd = '/work/articles';
const context: ReportContext = { cwd, color: false, rules: testRules, version: '1.2.3' };

async function sampleResults(): Promise<FileResult[]> {
  const config = { rules: { 'test-marker': 'warn', 'test-error': 'error' } } as const;
  const withFindings = await lintText('# Title\n\nThis is WRONG,\nand BAD: 100%.\n', {
    cwd,
    filePath: 'news/a, b:c.md',
    rules: testRules,
    config: { rules: { ...config.rules } },
    includeSource: true,
    date: '2024-03-01',
  });
  withFindings.findings[0].related = [{ filePath: 'news/other.md', message: 'The other version says so', line: 3, column: 2, endLine: 3, endColumn: 9 }];
  const clean = await lintText('Nothing to see.', { cwd, filePath: 'clean.txt', rules: testRules, config: { rules: { ...config.rules } } });
  const fatal: FileResult = { filePath: 'broken.txt', findings: [], fatal: { message: 'looks like a binary file, not text' } };
  return [withFindings, clean, fatal];
}

describe('json (ESLint-compatible)', () => {
  it('has exactly ESLint’s result and message keys, plus factlint’s extras beside them', async () => {
    const parsed = JSON.parse(formatJson(await sampleResults(), context));
    expect(parsed).toHaveLength(3);
    const [withFindings, clean, fatal] = parsed;
    const eslintResultKeys = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules'];
    // A clean file has ESLint's keys only, plus the document date when one is known or inferred.
    expect(Object.keys(clean).filter((k) => k !== 'documentDate').sort()).toEqual([...eslintResultKeys].sort());
    expect(Object.keys(withFindings).sort()).toEqual([...eslintResultKeys, 'source', 'documentDate'].sort());
    expect(withFindings.filePath).toBe('/work/articles/news/a, b:c.md');
    expect(withFindings).toMatchObject({ errorCount: 1, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(withFindings.documentDate).toMatchObject({ date: '2024-03-01', source: 'cli' });

    const [warning, error] = withFindings.messages;
    expect(warning).toMatchObject({ ruleId: 'test-marker', severity: 1, line: 3, column: 9, endLine: 3, endColumn: 14, nodeType: null });
    expect(error).toMatchObject({ ruleId: 'test-error', severity: 2, line: 4, column: 5, endLine: 4, endColumn: 8 });
    expect(warning.evidence).toEqual({ claimed: 'WRONG', actual: 'nothing', reasoning: ['it is the test word'] });
    expect(warning.sources).toEqual([{ url: 'https://example.org/record', recordId: 'test-record' }]);
    // ESLint's suggestion shape: `desc` and a `fix` with a source range, which points at the word.
    const [suggestion] = warning.suggestions;
    expect(suggestion.desc).toBe('Replace with "fine"');
    expect(withFindings.source.slice(...suggestion.fix.range)).toBe('WRONG');
    expect(suggestion.fix.text).toBe('fine');
    expect(warning.related[0]).toMatchObject({ filePath: 'news/other.md', line: 3 });
    // ESLint's messageId, from a rule that declares meta.messages; none from a rule with free text.
    expect(warning.messageId).toBe('forbidden');
    expect(error).not.toHaveProperty('messageId');

    expect(fatal.messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: 'looks like a binary file, not text', line: 1, column: 1, nodeType: null }]);
    expect(fatal).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('is valid against the official SARIF 2.1.0 schema', async () => {
    const log = JSON.parse(formatSarif(await sampleResults(), context));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('carries rules, levels, exact regions, related locations, evidence and fatal notifications', async () => {
    const log = JSON.parse(formatSarif(await sampleResults(), context));
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'factlint', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['test-marker', 'test-error']);
    expect(run.results).toHaveLength(2);
    const [warning, error] = run.results;
    expect(warning).toMatchObject({ ruleId: 'test-marker', ruleIndex: 0, level: 'warning' });
    expect(error).toMatchObject({ ruleId: 'test-error', ruleIndex: 1, level: 'error' });
    expect(warning.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'news/a,%20b:c.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 14 },
    });
    expect(warning.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('news/other.md');
    expect(warning.properties.evidence.claimed).toBe('WRONG');
    // meta.messages as messageStrings ({0} placeholders); a result names its message by id, with its arguments, beside the text.
    expect(run.tool.driver.rules[0].messageStrings).toEqual({ forbidden: { text: '"{0}" is not allowed, 100% sure: really' } });
    expect(run.tool.driver.rules[1]).not.toHaveProperty('messageStrings');
    expect(warning.message).toEqual({ text: '"WRONG" is not allowed, 100% sure: really', id: 'forbidden', arguments: ['WRONG'] });
    expect(error.message).toEqual({ text: '"BAD" is not allowed, 100% sure: really' });
    expect(warning.properties.sources[0].url).toBe('https://example.org/record');
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('broken.txt: looks like a binary file, not text');
  });

  it('numbers placeholders by first appearance and doubles literal braces in messageStrings (SARIF §3.11.5)', () => {
    const braces = { ...testRules[0], meta: { ...testRules[0].meta, id: 'test-braces', messages: { both: '{{b}} before {{a}}, {{b}} again, {literal}' } } };
    const finding = { ruleId: 'test-braces', severity: 'warn' as const, message: 'B before A, B again, {literal}', messageId: 'both', data: { a: 'A', b: 'B' }, span: { start: 0, end: 1 }, line: 1, column: 1, endLine: 1, endColumn: 2 };
    const log = JSON.parse(formatSarif([{ filePath: 'x.txt', findings: [finding] }], { ...context, rules: [braces] }));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].tool.driver.rules[0].messageStrings.both.text).toBe('{0} before {1}, {0} again, {{literal}}');
    expect(log.runs[0].results[0].message).toEqual({ text: 'B before A, B again, {literal}', id: 'both', arguments: ['B', 'A'] });
  });

  it('stays valid with no results at all', () => {
    expect(validate(JSON.parse(formatSarif([], context)))).toBe(true);
  });
});

describe('github workflow commands', () => {
  it('escapes % CR LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('a, b:c.md')).toBe('a%2C b%3Ac.md');
  });

  it('prints one annotation per finding and per unreadable file', async () => {
    const lines = formatGithub(await sampleResults(), context).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::warning file=news/a%2C b%3Ac.md,line=3,col=9,endLine=3,endColumn=14,title=test-marker::"WRONG" is not allowed, 100%25 sure: really%0ARecord: nothing%0ASource: https://example.org/record',
    );
    expect(lines[1]).toMatch(/^::error file=news\/a%2C b%3Ac\.md,line=4,col=5,endLine=4,endColumn=8,title=test-error::/);
    expect(lines[2]).toBe('::error file=broken.txt,line=1,title=factlint%3A file could not be linted::looks like a binary file, not text');
  });
});

describe('stylish', () => {
  it('groups per file with line:column, severity, message, rule id, details and a summary', async () => {
    const output = formatStylish(await sampleResults(), context);
    expect(output).toContain('news/a, b:c.md\n  3:9  warning  "WRONG" is not allowed, 100% sure: really  test-marker');
    expect(output).toContain('\n                text says: WRONG\n                actual: nothing\n');
    expect(output).toContain('                source: https://example.org/record');
    expect(output).toContain('                fix: Replace with "fine"');
    expect(output).toContain('  4:5  error    "BAD" is not allowed');
    expect(output).toContain('broken.txt\n  error  looks like a binary file, not text');
    expect(output).not.toContain('clean.txt');
    expect(output.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (2 errors, 1 warning)');
    // No colour codes unless asked.
    const escape = String.fromCharCode(27);
    expect(output).not.toContain(`${escape}[`);
    expect(formatStylish(await sampleResults(), { ...context, color: true })).toContain(`${escape}[`);
  });

  it('prints nothing for a clean run', async () => {
    const clean = await lintText('Nothing here.', { filePath: 'x.txt', rules: testRules });
    expect(formatStylish([clean], context)).toBe('');
  });
});
