/**
 * Two renderings of one speaker's quotation: the same words, trimmed or cut with an ellipsis
 * (they agree), or a word put in place of another in the middle of the quotation (they do
 * not: one of them misquotes). Compared word by word on their longest common subsequence.
 */
import { similarSpelling } from './spelling.js';

/** Shortest run of common words on each side of a replaced word for the replacement to count. */
const ANCHOR_WORDS = 3;
/** Longest replaced run: beyond it the two are different passages, not one misquoted. */
const MAX_REPLACED = 4;

export interface QuoteDifference {
  /** Words of the first rendering that the second replaces, and what it has instead. */
  first: string[];
  second: string[];
}

/** The first word-for-word replacement between two renderings of a quotation, if any. */
export function quoteReplacement(a: readonly string[], b: readonly string[]): QuoteDifference | undefined {
  const ops = alignment(a, b);
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    if (op.kind !== 'replace') continue;
    const before = ops[k - 1];
    const after = ops[k + 1];
    if (before?.kind !== 'equal' || after?.kind !== 'equal' || before.a.length < ANCHOR_WORDS || after.a.length < ANCHOR_WORDS) continue;
    if (op.a.length > MAX_REPLACED || op.b.length > MAX_REPLACED) continue;
    // "organisation" / "organization": one spelling for another, not another word.
    if (op.a.length === op.b.length && op.a.every((w, i) => similarSpelling(w, op.b[i]))) continue;
    return { first: op.a, second: op.b };
  }
  return undefined;
}

interface Operation {
  kind: 'equal' | 'replace' | 'delete' | 'insert';
  a: string[];
  b: string[];
}

/** The edit script of two word lists: runs of equal words, and what lies between them. */
function alignment(a: readonly string[], b: readonly string[]): Operation[] {
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: Operation[] = [];
  // Equal words extend an equal run; anything else extends the run of differences.
  const push = (equal: boolean, x: string | undefined, y: string | undefined) => {
    let last = ops[ops.length - 1];
    if (!last || (last.kind === 'equal') !== equal) {
      last = { kind: equal ? 'equal' : 'delete', a: [], b: [] };
      ops.push(last);
    }
    if (x !== undefined) last.a.push(x);
    if (y !== undefined) last.b.push(y);
    if (!equal) last.kind = last.a.length > 0 && last.b.length > 0 ? 'replace' : last.a.length > 0 ? 'delete' : 'insert';
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) push(true, a[i++], b[j++]);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) push(false, a[i++], undefined);
    else push(false, undefined, b[j++]);
  }
  while (i < n) push(false, a[i++], undefined);
  while (j < m) push(false, undefined, b[j++]);
  return ops;
}
