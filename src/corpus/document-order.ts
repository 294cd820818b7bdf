/**
 * Which of two documents is "later": by document date when both have one, else by the
 * order given. A conflict is reported on the later document, naming the earlier one.
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import { documentDate } from './mentions.js';

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
