/**
 * An internal failure (an extractor or rule that throws) is an error of the document it
 * happened on: a fatal message in every format and exit status 2, while every other
 * document is still checked, by document rules and by project rules alike.
 */
import { describe, expect, it } from 'vitest';
import { lintText, lintInputs } from '../../src/engine/lint.js';
import type { Analyzer } from '../../src/analysis/document.js';
import { defineRule } from '../../src/rule-api/types.js';
import type { FileResult, ReportDescriptor, Rule } from '../../src/rule-api/types.js';
import { exitCode } from '../../src/cli/main.js';
import { formatters } from '../../src/report/index.js';
import { toSarif } from '../../src/report/sarif.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { parseDocument } from '../../src/load/index.js';

/** URL extraction that fails on any document mentioning "POISON". */
const poisonedUrls: Analyzer<'urls'> = {
  kind: 'urls',
  analyze: ({ doc }) => {
    if (doc.text.includes('POISON')) throw new Error('tokenizer read past the end');
    return [];
  },
};

const urlCounter: Rule = defineRule({
  meta: {
    id: 'test-url-count', description: 'Counts URLs (test rule).', category: 'general', defaultSeverity: 'warn',
    recommended: true, fixable: false, schema: {}, defaultOptions: {},
    docs: { description: 'test', examples: { valid: [], invalid: [] }, url: '' },
  },
  check(context) {
    context.report({ message: `${context.document.get('urls').length} urls`, span: { start: 0, end: 1 } });
  },
});

const projectCounter: Rule = defineRule({
  meta: { ...urlCounter.meta, id: 'test-project-count' },
  scope: 'project',
  checkProject(context) {
    for (const document of context.documents) {
      context.report(document, { message: `compared ${document.get('urls').length} urls`, span: { start: 0, end: 1 } });
    }
  },
});

const config = { rules: { 'test-url-count': 'warn', 'test-project-count': 'warn' } } as const;
const rules = [urlCounter, projectCounter];

async function lintThree(): Promise<FileResult[]> {
  const inputs = ['a.txt', 'b.txt', 'c.txt'].map((path) => ({ path, absolutePath: `/virtual/${path}`, text: path === 'b.txt' ? 'POISON here.' : 'Fine text.' }));
  return lintInputs(inputs, { cwd: '/virtual', rules, config, analyzers: [poisonedUrls] });
}

describe('internal failures', () => {
  it('confine an extractor failure to its document; project rules still compare the others', async () => {
    const [a, b, c] = await lintThree();
    expect(a.failures).toBeUndefined();
    expect(c.failures).toBeUndefined();
    expect(a.findings.map((f) => f.message).sort()).toEqual(['0 urls', 'compared 0 urls']);
    expect(c.findings).toHaveLength(2);
    // One message per failing stage, even though two rules needed it.
    expect(b.failures).toHaveLength(1);
    expect(b.failures?.[0].message).toMatch(/extracting urls failed: tokenizer read past the end.*not fully checked/);
    expect(b.findings).toEqual([]);
  });

  it('make the run exit 2 and show in every format', async () => {
    const results = await lintThree();
    expect(exitCode(results)).toBe(2);
    const context = { cwd: '/virtual', color: false, rules, version: 'test' };
    const json = JSON.parse(formatters.json(results, context)) as { messages: { fatal?: boolean; severity: number }[]; fatalErrorCount: number }[];
    expect(json[1].fatalErrorCount).toBe(1);
    expect(json[1].messages[0]).toMatchObject({ fatal: true, severity: 2 });
    const sarif = toSarif(results, context) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[] }[] };
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toHaveLength(1);
    expect(formatters.stylish(results, context)).toMatch(/1 file not fully checked/);
    expect(formatters.github(results, context)).toMatch(/^::error file=b\.txt,line=1,title=factlint%3A file not fully checked::/m);
  });

  it('a clean run has no failures and exits by its findings', async () => {
    const result = await lintText('Fine text.', { filePath: 'x.txt', rules, config });
    expect(result.failures).toBeUndefined();
    expect(exitCode([result])).toBe(0);
  });
});

describe('a report that does not fit the rule\'s meta.messages', () => {
  const reporting = (id: string, report: (span: { start: number; end: number }) => ReportDescriptor): Rule => defineRule({
    meta: { ...urlCounter.meta, id, messages: { counted: '{{count}} urls in {{file}}' } },
    check(context) {
      context.report(report({ start: 0, end: 1 }));
    },
  });
  const broken = [
    reporting('test-unknown-id', (span) => ({ messageId: 'countd', data: { count: 1, file: 'x' }, span })),
    reporting('test-missing-data', (span) => ({ messageId: 'counted', data: { count: 1 }, span })),
    reporting('test-free-message', (span) => ({ message: '1 url', span })),
  ];
  const working = reporting('test-working', (span) => ({ messageId: 'counted', data: { count: 0, file: 'x.txt' }, span }));

  it('is an internal failure of the rule, loud, while the other rules report', async () => {
    const rulesWithMessages = [...broken, working];
    const result = await lintText('Fine text.', { filePath: 'x.txt', rules: rulesWithMessages, config: { rules: Object.fromEntries(rulesWithMessages.map((r) => [r.meta.id, 'warn'])) } });
    expect(result.failures?.map((f) => [f.ruleId, f.message])).toEqual([
      ['test-unknown-id', expect.stringMatching(/rule "test-unknown-id" reported the unknown messageId "countd" \(its meta\.messages has "counted"\)/)],
      ['test-missing-data', expect.stringMatching(/no data for the placeholder \{\{file\}\}/)],
      ['test-free-message', expect.stringMatching(/declares meta\.messages, so it must report a messageId/)],
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.message, f.data])).toEqual([['test-working', 'counted', '0 urls in x.txt', { count: '0', file: 'x.txt' }]]);
    expect(exitCode([result])).toBe(2);
  });
});

describe('quantities at the edge of a sentence', () => {
  const facts = (text: string) => {
    const loaded = parseDocument('edge.txt', text, 'text');
    return extractQuantities(loaded);
  };

  it.each([
    'Shares closed at 740 yen. Traders were calm.',
    'It cost $740.',
    'It cost $740',
    '$',
    'Up 12 %',
    'The bill came to 3.5 million',
    'They paid €20 billion. ',
    'About a dozen',
    'twenty-five',
    'It rose 5 per',
  ])('reads no further than the last token: %s', (text) => {
    expect(() => facts(text)).not.toThrow();
  });
});
