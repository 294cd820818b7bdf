/**
 * factlint's library API: the same pipeline and results as the CLI.
 *
 *     import { lint, lintFiles } from 'factlint';
 *     const result = await lint('On Wednesday, 15 March 2005 …', { filePath: 'note.md' });
 *     const results = await lintFiles(['articles/'], { cwd: process.cwd() });
 */
import { lintFiles as lintFilesImpl, lintText } from './engine/lint.js';
import type { LintOptions } from './engine/lint.js';
import type { ConfigObject } from './engine/config.js';
import type { FileResult } from './rule-api/types.js';
import type { Format } from './load/document.js';

export interface LintTextOptions extends Omit<LintOptions, 'config' | 'configFile'> {
  /** Name of the text: decides its format by extension and where config discovery starts. */
  filePath?: string;
  format?: Format;
  /** A configuration object, or the path of a configuration file. Default: discovery from `filePath`. */
  config?: ConfigObject | string;
  /** Publication date `YYYY-MM-DD` (overrides metadata). */
  date?: string;
  url?: string;
}

export interface LintFilesOptions extends Omit<LintOptions, 'config' | 'configFile'> {
  /** A configuration object, or the path of a configuration file. Default: discovery per file. */
  config?: ConfigObject | string;
}

function configOptions(config: ConfigObject | string | undefined): Pick<LintOptions, 'config' | 'configFile'> {
  if (config === undefined) return {};
  return typeof config === 'string' ? { configFile: config } : { config };
}

/** Lint one text. */
export async function lint(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  const { config, ...rest } = options;
  return lintText(text, { ...rest, ...configOptions(config) });
}

/** Lint files, folders and globs; one result per file (unreadable files carry `fatal`). */
export async function lintFiles(patterns: string | string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const { config, ...rest } = options;
  return lintFilesImpl(Array.isArray(patterns) ? patterns : [patterns], { ...rest, ...configOptions(config) });
}

export { builtinRules, findRule } from '../rules/index.js';
export { KnowledgeBase } from './kb/knowledge-base.js';
export { defineRule } from './rule-api/types.js';
export { ConfigError } from './engine/config.js';
export { formatters } from './report/index.js';
export { parseDocument } from './load/index.js';
export type { ConfigObject, ResolvedConfig, RuleSetting } from './engine/config.js';
export type { LintOptions } from './engine/lint.js';
export type {
  Evidence,
  FatalError,
  FileResult,
  Finding,
  MessageData,
  RelatedLocation,
  Rule,
  RuleMeta,
  Severity,
  SourceRef,
  Suggestion,
} from './rule-api/types.js';
export type { CaseDocument, CaseKb, ExpectedError, InvalidRuleCase, RuleCase, RuleExamples } from './rule-api/cases.js';
export type { Document, Format, Span } from './load/document.js';
export type { Formatter, ReportContext } from './report/index.js';
