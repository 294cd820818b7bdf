/** `factlint diff A B`: what differs between two articles in claims, links and quotations. */
import { parseCommandArgs } from '../command.js';
import type { Command } from '../command.js';
import { loadDocuments } from '../../engine/documents.js';
import { diffDocuments } from '../../corpus/diff.js';
import type { DocumentDiff } from '../../corpus/diff.js';
import { AnalyzedDocument } from '../../analysis/document.js';
import { analyzerRegistry } from '../../engine/analyzers.js';
import { loadKnowledgeBase } from '../../engine/kb-loader.js';

const USAGE = `Usage: factlint diff [options] A B

Shows what differs between two articles: claims (figures, dates, places, titles, who said
what) that disagree or appear in only one, links, and quotations.

Options:
  -f, --format stylish|json   Output format (default: stylish)
  -h, --help                  Show this help

Exit code: 0 when nothing differs, 1 when something does, 2 on a usage or file error.
`;

function stylish(a: string, b: string, diff: DocumentDiff): string {
  const out: string[] = [`--- ${a}`, `+++ ${b}`, ''];
  const section = (title: string, onlyA: string[], onlyB: string[], same: number) => {
    out.push(`${title} (${same} shared)`);
    for (const item of onlyA) out.push(`  - ${item}`);
    for (const item of onlyB) out.push(`  + ${item}`);
    if (onlyA.length + onlyB.length === 0) out.push('  no difference');
    out.push('');
  };
  out.push(`Claims (${diff.claims.same} shared)`);
  for (const d of diff.claims.differ) out.push(`  ≠ ${d.topic}: “${d.a}” vs “${d.b}”${d.compatible ? ' (worded differently, compatible)' : ' (contradictory)'}`);
  for (const item of diff.claims.onlyInA) out.push(`  - ${item}`);
  for (const item of diff.claims.onlyInB) out.push(`  + ${item}`);
  if (diff.claims.differ.length + diff.claims.onlyInA.length + diff.claims.onlyInB.length === 0) out.push('  no difference');
  out.push('');
  section('Links', diff.links.onlyInA, diff.links.onlyInB, diff.links.same);
  section('Quotations', diff.quotes.onlyInA, diff.quotes.onlyInB, diff.quotes.same);
  return `${out.join('\n').trimEnd()}\n`;
}

function hasDifferences(diff: DocumentDiff): boolean {
  const { claims, links, quotes } = diff;
  return claims.differ.length + claims.onlyInA.length + claims.onlyInB.length + links.onlyInA.length + links.onlyInB.length + quotes.onlyInA.length + quotes.onlyInB.length > 0;
}

const FORMAT_OPTIONS = { format: { type: 'string', short: 'f', default: 'stylish' }, help: { type: 'boolean', short: 'h' } } as const;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Show what differs between two articles (claims, links, quotations)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs('diff', USAGE, args, FORMAT_OPTIONS, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 2 || !['stylish', 'json'].includes(values.format as string)) {
      io.stderr(positionals.length !== 2 ? 'factlint diff: name exactly two files\n' : `factlint diff: unknown format "${values.format}"\n`);
      io.stderr(USAGE);
      return 2;
    }
    const { documents, problems } = loadDocuments(positionals, io.cwd);
    if (problems.length > 0 || documents.length !== 2) {
      for (const problem of problems) io.stderr(`factlint: ${problem}\n`);
      if (problems.length === 0) io.stderr('factlint diff: name exactly two files\n');
      return 2;
    }
    const kb = loadKnowledgeBase();
    const registry = analyzerRegistry();
    const [a, b] = documents.map((d) => new AnalyzedDocument(d, kb, registry));
    const diff = diffDocuments(a, b, kb);
    io.stdout(values.format === 'json' ? `${JSON.stringify({ a: a.doc.path, b: b.doc.path, ...diff }, null, 2)}\n` : stylish(a.doc.path, b.doc.path, diff));
    return hasDifferences(diff) ? 1 : 0;
  },
};
