/**
 * The lint run: inputs → configuration → documents → knowledge base → analysis → rules →
 * inline disables → `FileResult[]`. A file that cannot be read or parsed becomes a fatal
 * result for that file and the run goes on; a configuration error stops the run (it would
 * make every result wrong).
 */
import { resolve } from 'node:path';
import { formatOf } from '../load/index.js';
import { decodeInput, loadFile, loadSource } from '../load/read.js';
import type { Document, Format } from '../load/document.js';
import { locateSpan } from '../load/document.js';
import { builtinRules } from '../../rules/index.js';
import { AnalyzedDocument } from '../analysis/document.js';
import type { Analyzer } from '../analysis/document.js';
import type { MentionKind } from '../analysis/mentions.js';
import { analyzerRegistry } from './analyzers.js';
import { runRules } from './runner.js';
import { Budget, runWithinBudgets } from '../base/budget.js';
import type { ActiveRule, InternalFailure, RunOutcome } from './runner.js';
import { ConfigResolver } from './config.js';
import type { ConfigObject, ResolvedConfig } from './config.js';
import { applyDisables, directivesOf } from './disables.js';
import { unknownRuleFindings } from './unknown-rules.js';
import { buildIgnore, isIgnored, resolveInputs } from './inputs.js';
import { loadKnowledgeBase } from './kb-loader.js';
import type { StageTimer } from './profile.js';
import { versionsOf } from '../corpus/versions.js';
import type { FileResult, Finding, ProjectRuleContext, Rule, RuleContext } from '../rule-api/types.js';

export interface LintOptions {
  /** Folder that relative paths, `.factlintignore` and config discovery start from. */
  cwd?: string;
  /** `--config FILE`: use this file for every input, no discovery. */
  configFile?: string;
  /** A configuration object (library use); takes precedence over files. */
  config?: ConfigObject;
  /** Rules to configure from (default: every built-in rule). */
  rules?: readonly Rule[];
  /** Analyzers that replace the built-in one of the same kind (tests, plug-ins). */
  analyzers?: Analyzer[];
  /** `--date` / `--url`: override each document's metadata. */
  date?: string;
  url?: string;
  /** `--ignore-path` (default `.factlintignore` in cwd); `false` to read none. */
  ignorePath?: string | false;
  /** `--ignore-pattern`, relative to cwd. */
  ignorePatterns?: string[];
  /** Keep each file's content in its result (JSON `source`). */
  includeSource?: boolean;
  /** Collect per-stage timings (benchmark). */
  profile?: StageTimer;
  /**
   * `always` (default): every result carries the document's date, inferred from the text when
   * metadata has none. `if-computed`: only when a rule needed it anyway (cheaper; stylish output).
   */
  documentDate?: 'always' | 'if-computed';
  /**
   * Seconds each document may take (loading, analysis, rules); overrides the configuration's
   * `timeBudget` (default 10). 0 or Infinity: no limit.
   */
  timeBudget?: number;
}

/** One thing to lint: a file on disk, or text in memory (stdin, the `lint()` API). */
export interface LintInput {
  path: string;
  absolutePath: string;
  /** Content already in memory (text, or bytes to decode); read from disk when absent. */
  text?: string | Uint8Array;
  format?: Format;
  /** This input's own publication date / URL (override `options.date` / `options.url`). */
  date?: string;
  url?: string;
}

interface LoadedFile {
  input: LintInput;
  config: ResolvedConfig;
  /** The document's time budget, from loading to the last rule. */
  budget: Budget;
  document?: Document;
  fatal?: string;
}

/** The analyzed document of each loaded file, for the document date. */
const analyzedByFile = new WeakMap<LoadedFile, AnalyzedDocument>();

/** Lint files, folders and globs. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<FileResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { files, problems } = resolveInputs(patterns, { cwd, ignorePath: options.ignorePath, ignorePatterns: options.ignorePatterns });
  const inputs: LintInput[] = files.map((f) => ({ path: f.path, absolutePath: f.absolutePath }));
  const fatalResults: FileResult[] = problems.map((p) => ({ filePath: p.path, findings: [], fatal: { message: p.message } }));
  return [...fatalResults, ...(await lintInputs(inputs, { ...options, cwd }))];
}

/**
 * Lint text in memory (stdin, or the library's `lint()`), named `filePath` for config and
 * format. Bytes are decoded with the same checks as a file's (UTF-8 only, size limit, binary).
 */
export async function lintText(text: string | Uint8Array, options: LintOptions & { filePath?: string; format?: Format } = {}): Promise<FileResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = options.filePath ?? '<text>';
  const [result] = await lintInputs([{ path, absolutePath: resolve(cwd, path), text, format: options.format }], { ...options, cwd });
  return result;
}

