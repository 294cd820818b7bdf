/**
 * RuleTester, after ESLint's: `new RuleTester().run(rule, { valid, invalid })` makes one vitest
 * test per case. Each case runs through the pipeline the CLI uses (`runRuleCase`: load →
 * analyzers → runner, the shipped knowledge base plus the case's records, options validated
 * by the rule's schema). A valid case must produce no finding. An invalid case must produce
 * exactly its `errors`, in order: the same count, and for each the messageId (required when the
 * rule declares `meta.messages`), data, message, line and column (and end, text, suggestions,
 * evidence, sources when given). Every finding must carry evidence, and a finding of a rule
 * that checks facts against the knowledge base must cite a source an editor can open. An
 * internal failure (the rule or an analyzer threw) fails the test.
 */
import { describe, expect, it } from 'vitest';
import { caseFilename, runRuleCase } from '../src/engine/rule-case.js';
import type { CaseRun } from '../src/engine/rule-case.js';
import { caseDocuments } from '../src/rule-api/cases.js';
import type { ExpectedError, InvalidRuleCase, RuleCase } from '../src/rule-api/cases.js';
import type { Document } from '../src/load/document.js';
import type { Finding, Rule } from '../src/rule-api/types.js';

export type { ExpectedError, InvalidRuleCase, RuleCase };

export interface RuleTests<Options> {
  valid: RuleCase<Options>[];
  invalid: InvalidRuleCase<Options>[];
}

/** A finding with the document it was reported on. */
interface Located {
  finding: Finding;
  document: Document;
}

export class RuleTester {
  /** One `describe` per rule, with a `valid` and an `invalid` block of one test per case. */
  run<Options>(rule: Rule<Options>, tests: RuleTests<Options>): void {
    describe(rule.meta.id, () => {
      if (tests.valid.length > 0) {
        describe('valid', () => {
          for (const testCase of tests.valid) it(titleOf(testCase), () => assertValid(rule, testCase));
        });
      }
      if (tests.invalid.length > 0) {
        describe('invalid', () => {
          for (const testCase of tests.invalid) it(titleOf(testCase), () => assertInvalid(rule, testCase));
        });
      }
    });
  }
}

/** Runs a case; an internal failure is a failed test, never an empty result. */
export function runCase<Options>(rule: Rule<Options>, testCase: RuleCase<Options>): Located[] {
  const run: CaseRun = runRuleCase(rule, testCase);
  const failures = run.failures.flat().map((f) => f.message);
  if (failures.length > 0) throw new Error(`internal failure:\n${failures.join('\n')}`);
  return run.findings.flatMap((list, i) => list.map((finding) => ({ finding, document: run.documents[i] })));
}

/** Throws (an assertion error) unless the case produces no finding and no failure. */
export function assertValid<Options>(rule: Rule<Options>, testCase: RuleCase<Options>): void {
  const found = runCase(rule, testCase);
  found.forEach((located) => checkCarriesEvidence(rule, located));
  expect(found.map(summary), 'valid text must produce no findings').toEqual([]);
}

/** Throws (an assertion error) unless the case produces exactly its errors, in order. */
export function assertInvalid<Options>(rule: Rule<Options>, testCase: InvalidRuleCase<Options>): void {
  expect(testCase.errors.length, 'an invalid case expects at least one error').toBeGreaterThan(0);
  const found = runCase(rule, testCase);
  found.forEach((located) => checkCarriesEvidence(rule, located));
  if (found.length !== testCase.errors.length) {
    expect.fail(`expected ${testCase.errors.length} finding(s), got ${found.length}:\n${found.map(summary).join('\n') || '(none)'}`);
  }
  const several = caseDocuments(testCase).length > 1;
  testCase.errors.forEach((error, i) => checkError(rule, found[i], error, `error ${i + 1} of ${testCase.errors.length}`, several));
}

