/**
 * `factlint explain FILE`: when was this article written, how sure is factlint, and why —
 * the inferred (or metadata) date, its confidence, the evidence for and against it, and
 * the article's dates resolved in order.
 */
import { resolve as resolvePath } from 'node:path';
import { parseCommandArgs } from '../command.js';
import type { Command } from '../command.js';
import { loadFile } from '../../load/read.js';
import { locateSpan } from '../../load/document.js';
import type { Document } from '../../load/document.js';
import { AnalyzedDocument } from '../../analysis/document.js';
import { analyzerRegistry } from '../../engine/analyzers.js';
import { loadKnowledgeBase } from '../../engine/kb-loader.js';
import { setClock } from '../../time/document-date.js';
import type { TimeInfo } from '../../analysis/time.js';
import { formatRange } from '../../base/calendar.js';

const USAGE = `Usage: factlint explain [options] FILE

Shows when the article was written: the date from its metadata or inferred from its text,
the confidence, the evidence for and against, and every date in the text resolved.

Options:
  -f, --format text|json   Output format (default: text)
      --date YYYY-MM-DD    Publication date (overrides metadata)
      --url URL            The article's own URL (overrides metadata)
      --now YYYY-MM-DD     Treat this day as today (for reproducible output)
  -h, --help               Show this help
`;

export interface ExplainReport {
  filePath: string;
  documentDate: TimeInfo['documentDate'] & { range: string | null };
  textDate: TimeInfo['textDate'];
  timeline: Array<{ text: string; line: number; column: number; kind: string; start: string; end: string; value: string; anchor: string; approximate: boolean }>;
  unresolved: Array<{ text: string; line: number; column: number; kind: string }>;
}

export function explainDocument(doc: Document): ExplainReport {
  const analyzed = new AnalyzedDocument(doc, loadKnowledgeBase(), analyzerRegistry());
  const time = analyzed.get('time');
  const resolvedMentions = new Set(time.resolved.map((r) => r.mention));
  const { documentDate } = time;
  return {
    filePath: doc.path,
    documentDate: {
      ...documentDate,
      range: documentDate.earliest && documentDate.latest ? formatRange({ start: documentDate.earliest, end: documentDate.latest }) : null,
    },
    textDate: time.textDate,
    timeline: time.resolved.map((r) => {
      const at = locateSpan(doc, r.mention.span);
      const value = r.start === '0001-01-01' ? `before ${formatRange({ start: r.end, end: r.end })}` : formatRange({ start: r.start, end: r.end });
      return { text: r.mention.text, line: at.line, column: at.column, kind: r.mention.kind, start: r.start, end: r.end, value, anchor: r.anchor, approximate: r.approximate };
    }),
    unresolved: analyzed.get('dates').filter((m) => !resolvedMentions.has(m)).map((m) => {
      const at = locateSpan(doc, m.span);
      return { text: m.text, line: at.line, column: at.column, kind: m.kind };
    }),
  };
}

function textReport(report: ExplainReport): string {
  const d = report.documentDate;
  const lines = [report.filePath, ''];
  const source = d.source === 'inferred' ? 'inferred from the text' : d.source === 'none' ? 'unknown' : `from ${d.source === 'cli' ? '--date' : 'metadata'}`;
  lines.push(`Document date: ${d.range ?? 'unknown'} (${source}${d.source === 'inferred' ? `, confidence ${Math.round(d.confidence * 100)}%` : ''})`);
  if (d.alternatives.length > 0) lines.push(`  Also possible: ${d.alternatives.map((a) => formatRange(a)).join('; ')}`);
  lines.push('', 'Evidence:');
  for (const e of d.evidence) lines.push(`  ${e.supports ? '+' : '-'} ${e.description}${e.supports ? '' : '  [disagrees]'}`);
  const disagreeing = d.evidence.filter((e) => !e.supports && (e.kind === 'link-date' || e.kind === 'own-url-date'));
  if (disagreeing.length > 0) lines.push(`  → ${disagreeing.length} URL date${disagreeing.length === 1 ? '' : 's'} disagree${disagreeing.length === 1 ? 's' : ''} with the text.`);
  lines.push('', 'Timeline:');
  for (const t of report.timeline) {
    lines.push(`  ${t.line}:${t.column}  "${t.text}" → ${t.value}${t.approximate ? ' (approx.)' : ''}${t.anchor === 'stated' ? '' : ` [from the ${t.anchor === 'document' ? "document's date" : 'date mentioned nearby'}]`}`);
  }
  for (const u of report.unresolved) lines.push(`  ${u.line}:${u.column}  "${u.text}" → not resolved (the year is unknown)`);
  return `${lines.join('\n')}\n`;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  date: { type: 'string' },
  url: { type: 'string' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Show when an article was written, with the evidence and its dates resolved',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs('explain', USAGE, args, OPTIONS, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const usageError = positionals.length !== 1 ? 'name one file to explain'
      : !['text', 'json'].includes(values.format as string) ? `unknown format "${values.format}"`
        : [values.date, values.now].some((v) => v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) ? 'dates must be written YYYY-MM-DD'
          : undefined;
    if (usageError) {
      io.stderr(`factlint explain: ${usageError}\n${USAGE}`);
      return 2;
    }
    const loaded = loadFile(resolvePath(io.cwd, positionals[0]));
    if (!loaded.ok) {
      io.stderr(`factlint: ${loaded.error.message}\n`);
      return 2;
    }
    const doc = { ...loaded.document, path: positionals[0] };
    if (values.date) doc.metadata = { ...doc.metadata, date: values.date, dateSource: 'cli' };
    if (values.url) doc.metadata = { ...doc.metadata, url: values.url, urlSource: 'cli' };
    if (values.now) setClock(new Date(`${values.now}T12:00:00Z`));
    try {
      const report = explainDocument(doc);
      io.stdout(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : textReport(report));
      return 0;
    } finally {
      if (values.now) setClock();
    }
  },
};