/** Lint already-resolved inputs. Results come back in input order. */
export async function lintInputs(inputs: LintInput[], options: LintOptions & { cwd: string }): Promise<FileResult[]> {
  const rules = options.rules ?? builtinRules;
  const configs = new ConfigResolver(rules, options.cwd, options.configFile, options.config);
  const timer = options.profile;
  const loaded: LoadedFile[] = inputs
    .map((input) => ({ input, config: configs.forFile(input.absolutePath) }))
    .filter(({ input, config }) => !ignoredByConfig(input, config))
    .map(({ input, config }) => ({ input, config, budget: Budget.seconds(options.timeBudget ?? config.timeBudget) }));
  // Loading counts towards each document's budget: a pathological file stops here, not the run.
  runWithinBudgets(
    loaded.length,
    (i) => loaded[i].budget,
    (i) => {
      const file = loaded[i];
      const load = () => file.budget.stage({ label: 'loading' }, () => loadInput(file, options));
      Object.assign(file, timer ? timer.measure(`load:${formatOf(file.input.path) ?? 'text'}`, load) : load());
    },
    (i) => void (loaded[i].fatal = loaded[i].budget.message()),
  );
  const outcome = analyzeAndCheck(loaded, rules, options);
  const knownIds = rules.map((r) => r.meta.id);
  const results = loaded.map((file, i) => toFileResult(file, outcome.findings[i], outcome.failures[i], options, knownIds));
  attachVersions(loaded, results);
  return results;
}

/** Name each file's other versions (near-duplicates) in its result; groups are cached with the rule's. */
function attachVersions(loaded: LoadedFile[], results: FileResult[]): void {
  const withDocument = loaded.flatMap((file, i) => (file.document ? [{ document: file.document, result: results[i] }] : []));
  if (withDocument.length < 2) return;
  const versions = versionsOf(withDocument.map((entry) => entry.document));
  const pathOf = new Map(withDocument.map((entry) => [entry.document.path, entry.result.filePath]));
  withDocument.forEach((entry, i) => {
    if (versions[i].length > 0) entry.result.versions = versions[i].map((path) => pathOf.get(path) ?? path);
  });
}

// `ignorePatterns` in a config apply to the files that config governs, relative to its folder.
function ignoredByConfig(input: LintInput, config: ResolvedConfig): boolean {
  if (config.ignorePatterns.length === 0 || input.text !== undefined) return false;
  const { matcher } = buildIgnore({ cwd: config.baseDir, ignorePath: false, ignorePatterns: config.ignorePatterns });
  return isIgnored(matcher, config.baseDir, input.absolutePath);
}

function loadInput({ input, config }: Pick<LoadedFile, 'input' | 'config'>, options: LintOptions): Pick<LoadedFile, 'document' | 'fatal'> {
  const loaded = loadDocument(input, { maxBytes: config.maxFileSize, date: options.date, url: options.url });
  return 'fatal' in loaded ? { fatal: loaded.fatal } : { document: loaded.document };
}

/**
 * Reads (or decodes) and parses one input, with `--date` / `--url` over its metadata. A file
 * that cannot be loaded gives the reason, without the path (results carry it separately).
 */
export function loadDocument(input: LintInput, options: { maxBytes?: number; date?: string; url?: string }): { document: Document } | { fatal: string } {
  const format = input.format ?? formatOf(input.path) ?? 'text';
  let result;
  if (input.text === undefined) {
    result = loadFile(input.absolutePath, { maxBytes: options.maxBytes, format });
  } else {
    const bytes = typeof input.text === 'string' ? Buffer.from(input.text, 'utf8') : input.text;
    const decoded = decodeInput(bytes, input.path, { maxBytes: options.maxBytes });
    result = decoded.ok ? loadSource(input.path, decoded.source, format) : { ok: false as const, error: { message: decoded.error } };
  }
  if (!result.ok) return { fatal: withoutPathPrefix(result.error.message, input) };
  const document = result.document;
  document.path = input.path;
  // A text's own date and URL (lintTexts) win over the run's (--date, --url).
  const date = input.date ?? options.date;
  const url = input.url ?? options.url;
  if (date) document.metadata = { ...document.metadata, date, dateSource: 'cli' };
  if (url) document.metadata = { ...document.metadata, url, urlSource: 'cli' };
  return { document };
}

