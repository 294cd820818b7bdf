/**
 * The default, human format (after ESLint's "stylish"): findings grouped per file as
 * `line:column  severity  message  rule-id`, with the evidence, the source and the suggested
 * fix on indented lines below, and a closing summary. Colour only when the context allows.
 */
import pc from 'picocolors';
import type { FileResult, Finding } from '../rule-api/types.js';
import { countResults, fatalMessagesOf } from './types.js';
import type { Formatter } from './types.js';

type Colors = ReturnType<typeof pc.createColors>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function detailLines(finding: Finding): string[] {
  const lines: string[] = [];
  const { evidence } = finding;
  if (evidence) {
    lines.push(`text says: ${evidence.claimed}`);
    if (evidence.actual) lines.push(`actual: ${evidence.actual}`);
  }
  for (const source of finding.sources ?? []) lines.push(`source: ${source.url}`);
  for (const suggestion of finding.suggestions ?? []) lines.push(`fix: ${suggestion.message}`);
  for (const related of finding.related ?? []) {
    lines.push(`see ${related.filePath}${related.line ? `:${related.line}:${related.column ?? 1}` : ''}: ${related.message}`);
  }
  return lines;
}

function fileBlock(result: FileResult, c: Colors): string[] {
  const lines = [c.underline(result.filePath)];
  for (const fatal of fatalMessagesOf(result)) {
    const why = fatal.kind === 'unreadable' ? '(file could not be linted)' : '(file not fully checked)';
    lines.push(`  ${c.red('error')}  ${fatal.message}  ${c.dim(why)}`);
  }
  if (result.findings.length === 0) return lines;
  const positionWidth = Math.max(...result.findings.map((f) => `${f.line}:${f.column}`.length));
  for (const f of result.findings) {
    const position = `${f.line}:${f.column}`.padEnd(positionWidth);
    const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
    lines.push(`  ${c.dim(position)}  ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
    // Details line up under the message.
    const indent = ' '.repeat(positionWidth + 13);
    for (const detail of detailLines(f)) lines.push(`${indent}${c.dim(detail)}`);
  }
  return lines;
}

export const formatStylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color);
  const withProblems = results.filter((r) => r.fatal || r.failures?.length || r.findings.length > 0);
  if (withProblems.length === 0) return '';
  const blocks = withProblems.map((r) => fileBlock(r, c).join('\n'));
  const counts = countResults(results);
  const total = counts.errors + counts.warnings;
  const summary = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')})`;
  const colored = counts.errors > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary));
  // Internal failures must not read as an ordinary lint result.
  const incomplete = counts.incomplete > 0 ? `\n${c.bold(c.red(`✖ ${plural(counts.incomplete, 'file')} not fully checked: factlint failed or ran out of time on ${counts.incomplete === 1 ? 'it' : 'them'} (see the errors above)`))}` : '';
  return `\n${blocks.join('\n\n')}\n\n${colored}${incomplete}\n`;
};
