/**
 * The per-document time budget: a document that takes too long gets one failure ("took longer
 * than …; not fully checked"), exit 2 in every format, and the run goes on — whether the time
 * goes into many stages (checked between them) or into one stage that never ends (hard stop).
 */
import { describe, expect, it } from 'vitest';
import { lintInputs, lintText } from '../../src/engine/lint.js';
import type { Analyzer } from '../../src/analysis/document.js';
import { Budget, checkpoint, runWithinBudgets, withCurrentBudget, withHardStop } from '../../src/base/budget.js';
import { defineRule } from '../../src/rule-api/types.js';
import type { FileResult, Rule } from '../../src/rule-api/types.js';
import { exitCode } from '../../src/cli/main.js';
import { formatters } from '../../src/report/index.js';
import { toSarif } from '../../src/report/sarif.js';

function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

/** URL "extraction" that never ends on a document containing HANG, and is slow on SLOW. */
const hangingUrls: Analyzer<'urls'> = {
  kind: 'urls',
  analyze: ({ doc }) => {
    if (doc.text.includes('HANG')) for (;;) busyWait(10);
    if (doc.text.includes('BACKTRACK')) /^(a+)+$/.test(`${'a'.repeat(40)}b`);
    return [];
  },
};

const meta = {
  description: 'test', category: 'general' as const, defaultSeverity: 'warn' as const, recommended: true, fixable: false,
  schema: {}, defaultOptions: {}, docs: { description: 'test', examples: { valid: [], invalid: [] }, url: '' },
};

const urlRule: Rule = defineRule({ meta: { ...meta, id: 'test-urls' }, check: (ctx) => ctx.report({ message: `${ctx.document.get('urls').length} urls`, span: { start: 0, end: 1 } }) });
/** Slow on SLOW documents: 150 ms per call, in a rule that is fine on its own. */
const slowRule: Rule = defineRule({ meta: { ...meta, id: 'test-slow' }, check: (ctx) => (ctx.document.doc.text.includes('SLOW') ? busyWait(150) : undefined) });
const lastRule: Rule = defineRule({ meta: { ...meta, id: 'test-last' }, check: (ctx) => ctx.report({ message: 'last rule ran', span: { start: 0, end: 1 } }) });
const projectRule: Rule = defineRule({
  meta: { ...meta, id: 'test-project' },
  scope: 'project',
  checkProject(ctx) {
    for (const d of ctx.documents) ctx.report(d, { message: `compared ${ctx.documents.length} (${d.get('urls').length} urls)`, span: { start: 0, end: 1 } });
  },
});

const rules = [urlRule, slowRule, lastRule, projectRule];
async function lintTexts(texts: Record<string, string>, timeBudget: number, ruleList: Rule[] = rules): Promise<FileResult[]> {
  const inputs = Object.entries(texts).map(([path, text]) => ({ path, absolutePath: `/virtual/${path}`, text }));
  const config = { rules: Object.fromEntries(ruleList.map((r) => [r.meta.id, 'warn' as const])) };
  return lintInputs(inputs, { cwd: '/virtual', rules: ruleList, config, analyzers: [hangingUrls], timeBudget });
}

