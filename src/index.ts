/**
 * factlint's library API: the same pipeline and results as the CLI.
 *
 *     import { lint, lintFiles } from 'factlint';
 *     const result = await lint('On Wednesday, 15 March 2005 …', { filePath: 'note.md' });
 *     const results = await lintFiles(['articles/'], { cwd: process.cwd() });
 */
import { resolve } from 'node:path';
import { lintFiles as lintFilesImpl, lintInputs, lintText } from './engine/lint.js';
import type { LintInput, LintOptions } from './engine/lint.js';
import { explainDocument } from './cli/commands/explain.js';
import type { ExplainReport } from './cli/commands/explain.js';
import { decodeInput, loadSource } from './load/read.js';
import { formatOf } from './load/index.js';
import type { ConfigObject } from './engine/config.js';
import type { FatalError, FileResult } from './rule-api/types.js';
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

/** One text of a multi-document run (`lintTexts`). Its name is never read from disk. */
export interface TextInput {
  text: string;
  /** Name of the text: decides its format by extension and names it in results (default `<text-N>`). */
  filePath?: string;
  format?: Format;
  /** This text's publication date `YYYY-MM-DD` and URL (override the options' and the metadata's). */
  date?: string;
  url?: string;
}

/**
 * Lint several texts in memory in one run, as `lintFiles` lints files: cross-document rules
 * compare them with each other and each result names its other versions. Results come back in
 * input order.
 */
export async function lintTexts(documents: TextInput[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const { config, ...rest } = options;
  const cwd = resolve(rest.cwd ?? process.cwd());
  const inputs: LintInput[] = documents.map((d, i) => {
    const path = d.filePath ?? `<text-${i + 1}>`;
    return { path, absolutePath: resolve(cwd, path), text: d.text, format: d.format, date: d.date, url: d.url };
  });
  return lintInputs(inputs, { ...rest, cwd, ...configOptions(config) });
}

export interface ExplainOptions {
  filePath?: string;
  format?: Format;
  date?: string;
  url?: string;
  /** Extra knowledge-base files or folders (absolute paths), as a config's `kb`. */
  kb?: string[];
}

/** `factlint explain` as data; each piece of date evidence located in the text (line, column) when it has a place. */
export type ExplainResult = (ExplainReport & { fatal?: undefined }) | { filePath: string; fatal: FatalError };

/** When was this text written, how sure is factlint, and why (`factlint explain`). */
export function explain(text: string, options: ExplainOptions = {}): ExplainResult {
  const path = options.filePath ?? '<text>';
  const decoded = decodeInput(Buffer.from(text, 'utf8'), path);
  const loaded = decoded.ok ? loadSource(path, decoded.source, options.format ?? formatOf(path) ?? 'text') : undefined;
  if (!loaded?.ok) {
    const message = !decoded.ok ? decoded.error : loaded && !loaded.ok ? loaded.error.message : 'could not be loaded';
    return { filePath: path, fatal: { message: message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message } };
  }
  const doc = loaded.document;
  if (options.date) doc.metadata = { ...doc.metadata, date: options.date, dateSource: 'cli' };
  if (options.url) doc.metadata = { ...doc.metadata, url: options.url, urlSource: 'cli' };
  return explainDocument(doc, options.kb);
}

export { builtinRules, findRule } from '../rules/index.js';
export { KnowledgeBase } from './kb/knowledge-base.js';
export { defineRule } from './rule-api/types.js';
export { ConfigError } from './engine/config.js';
export { formatters } from './report/index.js';
export { parseDocument } from './load/index.js';
export type { ConfigObject, ResolvedConfig, RuleSetting } from './engine/config.js';
export type { LintOptions } from './engine/lint.js';
export type { ExplainReport } from './cli/commands/explain.js';
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