// The loader's messages start with the path it was given; results carry the path separately.
function withoutPathPrefix(message: string, input: LintInput): string {
  for (const prefix of [`${input.absolutePath}: `, `${input.path}: `]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}

/**
 * Files that share a configuration are analyzed and checked together, so project rules
 * compare every document that the same configuration governs.
 */
function analyzeAndCheck(loaded: LoadedFile[], rules: readonly Rule[], options: LintOptions): RunOutcome {
  const findings: Finding[][] = loaded.map(() => []);
  const failures: InternalFailure[][] = loaded.map(() => []);
  const groups = new Map<ResolvedConfig, number[]>();
  loaded.forEach((file, i) => {
    if (!file.document) return;
    const group = groups.get(file.config) ?? [];
    group.push(i);
    groups.set(file.config, group);
  });
  for (const [config, indexes] of groups) {
    const kb = loadKnowledgeBase(config.kb);
    const registry = timedRegistry(analyzerRegistry(options.analyzers), options.profile);
    const documents = indexes.map((i) => new AnalyzedDocument(loaded[i].document as Document, kb, registry));
    const active = activeRules(config, rules, options.profile);
    // The machine formats show every document's date: infer it within the document's budget.
    const extraKinds: MentionKind[] = options.documentDate !== 'if-computed' ? ['time'] : [];
    const outcome = runRules(documents, active, kb, { budgets: indexes.map((i) => loaded[i].budget), extraKinds });
    indexes.forEach((fileIndex, j) => {
      findings[fileIndex] = outcome.findings[j];
      failures[fileIndex] = outcome.failures[j];
      analyzedByFile.set(loaded[fileIndex], documents[j]);
    });
  }
  return { findings, failures };
}

function activeRules(config: ResolvedConfig, rules: readonly Rule[], timer: StageTimer | undefined): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    active.push({ rule: timedRule(rule, timer), severity: setting.severity, options: setting.options });
  }
  return active;
}

/** A rule with its time measured (benchmark). */
function timedRule(rule: Rule, timer: StageTimer | undefined): Rule {
  if (!timer) return rule;
  const stage = `rule:${rule.meta.id}`;
  if (rule.scope === 'project') {
    return { ...rule, checkProject: (ctx: ProjectRuleContext<Record<string, unknown>>) => timer.measure(stage, () => rule.checkProject(ctx)) };
  }
  return { ...rule, check: (ctx: RuleContext<Record<string, unknown>>) => timer.measure(stage, () => rule.check(ctx)) };
}

function timedRegistry(registry: Map<MentionKind, Analyzer>, timer: StageTimer | undefined): Map<MentionKind, Analyzer> {
  if (!timer) return registry;
  return new Map(
    [...registry].map(([kind, analyzer]) => [kind, { kind, analyze: (ctx) => timer.measure(`analyze:${kind}`, () => analyzer.analyze(ctx)) } as Analyzer]),
  );
}

function toFileResult(file: LoadedFile, findings: Finding[], failures: InternalFailure[], options: LintOptions, knownIds: string[]): FileResult {
  const filePath = file.input.path;
  if (!file.document) return { filePath, findings: [], fatal: { message: file.fatal ?? 'could not be loaded' } };
  const document = file.document;
  const located = findings.map((f) => withSourceRanges(document, f));
  const directives = directivesOf(document);
  const { kept, suppressed } = applyDisables(located, directives);
  // A disable that names no known rule is a typo: say so where it is written.
  const unknown = unknownRuleFindings(directives, knownIds);
  if (unknown.length > 0) {
    for (const finding of unknown) kept.push(finding);
    kept.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  const result: FileResult = { filePath, findings: kept, suppressed };
  const documentDate = documentDateOf(file, options.documentDate);
  if (failures.length > 0) result.failures = failures.map(({ ruleId, message }) => ({ ...(ruleId ? { ruleId } : {}), message }));
  if (documentDate) result.documentDate = documentDate;
  if (options.includeSource) result.source = file.document.source;
  return result;
}

/** Give each replacement suggestion the source offsets it replaces (ESLint's `fix.range`). */
function withSourceRanges(document: Document, finding: Finding): Finding {
  if (!finding.suggestions?.some((s) => s.replacement !== undefined)) return finding;
  const suggestions = finding.suggestions.map((s) => {
    if (s.replacement === undefined) return s;
    const span = s.span ?? finding.span;
    const range: [number, number] = [document.positions.toSource(span.start), span.end > span.start ? document.positions.toSourceEnd(span.end) : document.positions.toSource(span.start)];
    return { ...s, sourceRange: range };
  });
  return { ...finding, suggestions };
}

/**
 * The document date from the TIME layer's `time` analyzer (metadata, `--date` or inferred from
 * the text, computed within the document's budget when the format shows it, or by a rule that
 * needed it), else from metadata. A failure to infer it is already among the document's failures.
 */
function documentDateOf(file: LoadedFile, mode: LintOptions['documentDate']): FileResult['documentDate'] {
  const analyzed = analyzedByFile.get(file);
  const wanted = mode !== 'if-computed' || analyzed?.computedKinds().includes('time');
  const time = analyzed && wanted ? analyzed.cached('time') : undefined;
  if (analyzed && time) {
    const { date, earliest, latest, source, confidence, evidence } = time.documentDate;
    const document = analyzed.doc;
    return {
      date, earliest, latest, source, confidence,
      evidence: evidence.map((e) => ({ kind: e.kind, description: e.description, supports: e.supports, ...(e.span ? locateSpan(document, e.span) : {}) }))
        .map(({ kind, description, supports, line, column }) => ({ kind, description, supports, ...(line ? { line, column } : {}) })),
    };
  }
  const metadata = file.document?.metadata;
  return metadata?.date ? { date: metadata.date, source: metadata.dateSource ?? 'metadata' } : undefined;
}
