/**
 * Which of two documents is "later": by document date when both have one, else by the
 * order given. A conflict is reported on the later document, naming the earlier one.
 */
import type { AnalyzedDocument } from '../analysis/document.js';

/**
 * The date a document is ordered by: the date it states (metadata or `--date`), read from the
 * time layer. An inferred date is not used: a guess must not decide which document is later.
 */
export function documentDate(document: AnalyzedDocument): string | undefined {
  const { date, source } = document.get('time').documentDate;
  return date && (source === 'metadata' || source === 'cli') ? date : undefined;
}

/**
 * Ranks documents: dated documents by date (ties by order given), then undated documents
 * in the order given. Returns each document's rank, by index.
 */
export function rankDocuments(documents: readonly AnalyzedDocument[]): number[] {
  const dated = documents.map((d, index) => ({ index, date: documentDate(d) }));
  const order = [...dated].sort((a, b) => {
    if (a.date && b.date) return a.date.localeCompare(b.date) || a.index - b.index;
    if (a.date) return -1;
    if (b.date) return 1;
    return a.index - b.index;
  });
  const rank = new Array<number>(documents.length);
  order.forEach((d, r) => { rank[d.index] = r; });
  return rank;
}

/**
 * Whether document `a` comes before document `b`: by date when both have one, else by the
 * order given (an undated document is not put after every dated one).
 */
export function precedes(dates: readonly (string | undefined)[], a: number, b: number): boolean {
  const [da, db] = [dates[a], dates[b]];
  if (da && db && da !== db) return da < db;
  return a < b;
}
