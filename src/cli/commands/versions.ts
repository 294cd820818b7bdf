/** `factlint versions FILES…`: which files are versions of the same article. */
import { parseCommandArgs } from '../command.js';
import type { Command } from '../command.js';
import { loadDocuments } from '../../engine/documents.js';
import { findVersionGroups } from '../../corpus/versions.js';

const USAGE = `Usage: factlint versions [options] FILE|FOLDER|GLOB...

Lists groups of files that are versions of the same article (re-wrapped, syndicated,
updated or with extra links and boilerplate), by near-duplicate detection on their words.

Options:
  -f, --format stylish|json   Output format (default: stylish)
  -h, --help                  Show this help
`;

export interface VersionsReport {
  groups: Array<{ files: string[]; similarity: number[] }>;
  /** Every file, with the other files that are versions of it. */
  files: Array<{ filePath: string; versions: string[] }>;
  problems: string[];
}

export function versionsReport(patterns: string[], cwd: string): VersionsReport {
  const { documents, problems } = loadDocuments(patterns, cwd);
  const groups = findVersionGroups(documents);
  const versionsOf = new Map<string, string[]>();
  for (const group of groups) {
    const paths = group.members.map((m) => documents[m].path);
    for (const path of paths) versionsOf.set(path, paths.filter((p) => p !== path));
  }
  return {
    groups: groups.map((g) => ({ files: g.members.map((m) => documents[m].path), similarity: g.similarity.map(round2) })),
    files: documents.map((d) => ({ filePath: d.path, versions: versionsOf.get(d.path) ?? [] })),
    problems,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function stylish(report: VersionsReport): string {
  const lines: string[] = [];
  report.groups.forEach((group, n) => {
    lines.push(`Article ${n + 1}: ${group.files.length} versions`);
    group.files.forEach((file, k) => lines.push(`  ${file}${k === 0 ? '' : `  (${Math.round(group.similarity[k] * 100)}% of its wording shared with ${group.files[0]})`}`));
  });
  const single = report.files.filter((f) => f.versions.length === 0).length;
  lines.push(report.groups.length === 0 ? `No versions found among ${report.files.length} files.` : `${single} other file${single === 1 ? '' : 's'} with no other version.`);
  return `${lines.join('\n')}\n`;
}

const FORMAT_OPTIONS = { format: { type: 'string', short: 'f', default: 'stylish' }, help: { type: 'boolean', short: 'h' } } as const;

export const versionsCommand: Command = {
  name: 'versions',
  summary: 'List files that are versions of the same article',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs('versions', USAGE, args, FORMAT_OPTIONS, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length === 0 || !['stylish', 'json'].includes(values.format as string)) {
      io.stderr(positionals.length === 0 ? 'factlint versions: name the files to compare\n' : `factlint versions: unknown format "${values.format}"\n`);
      io.stderr(USAGE);
      return 2;
    }
    const report = versionsReport(positionals, io.cwd);
    for (const problem of report.problems) io.stderr(`factlint: ${problem}\n`);
    io.stdout(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : stylish(report));
    return report.problems.length > 0 && report.files.length === 0 ? 2 : 0;
  },
};
