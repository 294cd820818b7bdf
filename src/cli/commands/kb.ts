/**
 * `factlint kb validate [FILES]` and `factlint kb lookup QUERY`: check knowledge-base files
 * against the schema and the cross-record rules, and ask the knowledge base a question.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO, Command } from '../command.js';
import { KnowledgeBase, KbError } from '../../kb/knowledge-base.js';
import { formatProblem } from '../../kb/errors.js';
import { describeRecord, lookup } from '../../kb/lookup.js';
import { parseKbFile, readKbFile } from '../../kb/load.js';
import { importWikidata } from '../../kb/wikidata.js';
import type { ImportResult } from '../../kb/wikidata.js';

const USAGE = `Usage: factlint kb validate [options] [FILES...]
       factlint kb lookup [options] QUERY
       factlint kb import-wikidata [options] RESULTS.json

validate  Checks knowledge-base files (default: the shipped corpus/kb) against the schema,
          and checks ids and place references across them. User files are checked on top
          of the shipped records (later files override earlier ones by id).
lookup    Answers a question such as "G20 2018", "Prime Minister of Japan 2019-01-22",
          "Treaty of Good-Neighbourliness", "basic agreement Russia China" or "Abe".
import-wikidata
          Turns saved Wikidata SPARQL results (JSON) into a knowledge-base file: positions
          held (?person ?position ?start ?end …) become terms of office, events (?event
          ?date|?start ?end ?location ?country ?series …) become events. Checked against the
          shipped records before it is written; see README "Knowledge base".

Options:
  -f, --format text|json   Output format (default: text)
      --kb FILE            Also load this knowledge-base file (lookup; repeatable)
      --no-default         validate: check only the given files, without the shipped ones
  -o, --output FILE        import-wikidata: write the records here (default: standard output)
      --series NAME        import-wikidata: the series of the events, if the results have no ?series
  -h, --help               Show this help

Exit codes: 0 ok (lookup: found), 1 lookup found nothing, 2 invalid files or usage error.
`;

interface Options {
  format: string;
  kb: string[];
  noDefault: boolean;
  output?: string;
  series?: string;
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
      output: { type: 'string', short: 'o' },
      series: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { format: values.format as string, kb: values.kb as string[], noDefault: values['no-default'] as boolean, output: values.output as string | undefined, series: values.series as string | undefined, help: values.help as boolean, positionals };
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

function runImport(options: Options, io: CliIO): number {
  const [file] = options.positionals;
  if (!file) {
    io.stderr(`factlint kb import-wikidata: missing RESULTS.json\n\n${USAGE}`);
    return 2;
  }
  const shipped = KnowledgeBase.loadDefault();
  let result: ImportResult;
  try {
    result = importWikidata(readFileSync(resolve(io.cwd, file), 'utf8'), { series: options.series, findPlace: (name) => shipped.findPlace(name) });
  } catch (error) {
    io.stderr(`factlint kb import-wikidata: ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const out = options.output ? resolve(io.cwd, options.output) : '<stdout>';
  // The new records must fit the shipped ones (ids, places, overlapping terms, aliases).
  KnowledgeBase.fromFiles([...KnowledgeBase.defaultFiles().map((f) => readKbFile(f, { schema: false })), parseKbFile(out, JSON.stringify({ records: result.records }))]);
  const body = JSON.stringify({ description: `Imported from Wikidata query results (${file}) by factlint kb import-wikidata.`, records: result.records }, null, 2) + '\n';
  if (options.output) writeFileSync(out, body);
  else io.stdout(body);
  for (const reason of result.skipped) io.stderr(`skipped: ${reason}\n`);
  io.stderr(`${result.records.length} record(s) (${result.kind})${options.output ? ` written to ${options.output}` : ''}; ${result.skipped.length} row(s) skipped\n`);
  return 0;
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
      if (sub === 'import-wikidata') return runImport(subOptions, io);
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
