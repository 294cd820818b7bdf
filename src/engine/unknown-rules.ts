/**
 * An inline disable that names a rule factlint does not know disables nothing — usually a typo
 * that would otherwise pass without a word. Each such name gets a warning at the comment, with
 * the closest known rule id when there is one.
 */
import type { Directive } from './disables.js';
import type { Finding } from '../rule-api/types.js';

export const UNKNOWN_RULE_ID = 'unknown-rule';

export function unknownRuleFindings(directives: readonly Directive[], knownIds: readonly string[]): Finding[] {
  const known = new Set(knownIds);
  const findings: Finding[] = [];
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      if (known.has(id)) continue;
      const guess = closest(id, knownIds);
      findings.push({
        ruleId: UNKNOWN_RULE_ID,
        severity: 'warn',
        message: `Unknown rule "${id}" in factlint-${directive.kind}: it disables nothing.${guess ? ` Did you mean "${guess}"?` : ' See factlint --list-rules.'}`,
        span: { start: 0, end: 0 },
        line: directive.line,
        column: directive.column,
        endLine: directive.endLine,
        endColumn: directive.endColumn,
        ...(guess ? { suggestions: [{ message: `Write "${guess}"` }] } : {}),
      });
    }
  }
  return findings;
}

/** The known id nearest to `id` (edit distance at most a third of its length), if any. */
function closest(id: string, knownIds: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of knownIds) {
    const distance = candidate.includes(id) || id.includes(candidate) ? Math.abs(candidate.length - id.length) : editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10 || a.length > 100 || b.length > 100) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
