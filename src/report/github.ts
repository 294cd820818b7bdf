/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=rule-id::message`.
 * Escaping follows the workflow-command rules: in the message `%`, `\r`, `\n`; in property
 * values also `:` and `,` (which would otherwise end the property).
 */
import type { FileResult, Finding } from '../rule-api/types.js';
import { fatalMessagesOf } from './types.js';
import type { Formatter } from './types.js';

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(level: 'error' | 'warning', properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level} ${props}::${escapeData(message)}`;
}

function findingMessage(finding: Finding): string {
  const extra: string[] = [];
  if (finding.evidence?.actual) extra.push(`Record: ${finding.evidence.actual}`);
  for (const source of finding.sources ?? []) extra.push(`Source: ${source.url}`);
  return [finding.message, ...extra].join('\n');
}

function annotations(result: FileResult): string[] {
  const fatal = fatalMessagesOf(result).map((m) =>
    command('error', { file: result.filePath, line: m.line, title: m.kind === 'unreadable' ? 'factlint: file could not be linted' : 'factlint: file not fully checked' }, m.message),
  );
  return [...fatal, ...result.findings.map((f) =>
    command(
      f.severity === 'error' ? 'error' : 'warning',
      { file: result.filePath, line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn, title: f.ruleId },
      findingMessage(f),
    ),
  )];
}

export const formatGithub: Formatter = (results) => {
  const lines = results.flatMap(annotations);
  return lines.length ? `${lines.join('\n')}\n` : '';
};
