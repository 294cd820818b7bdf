/**
 * A rule's cases, in the shape of ESLint's RuleTester: text (or several documents) with the
 * article's date, options and knowledge-base records as fields, and for text the rule must
 * flag, the errors it must report. The same shape serves a rule's documentation examples
 * (`meta.docs.examples`) and its tests (`tests/rule-tester.ts`), so the examples a reader
 * sees are run like tests and cannot drift from what the rule does.
 */
import type { Format } from '../load/document.js';
import type { KbRecord } from '../kb/types.js';
import type { MessageData } from './messages.js';

/** One document of a case. */
export interface CaseDocument {
  text: string;
  /** Default `test.txt`, `test.md` or `test.html` after `format`; its extension gives the format otherwise. */
  filename?: string;
  format?: Format;
  /** The article's date `YYYY-MM-DD`, as `--date` gives it (over any metadata in the text). */
  date?: string;
  /** The article's own URL, as `--url` gives it. */
  url?: string;
}

/**
 * Knowledge-base records for a case: an array is loaded over the shipped knowledge base (a
 * record with a shipped id replaces it); `{ only }` is a knowledge base of those records alone.
 * Records are validated against the KB schema like a `kb` file of a configuration.
 */
export type CaseKb = KbRecord[] | { only: KbRecord[] };

interface CaseCommon<Options> {
  /** The test's title; default: the text. */
  name?: string;
  /** Options over the rule's defaults, validated against its schema like a configuration's. */
  options?: Partial<Options>;
  kb?: CaseKb;
}

/** Text the rule must leave alone: one document, or several (project rules compare them). */
export type RuleCase<Options = Record<string, unknown>> = CaseCommon<Options> & (CaseDocument | { documents: CaseDocument[] });

/** What a finding's suggestion must say (ESLint's `suggestions` of an error). */
export interface ExpectedSuggestion {
  /** A substring of the suggestion's words, or a pattern they match. */
  message?: string | RegExp;
  replacement?: string;
}

/** A substring of the evidence's field, or a pattern it matches; `reasoning` is read as one text. */
export type ExpectedEvidence = Partial<Record<'claimed' | 'actual' | 'reasoning', string | RegExp>>;

/** One finding the rule must report, in order of position (and of documents). */
export interface ExpectedError {
  /** Required when the rule declares `meta.messages`. */
  messageId?: string;
  /** Values the finding filled into its message, each compared exactly. */
  data?: MessageData;
  /** A substring of the message, or a pattern it matches. */
  message?: string | RegExp;
  /** Where the finding is, 1-based, as editors and `--format json` count. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The prose the finding points at (its span in the document's text). */
  text?: string;
  /** The document it is reported on, for cases with several documents. */
  filename?: string;
  /** The finding's suggestions, all of them, in order. */
  suggestions?: ExpectedSuggestion[];
  evidence?: ExpectedEvidence;
  /** The knowledge-base record ids the finding's sources start with, in order (the record it is about comes first). */
  sourceIds?: string[];
}

/** Text the rule must flag, with what it must report. */
export type InvalidRuleCase<Options = Record<string, unknown>> = RuleCase<Options> & { errors: ExpectedError[] };

/** A rule's examples: quiet text and flagged text. */
export interface RuleExamples<Options = Record<string, unknown>> {
  valid: RuleCase<Options>[];
  invalid: InvalidRuleCase<Options>[];
}

/** The documents of a case, whichever way it gives them. */
export function caseDocuments<Options>(testCase: RuleCase<Options>): CaseDocument[] {
  return 'documents' in testCase ? testCase.documents : [testCase];
}
