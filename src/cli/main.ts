/**
 * The `factlint` command. `argv[0]` naming a registered subcommand dispatches to it;
 * anything else is a lint run. User errors (bad options, bad configuration, unreadable
 * files) print one line `factlint: …` and never a stack trace.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageVersion } from '../base/package-root.js';
import { builtinRules } from '../../rules/index.js';
import { ConfigError, ConfigResolver, configToJson } from '../engine/config.js';
import { KbError, formatProblem } from '../kb/errors.js';
import { lintFiles, lintText } from '../engine/lint.js';
import type { LintOptions } from '../engine/lint.js';
import type { FileResult, Rule } from '../rule-api/types.js';
import { countResults, fatalMessagesOf, findFormatter } from '../report/index.js';
import type { CliIO } from './command.js';
import { commands, findCommand } from './commands/index.js';
import { HELP, UsageError, parseCliOptions } from './options.js';
import { outputConflict } from './safe-output.js';
import type { ProtectedPath } from './safe-output.js';
import type { CliOptions } from './options.js';

/** Standard streams of this process. */
export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
  };
}

/** The bytes of a stream, stopping one byte past `maxBytes` (the caller reports the excess). */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    // Leaving the loop closes the stream: a writer of endless input gets EPIPE, not our memory.
    if (total > maxBytes) break;
  }
  const all = Buffer.concat(chunks, total);
  return total > maxBytes + 1 ? all.subarray(0, maxBytes + 1) : all;
}

/** factlint's version, from its package.json. */
export function version(): string {
  return packageVersion();
}

function helpText(): string {
  const subcommands = commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n');
  return subcommands ? `${HELP}\n\nCommands:\n${subcommands}\n` : `${HELP}\n`;
}

function listRules(rules: readonly Rule[], format: string): string {
  const metas = rules.map((r) => r.meta);
  if (format === 'json') return `${JSON.stringify(metas.map(({ id, category, defaultSeverity, recommended, fixable, description }) => ({ id, category, defaultSeverity, recommended, fixable, description })), null, 2)}\n`;
  if (metas.length === 0) return 'No rules are registered.\n';
  const idWidth = Math.max(...metas.map((m) => m.id.length));
  const rows = metas.map((m) => `${m.id.padEnd(idWidth)}  ${m.category.padEnd(11)}  ${m.defaultSeverity.padEnd(5)}  ${m.recommended ? 'recommended' : '           '}  ${m.description}`);
  return `${'rule'.padEnd(idWidth)}  ${'category'.padEnd(11)}  ${'level'}  ${'in preset  '}  description\n${rows.join('\n')}\n`;
}

/** What a run can be given besides its arguments (tests pass their own rules). */
export interface MainOptions {
  rules?: readonly Rule[];
}

export async function main(argv: string[], io: CliIO = processIO(), mainOptions: MainOptions = {}): Promise<number> {
  const command = argv.length > 0 ? findCommand(argv[0]) : undefined;
  const rules = mainOptions.rules ?? builtinRules;
  try {
    if (command) return await command.run(argv.slice(1), io);
    return await runLint(parseCliOptions(argv), io, rules);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`factlint: ${error.message}\n`);
      return 2;
    }
    // A knowledge-base file named in the configuration that does not validate: one line per problem.
    if (error instanceof KbError) {
      io.stderr(error.problems.map((p) => `factlint: ${formatProblem(p)}\n`).join(''));
      return 2;
    }
    throw error;
  }
}

async function runLint(options: CliOptions, io: CliIO, rules: readonly Rule[]): Promise<number> {
  if (options.help) return write(io.stdout, helpText(), 0);
  if (options.version) return write(io.stdout, `${version()}\n`, 0);
  if (options.listRules) return write(io.stdout, listRules(rules, options.format), 0);
  if (options.printConfig) return printConfig(options, io, rules);
  if (!options.stdin && options.patterns.length === 0) throw new UsageError('no files to lint given (try: factlint corpus/examples, or factlint --help)');

  const results = await lint(options, io, rules);
  guardOutputFile(options, io.cwd, results, rules);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const formatter = findFormatter(options.format);
  if (!formatter) throw new UsageError(`unknown format "${options.format}"`);
  const color = options.outputFile ? false : options.color ?? io.color;
  const report = formatter(shown, { cwd: io.cwd, color, rules, version: version() });
  if (options.outputFile) writeReport(resolve(io.cwd, options.outputFile), options.outputFile, report);
  else if (report) io.stdout(report);
  // In machine formats the report is for programs; a person still deserves the one-liners.
  if (options.format !== 'stylish' || options.outputFile) {
    for (const r of results) for (const fatal of fatalMessagesOf(r)) io.stderr(`factlint: ${r.filePath}: ${fatal.message}\n`);
  }
  for (const warning of configWarnings(options, io.cwd, results, rules)) io.stderr(`factlint: warning: ${warning}\n`);
  const code = exitCode(results, options.maxWarnings);
  const { warnings, errors, fatal } = countResults(results);
  if (code === 1 && errors === 0 && fatal === 0 && options.maxWarnings !== undefined) {
    io.stderr(`factlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings} allows; exit code 1\n`);
  }
  return code;
}

