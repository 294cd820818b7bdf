/**
 * `factlint quotes FILE`: every quotation in an article with its place, its speaker, its
 * sourcing (or none), whether it is speech at all, and what the quote rules make of it —
 * for editors who check quotes one by one and for media-literacy classes.
 */
import { resolve as resolvePath } from 'node:path';
import { parseCommandArgs } from '../command.js';
import type { Command } from '../command.js';
import { loadFile } from '../../load/read.js';
import { locateSpan } from '../../load/document.js';
import type { Document } from '../../load/document.js';
import { extractQuotes } from '../../extract/quotes.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../engine/kb-loader.js';
import { DEFAULT_MIN_WORDS, quoteVerdict, shorten } from '../../extract/quotes/verdict.js';
import type { QuoteVerdict } from '../../extract/quotes/verdict.js';

const USAGE = `Usage: factlint quotes [options] FILE

Lists every quotation in the article: where it stands, who said it, where or how it was
said (its sourcing), whether it is speech or a scare quote / term / title, and the verdict
of the unsourced-quote and unattributed-quote rules.

Options:
  -f, --format text|json   Output format (default: text)
      --min-words N        Shortest quote the rules judge, in words (default: ${DEFAULT_MIN_WORDS})
  -h, --help               Show this help
`;

export interface QuoteListing {
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  form: string;
  words: number;
  isSpeech: boolean;
  nonSpeechReason: string | null;
  speaker: { name: string; description: string | null; via: string; kind: string | null } | null;
  sourcing: Array<{ kind: string; text: string; line: number; column: number }>;
  verdict: QuoteVerdict;
}

const VERDICT_WORDS: Record<QuoteVerdict, string> = {
  ok: 'ok',
  unsourced: 'unsourced-quote: nothing says where or how it was said',
  unattributed: 'unattributed-quote: no speaker named',
  'not-speech': 'not judged (not speech)',
  'too-short': 'not judged (shorter than the rules\' minimum)',
  continued: 'judged with the quote it continues',
};

export function listQuotes(doc: Document, kb: KnowledgeBase, minWords = DEFAULT_MIN_WORDS): QuoteListing[] {
  const quotes = extractQuotes(doc, kb);
  return quotes.map((q) => {
    const at = locateSpan(doc, q.span);
    return {
      text: q.text,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      form: q.form,
      words: q.words,
      isSpeech: q.isSpeech,
      nonSpeechReason: q.nonSpeechReason ?? null,
      speaker: q.speaker ? { name: q.speaker.name, description: q.speaker.description ?? null, via: q.speaker.via, kind: q.speaker.kind ?? null } : null,
      sourcing: q.sourcing.map((s) => {
        const where = locateSpan(doc, s.span);
        return { kind: s.kind, text: s.text, line: where.line, column: where.column };
      }),
      verdict: quoteVerdict(q, quotes, minWords),
    };
  });
}

function textReport(path: string, list: QuoteListing[]): string {
  const lines = [path, ''];
  if (list.length === 0) lines.push('No quotations found.');
  for (const q of list) {
    lines.push(`${q.line}:${q.column}  “${shorten(q.text, 100)}”  (${q.words} word${q.words === 1 ? '' : 's'}, ${q.form})`);
    if (!q.isSpeech) {
      lines.push(`    not speech: ${q.nonSpeechReason}`, '');
      continue;
    }
    const speaker = q.speaker ? `${q.speaker.name}${q.speaker.description ? ` (${q.speaker.description})` : ''} [${q.speaker.via}]` : 'none';
    lines.push(`    speaker:  ${speaker}`);
    lines.push(`    sourcing: ${q.sourcing.length ? q.sourcing.map((s) => `${s.kind} “${s.text}” (${s.line}:${s.column})`).join('; ') : 'none'}`);
    lines.push(`    verdict:  ${VERDICT_WORDS[q.verdict]}`, '');
  }
  return `${lines.join('\n')}\n`;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  'min-words': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'List every quotation with its speaker, sourcing and the quote rules\' verdict',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs('quotes', USAGE, args, OPTIONS, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const minWords = values['min-words'] === undefined ? DEFAULT_MIN_WORDS : Number(values['min-words']);
    const usageError = positionals.length !== 1 ? 'name one file'
      : !['text', 'json'].includes(values.format as string) ? `unknown format "${values.format}"`
        : !Number.isInteger(minWords) || minWords < 1 ? '--min-words must be a whole number of at least 1'
          : undefined;
    if (usageError) {
      io.stderr(`factlint quotes: ${usageError}\n${USAGE}`);
      return 2;
    }
    const loaded = loadFile(resolvePath(io.cwd, positionals[0]));
    if (!loaded.ok) {
      io.stderr(`factlint: ${loaded.error.message}\n`);
      return 2;
    }
    const list = listQuotes(loaded.document, loadKnowledgeBase(), minWords);
    io.stdout(values.format === 'json' ? `${JSON.stringify({ filePath: positionals[0], quotes: list }, null, 2)}\n` : textReport(positionals[0], list));
    return 0;
  },
};
