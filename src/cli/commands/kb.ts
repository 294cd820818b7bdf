/**
 * `factlint kb validate [FILES]` and `factlint kb lookup QUERY`: check knowledge-base files
 * against the schema and the cross-record rules, and ask the knowledge base a question.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO, Command } from '../command.js';
import { KnowledgeBase, KbError } from '../../kb/knowledge-base.js';
import { formatProblem } from '../../kb/errors.js';
import { describeRecord, lookup } from '../../kb/lookup.js';

const USAGE = `Usage: factlint kb validate [options] [FILES...]
       factlint kb lookup [options] QUERY

validate  Checks knowledge-base files (default: the shipped corpus/kb) against the schema,
          and checks ids and place references across them. User files are checked on top
          of the shipped records (later files override earlier ones by id).
lookup    Answers a question such as "G20 2018", "Prime Minister of Japan 2019-01-22",
          "Treaty of Good-Neighbourliness", "basic agreement Russia China" or "Abe".

Options:
  -f, --format text|json   Output format (default: text)
      --kb FILE            Also load this knowledge-base file (lookup; repeatable)
      --no-default         validate: check only the given files, without the shipped ones
  -h, --help               Show this help

Exit codes: 0 ok (lookup: found), 1 lookup found nothing, 2 invalid files or usage error.
`;

interface Options {
  format: string;
  kb: string[];
  noDefault: boolean;
  help: boolean;
  positionals: string[];
}

function parse(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      kb: { type: 'string', multiple: true, default: [] },
      'no-default': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { format: values.format as string, kb: values.kb as string[], noDefault: values['no-default'] as boolean, help: values.help as boolean, positionals };
}

function countsOf(kb: KnowledgeBase): Record<string, number> {
  return { events: kb.events.length, agreements: kb.agreements.length, officeTerms: kb.officeTerms.length, places: kb.places.length };
}

function validate(options: Options, io: CliIO): number {
  const files = options.positionals.map((f) => resolve(io.cwd, f));
  const json = options.format === 'json';
  try {
    const kb = KnowledgeBase.load(files, { includeDefault: !options.noDefault || files.length === 0, validateShipped: true });
    const counts = countsOf(kb);
    if (json) io.stdout(JSON.stringify({ ok: true, files: kb.files, counts }, null, 2) + '\n');
    else io.stdout(`OK: ${kb.files.length} file(s), ${counts.events} events, ${counts.agreements} agreements, ${counts.officeTerms} office terms, ${counts.places} places\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof KbError)) throw error;
    if (json) io.stdout(JSON.stringify({ ok: false, problems: error.problems }, null, 2) + '\n');
    else io.stderr(`${error.problems.map(formatProblem).join('\n')}\n${error.problems.length} problem(s)\n`);
    return 2;
  }
}

function runLookup(options: Options, io: CliIO): number {
  const query = options.positionals.join(' ').trim();
  if (!query) {
    io.stderr(`factlint kb lookup: missing QUERY\n\n${USAGE}`);
    return 2;
  }
  const kb = options.kb.length ? KnowledgeBase.load(options.kb.map((f) => resolve(io.cwd, f))) : KnowledgeBase.loadDefault();
  const result = lookup(kb, query);
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ query, interpretation: result.interpretation, records: result.records }, null, 2) + '\n');
  } else {
    const lines = [`${result.interpretation}:`];
    for (const record of result.records) lines.push(`  ${describeRecord(record)}`, `    id: ${record.id}  source: ${record.source}`);
    if (!result.records.length) lines[0] = result.interpretation;
    io.stdout(lines.join('\n') + '\n');
  }
  return result.records.length ? 0 : 1;
}

export const kbCommand: Command = {
  name: 'kb',
  summary: 'Validate knowledge-base files, or look up a summit, office holder, agreement or place',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    let options: Options;
    try {
      options = parse(args);
    } catch (error) {
      io.stderr(`factlint kb: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    const [sub, ...rest] = options.positionals;
    if (options.help || !sub) {
      if (options.help) io.stdout(USAGE);
      else io.stderr(USAGE);
      return options.help ? 0 : 2;
    }
    const subOptions = { ...options, positionals: rest };
    try {
      if (sub === 'validate') return validate(subOptions, io);
      if (sub === 'lookup') return runLookup(subOptions, io);
    } catch (error) {
      if (error instanceof KbError) {
        io.stderr(`${error.message}\n`);
        return 2;
      }
      throw error;
    }
    io.stderr(`factlint kb: unknown subcommand "${sub}"\n\n${USAGE}`);
    return 2;
  },
};
