/** The lint command's options: parsing, checking and the `--help` text. */
import { parseArgs } from 'node:util';
import { FORMAT_NAMES } from '../report/index.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CliOptions {
  patterns: string[];
  format: string;
  outputFile?: string;
  config?: string;
  printConfig?: string;
  quiet: boolean;
  maxWarnings?: number;
  date?: string;
  url?: string;
  stdin: boolean;
  stdinFilename?: string;
  ignorePath?: string;
  ignorePatterns: string[];
  ignore: boolean;
  /** Seconds per document (`--time-budget`; 0: no limit). */
  timeBudget?: number;
  color?: boolean;
  listRules: boolean;
  version: boolean;
  help: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  date: { type: 'string' },
  url: { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'ignore-path': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'time-budget': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const HELP = `Usage: factlint [options] [file|folder|glob ...]
       factlint <command> [args]

Lints Markdown (.md, .markdown), HTML (.html, .htm) and plain-text (.txt) articles.
Folders are searched recursively; use - or --stdin to read standard input.

Options:
  -f, --format NAME          Output format: ${FORMAT_NAMES.join(', ')} (default: stylish)
  -o, --output-file FILE     Write the report to FILE instead of standard output
  -c, --config FILE          Use this configuration file (no discovery)
      --print-config FILE    Print the configuration that applies to FILE, as JSON
      --quiet                Report errors only, not warnings
      --max-warnings N       Exit with 1 when there are more than N warnings
      --date YYYY-MM-DD      The articles' publication date (overrides metadata)
      --url URL              The article's URL (overrides metadata)
      --stdin                Lint standard input (same as the file name -)
      --stdin-filename NAME  Name (and format, by extension) of the standard input
      --ignore-path FILE     Ignore file to use instead of .factlintignore
      --ignore-pattern PAT   Skip files matching PAT (gitignore syntax; repeatable)
      --no-ignore            Do not read .factlintignore or --ignore-pattern
      --time-budget SECONDS  Time each file may take before it is reported as not
                             fully checked (default 10; 0: no limit)
      --color, --no-color    Force colour on or off (default: on for a terminal)
      --list-rules           List the rules with their category and default severity
  -v, --version              Print factlint's version
  -h, --help                 Print this help

Exit codes: 0 no errors; 1 error findings, or more warnings than --max-warnings;
2 usage or configuration error, or a file that could not be linted.`;

function firstSentence(message: string): string {
  return message.split(/\.\s/)[0].replace(/\.$/, '');
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw new UsageError(`--max-warnings expects a whole number (-1: no limit), got "${value}"`);
  // -1 means "no limit", as in ESLint.
  return Number(value) < 0 ? undefined : Number(value);
}

function parseTimeBudget(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(?:\.\d+)?$/.test(value.trim())) throw new UsageError(`--time-budget expects a number of seconds (0: no limit), got "${value}"`);
  return Number(value);
}

/**
 * `--max-warnings -1` is documented (as in ESLint), but parseArgs takes a value that starts
 * with a dash for an option of its own; join a negative number to its option.
 */
function joinNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '--max-warnings' || argv[i] === '--time-budget') && i + 1 < argv.length && /^-\d+(?:\.\d+)?$/.test(argv[i + 1])) {
      out.push(`${argv[i]}=${argv[i + 1]}`);
      i++;
    } else {
      if (argv[i] === '--') {
        out.push(...argv.slice(i));
        break;
      }
      out.push(argv[i]);
    }
  }
  return out;
}

function checkUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    new URL(value);
  } catch {
    throw new UsageError(`--url expects an absolute URL, got "${value}"`);
  }
  return value;
}

export function parseCliOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}"; expected one of ${FORMAT_NAMES.join(', ')}`);
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date expects a calendar date YYYY-MM-DD, got "${values.date}"`);
  const stdin = Boolean(values.stdin) || positionals.includes('-');
  return {
    patterns: positionals.filter((p) => p !== '-'),
    format,
    outputFile: values['output-file'],
    config: values.config,
    printConfig: values['print-config'],
    quiet: Boolean(values.quiet),
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    date: values.date,
    url: checkUrl(values.url),
    stdin,
    stdinFilename: values['stdin-filename'],
    ignorePath: values['ignore-path'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    ignore: !values['no-ignore'],
    timeBudget: parseTimeBudget(values['time-budget']),
    color: values['no-color'] ? false : values.color ? true : undefined,
    listRules: Boolean(values['list-rules']),
    version: Boolean(values.version),
    help: Boolean(values.help),
  };
}
