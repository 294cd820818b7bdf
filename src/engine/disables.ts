/**
 * Inline disables, read from Markdown/HTML comments (`doc.comments`):
 *
 *     <!-- factlint-disable-next-line rule-a, rule-b -->   the next source line
 *     <!-- factlint-disable-line rule-a -->                the comment's own line
 *     <!-- factlint-disable rule-a -->  …  <!-- factlint-enable rule-a -->   a region
 *
 * No rule ids means every rule. Positions are source lines/columns, because that is what the
 * editor sees when writing the comment. Plain-text files have no comments, so nothing can be
 * disabled inline in them (use the configuration instead).
 */
import type { Document, SourceComment } from '../load/document.js';
import type { Finding, Suppression } from '../rule-api/types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty = all rules. */
  ruleIds: string[];
  /** 1-based source line and column where the comment starts and ends. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Free text after `--` in the comment: why the check was disabled. */
  justification?: string;
}

const DIRECTIVE = /^\s*factlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;

/** Comment text without `<!--`/`-->`, whichever form the loader stored. */
function commentBody(comment: SourceComment): string {
  return comment.value.replace(/^\s*<!--/, '').replace(/-->\s*$/, '');
}

export function parseDirective(body: string): Pick<Directive, 'kind' | 'ruleIds' | 'justification'> | undefined {
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const [rest, justification] = splitJustification(match[2]);
  const ruleIds = rest.split(/[\s,]+/).filter(Boolean);
  return { kind: match[1] as DirectiveKind, ruleIds, ...(justification ? { justification } : {}) };
}

// ESLint's convention: `<!-- factlint-disable rule-a -- the quote is verified -->`.
function splitJustification(text: string): [string, string | undefined] {
  const at = text.search(/\s--\s/);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 4).trim()];
}

export function directivesOf(doc: Document): Directive[] {
  const directives: Directive[] = [];
  for (const comment of doc.comments) {
    const parsed = parseDirective(commentBody(comment));
    if (!parsed) continue;
    const start = doc.positions.locateSource(comment.sourceStart);
    const end = doc.positions.locateSource(comment.sourceEnd);
    directives.push({ ...parsed, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
  }
  return directives.sort((a, b) => a.line - b.line || a.column - b.column);
}

function appliesTo(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

function isAfter(finding: Finding, line: number, column: number): boolean {
  return finding.line > line || (finding.line === line && finding.column >= column);
}

/** Is the finding inside a disabled region? Later directives override earlier ones. */
function disabledByRegion(finding: Finding, directives: Directive[]): Directive | undefined {
  let disabledBy: Directive | undefined;
  for (const d of directives) {
    if (d.kind !== 'disable' && d.kind !== 'enable') continue;
    if (!isAfter(finding, d.endLine, d.endColumn)) break;
    if (!appliesTo(d, finding.ruleId)) continue;
    // `enable rule-a` after a blanket `disable` re-enables only rule-a, which this models too.
    disabledBy = d.kind === 'disable' ? d : undefined;
  }
  return disabledBy;
}

function disabledByLine(finding: Finding, directives: Directive[]): Directive | undefined {
  return directives.find(
    (d) =>
      appliesTo(d, finding.ruleId) &&
      ((d.kind === 'disable-line' && finding.line >= d.line && finding.line <= d.endLine) ||
        (d.kind === 'disable-next-line' && finding.line === d.endLine + 1)),
  );
}

export type SuppressedFinding = Finding & { suppressions: Suppression[] };

/** Split findings into those that stand and those an inline directive suppressed. */
export function applyDisables(findings: Finding[], directives: Directive[]): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  if (directives.length === 0) return { kept: findings, suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const by = disabledByLine(finding, directives) ?? disabledByRegion(finding, directives);
    if (by) suppressed.push({ ...finding, suppressions: [{ kind: 'directive', justification: by.justification ?? '' }] });
    else kept.push(finding);
  }
  return { kept, suppressed };
}