function checkError<Options>(rule: Rule<Options>, { finding, document }: Located, error: ExpectedError, label: string, severalDocuments: boolean): void {
  const at = `${label} (${summary({ finding, document })})`;
  if (severalDocuments) {
    expect(error.filename, `${at}: a case with several documents names the document of each error`).toBeDefined();
    expect(document.path, `${at}: document`).toBe(error.filename);
  } else if (error.filename !== undefined) {
    expect(document.path, `${at}: document`).toBe(error.filename);
  }
  checkMessage(rule, finding, error, at);
  expect(finding.line, `${at}: line`).toBe(error.line);
  expect(finding.column, `${at}: column`).toBe(error.column);
  if (error.endLine !== undefined) expect(finding.endLine, `${at}: endLine`).toBe(error.endLine);
  if (error.endColumn !== undefined) expect(finding.endColumn, `${at}: endColumn`).toBe(error.endColumn);
  if (error.text !== undefined) expect(textOf({ finding, document }), `${at}: text`).toBe(error.text);
  if (error.suggestions !== undefined) checkSuggestions(finding, error.suggestions, at);
  for (const [field, expected] of Object.entries(error.evidence ?? {})) {
    const value = field === 'reasoning' ? finding.evidence?.reasoning?.join(' ') : finding.evidence?.[field as 'claimed' | 'actual'];
    expectText(value, expected, `${at}: evidence.${field}`);
  }
  if (error.sourceIds !== undefined) {
    const recordIds = (finding.sources ?? []).map((s) => s.recordId);
    expect(recordIds.slice(0, error.sourceIds.length), `${at}: the first sources`).toEqual(error.sourceIds);
  }
}

function checkMessage<Options>(rule: Rule<Options>, finding: Finding, error: ExpectedError, at: string): void {
  const declares = rule.meta.messages !== undefined;
  if (declares) expect(error.messageId, `${at}: ${rule.meta.id} declares meta.messages, so each error names its messageId`).toBeDefined();
  else expect(error.messageId, `${at}: ${rule.meta.id} declares no meta.messages, so an error cannot name a messageId`).toBeUndefined();
  if (!declares) expect(error.message, `${at}: an error names its messageId or its message`).toBeDefined();
  if (error.messageId !== undefined) {
    expect(Object.keys(rule.meta.messages ?? {}), `${at}: the expected messageId "${error.messageId}" is one of the rule's meta.messages`).toContain(error.messageId);
    expect(finding.messageId, `${at}: messageId`).toBe(error.messageId);
  }
  for (const [key, value] of Object.entries(error.data ?? {})) {
    expect(finding.data?.[key], `${at}: data.${key}`).toBe(String(value));
  }
  if (error.message !== undefined) expectText(finding.message, error.message, `${at}: message`);
}

function checkSuggestions(finding: Finding, expected: NonNullable<ExpectedError['suggestions']>, at: string): void {
  const actual = finding.suggestions ?? [];
  expect(actual.map((s) => s.message), `${at}: number of suggestions`).toHaveLength(expected.length);
  expected.forEach((suggestion, i) => {
    if (suggestion.message !== undefined) expectText(actual[i].message, suggestion.message, `${at}: suggestion ${i + 1}`);
    if (suggestion.replacement !== undefined) expect(actual[i].replacement, `${at}: suggestion ${i + 1} replacement`).toBe(suggestion.replacement);
  });
}

/** Evidence always; a source an editor can open for a check of facts against the knowledge base. */
function checkCarriesEvidence<Options>(rule: Rule<Options>, located: Located): void {
  const { finding } = located;
  const at = summary(located);
  expect(finding.evidence?.claimed, `${at}: every finding carries evidence of what the text claims`).toBeTruthy();
  if (rule.meta.category === 'facts') expect(finding.sources?.length ?? 0, `${at}: a knowledge-base fact cites its source`).toBeGreaterThan(0);
  for (const source of finding.sources ?? []) expect(source.url, `${at}: a source is a page an editor can open`).toMatch(/^https?:\/\//);
}

/** A substring, or a pattern to match. */
function expectText(actual: string | undefined, expected: string | RegExp, label: string): void {
  if (typeof expected === 'string') expect(actual, label).toContain(expected);
  else expect(actual, label).toMatch(expected);
}

function textOf({ finding, document }: Located): string {
  return document.text.slice(finding.span.start, finding.span.end);
}

function summary(located: Located): string {
  const { finding, document } = located;
  return `${document.path}:${finding.line}:${finding.column} ${finding.messageId ?? '-'} "${textOf(located)}": ${finding.message}`;
}

/** The case's name, else its text (shortened) with the date and options that change its meaning. */
function titleOf<Options>(testCase: RuleCase<Options>): string {
  if (testCase.name) return testCase.name;
  const documents = caseDocuments(testCase);
  const text = documents.map((d) => (documents.length > 1 ? `${caseFilename(d)}: ${d.text}` : d.text)).join(' | ').replace(/\s+/g, ' ');
  const short = text.length > 110 ? `${text.slice(0, 109)}…` : text;
  const dates = documents.flatMap((d) => (d.date ? [`dated ${d.date}`] : []));
  const extras = [...new Set(dates), ...(testCase.options ? [`options ${JSON.stringify(testCase.options)}`] : []), ...(testCase.kb ? ['own KB records'] : [])];
  return extras.length > 0 ? `${short} (${extras.join(', ')})` : short;
}
