/**
 * Names and words spelled two ways: "Sergei"/"Sergey", "organisation"/"organization",
 * "Tony"/"Anthony". Two spellings are one when few letters differ for their length, or when
 * the vocabulary lists one as a short form of the other.
 */
import { listTable } from '../base/vocabulary.js';

const VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries(listTable('names', 'forename_variants')).flatMap(([name, forms]) => [[name, name] as [string, string], ...forms.map((f): [string, string] => [f, name])]),
);

/** Edit distance within a third of the longer word (at most 2): a spelling variant. */
export function similarSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.min(2, Math.floor(Math.max(a.length, b.length) / 3));
  return allowed > 0 && editDistance(a, b) <= allowed;
}

/**
 * Whether two lists of forenames can name one person: the first forenames agree as written,
 * as an initial ("A." for Anthony), as a listed short form ("Tony"), or as a spelling variant.
 */
export function forenamesCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [a[0]?.replace(/\.$/, ''), b[0]?.replace(/\.$/, '')];
  if (!x || !y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  if (similarSpelling(x, y)) return true;
  const [cx, cy] = [VARIANTS.get(x) ?? x, VARIANTS.get(y) ?? y];
  return cx === cy || x.startsWith(y) || y.startsWith(x);
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
