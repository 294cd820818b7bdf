/**
 * Rule anatomy, after ESLint: a rule is `meta` (what it is, its options) plus `check`
 * (what it flags). A rule reads the extracted mentions through its context and reports
 * findings through `context.report`; it never re-parses the text.
 */
import type { Span } from '../load/document.js';
import type { AnalyzedDocument } from '../analysis/document.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { SourceRef } from '../kb/types.js';
import type { RuleExamples } from './cases.js';
import type { MessageData } from './messages.js';

export type Severity = 'off' | 'warn' | 'error';
export type RuleCategory = 'time' | 'facts' | 'quotes' | 'consistency' | 'general';

/** A JSON Schema (draft-07) for a rule's options object. */
export type JsonSchema = Record<string, unknown>;

export interface RuleDocs<Options = Record<string, unknown>> {
  /** One or two sentences for `--list-rules` and the README. */
  description: string;
  /**
   * Text the rule flags and text it must leave alone, as RuleTester cases (dates, options and
   * records are fields): `tests/rules/docs-examples.test.ts` runs them, `npm run docs` writes
   * them with the messages they produce into the README.
   */
  examples: RuleExamples<Options>;
  /** Path of the rule's documentation inside the repository (the README section). */
  url: string;
}

export interface RuleMeta<Options = Record<string, unknown>> {
  id: string;
  description: string;
  category: RuleCategory;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** In `factlint:recommended`. */
  recommended: boolean;
  /** Findings carry a replacement that `--fix` could apply (factlint never rewrites files itself). */
  fixable: boolean;
  /** Options schema; options are validated by ajv when the configuration is loaded. */
  schema: JsonSchema;
  defaultOptions: Options;
  /**
   * The rule's messages by id, with `{{placeholder}}`s (ESLint's `meta.messages`). A rule that
   * declares them reports `messageId` + `data`, never a free `message`.
   */
  messages?: Record<string, string>;
  docs: RuleDocs<Options>;
}

/** What the text says against what the record (or the other document) says. */
export interface Evidence {
  /** What the text says, quoted or paraphrased. */
  claimed: string;
  /** What the record / calendar / other document says. */
  actual?: string;
  /** Reasoning steps, in plain words, that lead from one to the other. */
  reasoning?: string[];
}

export type { SourceRef };
export type { MessageData };

export interface Suggestion {
  /** What to do, in words ("Replace with "Buenos Aires""). */
  message: string;
  /** Replacement text for `span`, if the fix is a replacement. */
  replacement?: string;
  span?: Span;
  /** Offsets `[start, end)` in the original file that `replacement` replaces (filled by the engine). */
  sourceRange?: [number, number];
}

/** Another place the finding relates to, possibly in another file (cross-document rules). */
export interface RelatedLocation {
  filePath: string;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** What a report says: a message of `meta.messages` and its values, or (rules without `meta.messages`) the text itself. */
export type ReportMessage =
  | { messageId: string; data?: MessageData; message?: never }
  | { message: string; messageId?: never; data?: never };

export type ReportDescriptor = ReportMessage & ReportDetails;

export interface ReportDetails {
  span: Span;
  /**
   * Where the fact is written in the original file, when that is outside the prose (a
   * front-matter URL, a canonical link): the finding's line and column come from here.
   */
  sourceRange?: [number, number];
  /**
   * Where the finding points when that is not where `span` starts: the words an editor looks
   * for, e.g. the speaker's name on the last line of a quotation spread over several lines.
   * The finding's line and column come from here; its end stays the end of `span` (or of the
   * focus, if later), so the range still takes in what `span` covers from there on.
   */
  focus?: Span;
  evidence?: Evidence;
  suggestions?: Suggestion[];
  source?: SourceRef | SourceRef[];
  related?: RelatedLocation[];
}

export interface RuleContext<Options> {
  readonly ruleId: string;
  readonly options: Options;
  readonly document: AnalyzedDocument;
  readonly kb: KnowledgeBase;
  report(descriptor: ReportDescriptor): void;
}

export interface ProjectRuleContext<Options> {
  readonly ruleId: string;
  readonly options: Options;
  /** Every document of the run, in the order given. */
  readonly documents: readonly AnalyzedDocument[];
  readonly kb: KnowledgeBase;
  report(document: AnalyzedDocument, descriptor: ReportDescriptor): void;
}

/** A rule that looks at one document at a time. */
export interface DocumentRule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  scope?: 'document';
  check(context: RuleContext<Options>): void;
}

/** A rule that compares the documents of a run with each other. */
export interface ProjectRule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  scope: 'project';
  checkProject(context: ProjectRuleContext<Options>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule<Options = any> = DocumentRule<Options> | ProjectRule<Options>;

/** A finding located in its file. */
export interface Finding {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  /** The message as the reader sees it (the template filled in). */
  message: string;
  /** The id of the message in the rule's `meta.messages`, when the rule declares them. */
  messageId?: string;
  /** The values filled into the message's placeholders, as text (SARIF `arguments`, tests). */
  data?: Record<string, string>;
  span: Span;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  evidence?: Evidence;
  suggestions?: Suggestion[];
  sources?: SourceRef[];
  related?: RelatedLocation[];
}

/** A problem with a file itself: it could not be read or parsed. */
export interface FatalError {
  message: string;
  line?: number;
  column?: number;
}

/**
 * factlint itself failed on a document (a bug, or the document's time budget ran out): the
 * document was not fully checked. Always an error; the run exits 2.
 */
export interface InternalFailureReport {
  /** The rule that was running, when it was a rule. */
  ruleId?: string;
  message: string;
}

/** Why a finding was not reported (an inline `factlint-disable` comment). */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
  fatal?: FatalError;
  /** Internal failures while checking this document: it was not fully checked. */
  failures?: InternalFailureReport[];
  /** Findings silenced by inline disable comments (ESLint's `suppressedMessages`). */
  suppressed?: (Finding & { suppressions: Suppression[] })[];
  /** The file's content, for reporters that show it (JSON `source`). */
  source?: string;
  /** The document's date and where it came from (metadata, inferred, …), when known. */
  documentDate?: DocumentDateReport;
  /** Other files of the run that are versions of this one. */
  versions?: string[];
}

/**
 * The document's date in a file's result: a single day only when the evidence pins it to
 * about a month, the window the evidence allows, and the reasons with their positions.
 */
export interface DocumentDateReport {
  date: string | null;
  earliest?: string | null;
  latest?: string | null;
  source: string;
  confidence?: number;
  evidence?: Array<{ kind: string; description: string; supports: boolean; line?: number; column?: number }>;
}

export function defineRule<Options>(rule: DocumentRule<Options>): DocumentRule<Options>;
export function defineRule<Options>(rule: ProjectRule<Options>): ProjectRule<Options>;
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
