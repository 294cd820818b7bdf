/**
 * Runs one rule on one case (`src/rule-api/cases.ts`) through the pipeline the CLI uses:
 * each document loaded as an input is (with `--date` / `--url` from the case), options
 * validated and merged like a configuration's, the shipped knowledge base (with the case's
 * records), every analyzer, and the runner with its internal-failure handling. RuleTester and
 * `npm run docs` read rules' behaviour from here, so what they show is what users get.
 */
import { resolve } from 'node:path';
import type { Document } from '../load/document.js';
import { KnowledgeBase } from '../kb/knowledge-base.js';
import { parseKbFile, readKbFile } from '../kb/load.js';
import type { KbFile } from '../kb/load.js';
import { caseDocuments } from '../rule-api/cases.js';
import type { CaseDocument, CaseKb, RuleCase } from '../rule-api/cases.js';
import type { Finding, Rule } from '../rule-api/types.js';
import { resolveConfig } from './config.js';
import { loadKnowledgeBase } from './kb-loader.js';
import { loadDocument } from './lint.js';
import { analyze, runRules } from './runner.js';
import type { InternalFailure } from './runner.js';

export interface CaseRun {
  /** The loaded documents, in the case's order. */
  documents: Document[];
  /** Findings per document (same order), each list sorted by position. */
  findings: Finding[][];
  /** Internal failures per document (same order): the rule or an analyzer threw. */
  failures: InternalFailure[][];
}

export function runRuleCase<Options>(rule: Rule, testCase: RuleCase<Options>): CaseRun {
  const documents = caseDocuments(testCase).map(loadCaseDocument);
  const kb = caseKnowledgeBase(testCase.kb);
  const options = caseOptions(rule, testCase.options as Record<string, unknown> | undefined);
  const outcome = runRules(analyze(documents, kb), [{ rule, severity: rule.meta.defaultSeverity, options }], kb);
  return { documents, ...outcome };
}

/** The file name a case document is given: its own, else one whose extension gives its format. */
export function caseFilename(document: CaseDocument): string {
  if (document.filename) return document.filename;
  return document.format === 'markdown' ? 'test.md' : document.format === 'html' ? 'test.html' : 'test.txt';
}

function loadCaseDocument(document: CaseDocument): Document {
  const path = caseFilename(document);
  const loaded = loadDocument({ path, absolutePath: resolve(path), text: document.text, format: document.format }, { date: document.date, url: document.url });
  if ('fatal' in loaded) throw new Error(`the case's document ${path} could not be loaded: ${loaded.fatal}`);
  return loaded.document;
}

/** The rule's defaults with the case's options over them, validated by the rule's schema (throws `ConfigError`). */
function caseOptions(rule: Rule, options: Record<string, unknown> | undefined): Record<string, unknown> {
  const config = resolveConfig({ rules: { [rule.meta.id]: [rule.meta.defaultSeverity, options ?? {}] } }, '<case options>', { rules: [rule] });
  return config.rules.get(rule.meta.id)?.options ?? {};
}

let shippedFiles: KbFile[] | undefined;

/** The shipped knowledge base, or one with the case's records (validated like a `kb` file). */
function caseKnowledgeBase(kb: CaseKb | undefined): KnowledgeBase {
  if (kb === undefined) return loadKnowledgeBase();
  const only = !Array.isArray(kb);
  const records = Array.isArray(kb) ? kb : kb.only;
  const caseFile = parseKbFile('<case kb>', JSON.stringify({ records }));
  if (only) return KnowledgeBase.fromFiles([caseFile]);
  shippedFiles ??= KnowledgeBase.defaultFiles().map((path) => readKbFile(path, { schema: false }));
  return KnowledgeBase.fromFiles([...shippedFiles, caseFile]);
}
