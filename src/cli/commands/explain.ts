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
import { formatDay, formatRange } from '../../base/calendar.js';
import { MIN_CONFIDENCE } from '../../link/reference-time.js';

const USAGE = `Usage: factlint explain [options] FILE

Shows when the article was written: the date from its metadata, or the window of days its
text allows (with the best single day when the window is narrow), the confidence, the
evidence for and against it, what the date checks do with it, and every date resolved.

Options:
  -f, --format text|json   Output format (default: text)
      --date YYYY-MM-DD    Publication date (overrides metadata)
      --url URL            The article's own URL (overrides metadata)
      --now YYYY-MM-DD     Treat this day as today (for reproducible output)
  -h, --help               Show this help
`;

export interface ExplainEvidence {
  kind: string;
  description: string;
  supports: boolean;
  weight: number;
  line?: number;
  column?: number;
}

export interface ExplainReport {
  filePath: string;
  documentDate: Omit<TimeInfo['documentDate'], 'evidence'> & { range: string | null; evidence: ExplainEvidence[] };
  /** What the date checks (url-date, office-holder, future-date, elapsed-time) do with it. */
  checks: { useWindow: boolean; why: string };
  timeline: Array<{ text: string; line: number; column: number; kind: string; start: string; end: string; value: string; anchor: string; approximate: boolean }>;
  unresolved: Array<{ text: string; line: number; column: number; kind: string }>;
  /**
   * Each summit placed somewhere, and which meeting of its series the text means, read from
   * everything but the place (event-location checks the place against it): the steps say why a
   * mention stays unchecked, e.g. where the series' records are not complete.
   */
  summits: Array<{ text: string; line: number; column: number; series: string; place: string; meetings: string[]; steps: string[] }>;
}

/** The confidence a check needs before judging a claim by an inferred date (office-holder's default). */
const CHECK_CONFIDENCE = MIN_CONFIDENCE;

/** `kb`: extra knowledge-base files or folders, on top of the shipped ones (as a config's `kb`). */
export function explainDocument(doc: Document, kb: readonly string[] = []): ExplainReport {
  const analyzed = new AnalyzedDocument(doc, loadKnowledgeBase(kb), analyzerRegistry());
  const time = analyzed.get('time');
  const resolvedMentions = new Set(time.resolved.map((r) => r.mention));
  const { documentDate } = time;
  const why = time.whyNoWindow({ minConfidence: CHECK_CONFIDENCE });
  return {
    filePath: doc.path,
    documentDate: {
      ...documentDate,
      range: documentDate.earliest && documentDate.latest ? formatRange({ start: documentDate.earliest, end: documentDate.latest }) : null,
      evidence: documentDate.evidence.map((e) => ({
        kind: e.kind, description: e.description, supports: e.supports, weight: e.weight,
        ...(e.span ? locateSpan(doc, e.span) : {}),
      })).map(({ kind, description, supports, weight, line, column }) => ({ kind, description, supports, weight, ...(line ? { line, column } : {}) })),
    },
    checks: why ? { useWindow: false, why: `they stay quiet: ${why}` } : { useWindow: true, why: 'they judge claims by this window, each without its own evidence' },
    timeline: time.resolved.map((r) => {
      const at = locateSpan(doc, r.mention.span);
      const value = r.start === '0001-01-01' ? `before ${formatRange({ start: r.end, end: r.end })}` : formatRange({ start: r.start, end: r.end });
      return { text: r.mention.text, line: at.line, column: at.column, kind: r.mention.kind, start: r.start, end: r.end, value, anchor: r.anchor, approximate: r.approximate };
    }),
    unresolved: analyzed.get('dates').filter((m) => !resolvedMentions.has(m)).map((m) => {
      const at = locateSpan(doc, m.span);
      return { text: m.text, line: at.line, column: at.column, kind: m.kind };
    }),
    summits: analyzed.get('claims').flatMap((c) => {
      if (c.kind !== 'event-place') return [];
      const at = locateSpan(doc, c.span);
      const meetings = (c.meeting?.candidateIds ?? []).slice(0, 5).map((id) => analyzed.kb.get(id)).map((r) => (r?.kind === 'event' ? `${r.name} (${r.start ?? r.year})` : ''));
      return [{ text: doc.text.slice(c.span.start, c.span.end).replace(/\s+/g, ' '), line: at.line, column: at.column, series: c.event.series, place: c.place.name, meetings, steps: c.meeting?.steps ?? [] }];
    }),
  };
}

function textReport(report: ExplainReport): string {
  const d = report.documentDate;
  const lines = [report.filePath, ''];
  lines.push(`Written: ${writtenWords(d)}`);
  if (d.source === 'inferred') {
    lines.push(d.date ? `  Best single day: ${formatDay(d.date)}` : '  No single day: the window is too wide or the evidence too thin to name one.');
    if (d.alternatives.length > 1) lines.push(`  The text fits these separate windows equally well: ${d.alternatives.slice(0, 6).map((a) => formatRange(a)).join('; ')}${d.alternatives.length > 6 ? '; …' : ''}`);
  }
  const place = (e: ExplainEvidence) => (e.line ? `line ${e.line}: ` : '');
  const forIt = d.evidence.filter((e) => e.supports);
  const against = d.evidence.filter((e) => !e.supports);
  lines.push('', forIt.length > 0 ? 'Evidence for it:' : 'Evidence for it: none');
  for (const e of forIt) lines.push(`  + ${place(e)}${e.description}`);
  if (against.length > 0) {
    lines.push('', 'Evidence against it (outliers: worth checking, they may be the error):');
    for (const e of against) lines.push(`  - ${place(e)}${e.description}`);
  }
  lines.push('', `Date checks: ${report.checks.why}.`);
  lines.push('', 'Timeline:');
  for (const t of report.timeline) {
    lines.push(`  ${t.line}:${t.column}  "${t.text}" → ${t.value}${t.approximate ? ' (approx.)' : ''}${t.anchor === 'stated' ? '' : ` [from the ${t.anchor === 'document' ? "document's date" : 'date mentioned nearby'}]`}`);
  }
  for (const u of report.unresolved) lines.push(`  ${u.line}:${u.column}  "${u.text}" → not resolved (the year is unknown)`);
  if (report.summits.length > 0) lines.push('', 'Summits placed somewhere (which meeting each means, read from everything but the place):');
  for (const m of report.summits) {
    lines.push(`  ${m.line}:${m.column}  "${m.text}" (${m.series}, ${m.place})${m.steps.length > 0 ? '' : ': nothing in the text picks a meeting'}`);
    for (const step of m.steps) lines.push(`      ${step}`);
  }
  return `${lines.join('\n')}\n`;
}

function writtenWords(d: ExplainReport['documentDate']): string {
  if (d.source === 'none' || !d.earliest || !d.latest) return 'unknown — nothing in the text dates the article';
  if (d.source !== 'inferred') return `${formatRange({ start: d.earliest, end: d.latest })} (from ${d.source === 'cli' ? '--date' : 'metadata'})`;
  return `between ${formatDay(d.earliest)} and ${formatDay(d.latest)} (inferred from the text, confidence ${Math.round(d.confidence * 100)}%)`;
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