/** A configuration that turns every rule off checks nothing: say so rather than pass in silence. */
function configWarnings(options: CliOptions, cwd: string, results: FileResult[], rules: readonly Rule[]): string[] {
  const resolver = new ConfigResolver(rules, cwd, options.config);
  const counts = new Map<string, number>();
  for (const result of results) {
    if (result.fatal) continue;
    const path = result.filePath === '<stdin>' ? (options.stdinFilename ?? '<stdin>') : result.filePath;
    let config;
    try {
      config = resolver.forFile(resolve(cwd, path));
    } catch {
      continue;
    }
    if ([...config.rules.values()].some((setting) => setting.severity !== 'off')) continue;
    const name = config.filePath ?? '(no configuration file)';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, files]) => `${name}: turns every rule off, so nothing was checked in ${files} file${files === 1 ? '' : 's'} (extend "factlint:recommended" or turn rules on)`);
}

function write(out: (text: string) => void, text: string, code: number): number {
  out(text);
  return code;
}

async function lint(options: CliOptions, io: CliIO, rules: readonly Rule[]): Promise<FileResult[]> {
  const lintOptions: LintOptions = {
    cwd: io.cwd,
    rules,
    configFile: options.config,
    date: options.date,
    url: options.url,
    ignorePath: options.ignore ? options.ignorePath : false,
    ignorePatterns: options.ignore ? options.ignorePatterns : [],
    timeBudget: options.timeBudget,
    includeSource: options.format === 'json',
    // Only the machine formats show the document date; stylish need not pay for inferring it.
    documentDate: options.format === 'stylish' ? 'if-computed' : 'always',
  };
  const results = options.patterns.length > 0 ? await lintFiles(options.patterns, lintOptions) : [];
  if (options.stdin) {
    const filePath = options.stdinFilename ?? '<stdin>';
    const maxBytes = new ConfigResolver(rules, io.cwd, options.config).forFile(resolve(io.cwd, filePath)).maxFileSize;
    const input = await io.readStdin(maxBytes);
    results.push(await lintText(input, { ...lintOptions, filePath }));
  }
  return results;
}

/**
 * factlint writes nothing that the run reads: refuse an output file that is (or leads to) an
 * input, a configuration file, a knowledge-base file or the ignore file.
 */
function guardOutputFile(options: CliOptions, cwd: string, results: FileResult[], rules: readonly Rule[]): void {
  if (!options.outputFile) return;
  const target = resolve(cwd, options.outputFile);
  const inputs = results.map((r) => r.filePath).filter((p) => p !== '<stdin>');
  if (options.stdin && options.stdinFilename) inputs.push(options.stdinFilename);
  const protectedPaths: ProtectedPath[] = inputs.map((p) => ({ path: resolve(cwd, p), role: 'one of the files being linted' }));
  const resolver = new ConfigResolver(rules, cwd, options.config);
  for (const input of inputs) {
    let config;
    try {
      config = resolver.forFile(resolve(cwd, input));
    } catch {
      continue; // a configuration error was reported by the run itself
    }
    for (const kb of config.kb) protectedPaths.push({ path: kb, role: 'a knowledge-base file of the configuration', folder: true });
  }
  for (const file of resolver.filesRead()) protectedPaths.push({ path: file, role: 'a configuration file of this run' });
  if (options.config) protectedPaths.push({ path: resolve(cwd, options.config), role: 'the configuration file' });
  if (options.ignore) protectedPaths.push({ path: resolve(cwd, options.ignorePath ?? '.factlintignore'), role: 'the ignore file' });
  const conflict = outputConflict(target, protectedPaths);
  if (conflict) throw new UsageError(`${options.outputFile}: ${conflict}; factlint never writes to what it reads, choose another output file`);
}

function writeReport(path: string, shownAs: string, report: string): void {
  try {
    writeFileSync(path, report);
  } catch (error) {
    throw new UsageError(`${shownAs}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

/** 2 when a file could not be linted or factlint failed on it, 1 for error findings or too many warnings, else 0. */
export function exitCode(results: FileResult[], maxWarnings?: number): number {
  const counts = countResults(results);
  if (counts.fatal > 0) return 2;
  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) return 1;
  return 0;
}

function printConfig(options: CliOptions, io: CliIO, rules: readonly Rule[]): number {
  const resolver = new ConfigResolver(rules, io.cwd, options.config);
  const config = resolver.forFile(resolve(io.cwd, options.printConfig as string));
  return write(io.stdout, `${JSON.stringify(configToJson(config), null, 2)}\n`, 0);
}