describe('time budget', () => {
  it('stops a stage that never ends, reports that document once, and checks the others', async () => {
    const started = performance.now();
    const [a, b, c] = await lintTexts({ 'a.txt': 'Fine text.', 'b.txt': 'HANG here.', 'c.txt': 'Fine too.' }, 0.3);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(b.failures).toHaveLength(1);
    expect(b.failures?.[0].message).toMatch(/^factlint took longer than 0\.3 s on this file \(in rule "test-urls", while extracting urls\); not fully checked/);
    expect(b.failures?.[0].ruleId).toBe('test-urls');
    expect(b.findings).toEqual([]);
    // The others are checked, and compared with each other (without the stopped document).
    for (const result of [a, c]) {
      expect(result.failures).toBeUndefined();
      expect(result.findings.map((f) => f.message).sort()).toEqual(['0 urls', 'compared 2 (0 urls)', 'last rule ran']);
    }
  });

  it('stops a catastrophic regular expression', async () => {
    const [result] = await lintTexts({ 'r.txt': 'BACKTRACK' }, 0.3);
    expect(result.failures?.[0].message).toMatch(/took longer than 0\.3 s/);
  });

  it('checks the budget between rules and skips the rest of the work', async () => {
    const [result] = await lintTexts({ 'slow.txt': 'SLOW text.' }, 0.1, [slowRule, lastRule]);
    // Out of time between two rules: the message names the one that used most of it.
    expect(result.failures?.map((f) => f.message)).toEqual([expect.stringMatching(/took longer than 0\.1 s on this file \(mostly in rule "test-slow", 0\.\d s\); not fully checked/)]);
    expect(result.findings).toEqual([]);
  });

  it('a document within its budget is checked as usual; 0 means no limit', async () => {
    const [fast] = await lintTexts({ 'f.txt': 'SLOW text.' }, 5, [slowRule, lastRule]);
    expect(fast.failures).toBeUndefined();
    const [unlimited] = await lintTexts({ 'u.txt': 'SLOW text.' }, 0, [slowRule, lastRule]);
    expect(unlimited.failures).toBeUndefined();
    expect(unlimited.findings.map((f) => f.message)).toEqual(['last rule ran']);
  });

  it('a hanging analysis asked for by a project rule only drops that document from the comparison', async () => {
    const [a, b, c] = await lintTexts({ 'a.txt': 'Fine.', 'b.txt': 'HANG.', 'c.txt': 'Fine.' }, 0.3, [projectRule]);
    expect(b.failures?.[0].message).toMatch(/took longer than 0\.3 s on this file \(while extracting urls\)/);
    expect(a.findings.map((f) => f.message)).toEqual(['compared 2 (0 urls)']);
    expect(c.findings.map((f) => f.message)).toEqual(['compared 2 (0 urls)']);
  });

  it('is configurable in the configuration file, and an over-budget document fails in every format', async () => {
    const result = await lintText('HANG', { filePath: 'h.txt', cwd: '/virtual', rules: [urlRule], analyzers: [hangingUrls], config: { rules: { 'test-urls': 'warn' }, timeBudget: 0.2 } });
    expect(result.failures?.[0].message).toMatch(/took longer than 0\.2 s/);
    expect(exitCode([result])).toBe(2);
    const context = { cwd: '/virtual', color: false, rules: [urlRule], version: 'test' };
    const sarif = toSarif([result], context) as { runs: { invocations: { executionSuccessful: boolean }[] }[] };
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(formatters.github([result], context)).toMatch(/^::error file=h\.txt.*took longer than 0\.2 s/m);
    expect(formatters.stylish([result], context)).toMatch(/1 file not fully checked/);
  });
});

describe('budget primitives', () => {
  it('withHardStop returns the value, or stopped', () => {
    expect(withHardStop(() => 42, 1000)).toEqual({ stopped: false, value: 42 });
    expect(withHardStop(() => 42, Infinity)).toEqual({ stopped: false, value: 42 });
    expect(withHardStop(() => busyWait(10_000), 100)).toEqual({ stopped: true });
    expect(() => withHardStop(() => { throw new Error('boom'); }, 1000)).toThrow('boom');
  });

  it('checkpoint() throws only past the current budget', () => {
    const budget = new Budget(20);
    budget.enter();
    expect(() => withCurrentBudget(budget, () => checkpoint())).not.toThrow();
    busyWait(30);
    expect(() => withCurrentBudget(budget, () => checkpoint())).toThrow(/took longer than 0\.02 s/);
    expect(() => checkpoint()).not.toThrow();
  });

  it('runWithinBudgets stops only the stuck item, in one guarded call for the quick ones', () => {
    const budgets = Array.from({ length: 50 }, () => new Budget(200));
    const done: number[] = [];
    const stopped: number[] = [];
    runWithinBudgets(50, (i) => budgets[i], (i) => {
      if (i === 7) for (;;) busyWait(10);
      done.push(i);
    }, (i) => stopped.push(i));
    expect(stopped).toEqual([7]);
    expect(done).toHaveLength(49);
    expect(budgets[7].exceeded).toBe(true);
    expect(budgets[8].exceeded).toBe(false);
  });
});
