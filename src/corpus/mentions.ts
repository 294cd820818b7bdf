/**
 * The date a document is ordered by when two documents disagree: the date it states
 * (metadata or `--date`). An inferred date is not used: a guess must not decide which
 * of two documents is the later one.
 */
import type { AnalyzedDocument } from '../analysis/document.js';

export function documentDate(document: AnalyzedDocument): string | undefined {
  return document.doc.metadata.date;
}
