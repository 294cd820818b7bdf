/**
 * The registry of analyzers: one per kind of mention. Each layer registers its own here
 * (extract → time → kb); `AnalyzedDocument` computes them on demand.
 */
import type { Analyzer } from '../analysis/document.js';
import type { MentionKind } from '../analysis/mentions.js';
import { urlAnalyzer } from '../extract/urls.js';
import { dateAnalyzer } from '../extract/dates.js';
import { timeAnalyzer } from '../time/document-date.js';
import { durationAnalyzer } from '../time/durations.js';
import { quantitiesAnalyzer } from '../extract/quantities.js';
import { claimsAnalyzer } from '../link/claims.js';
import { quotesAnalyzer } from '../extract/quotes.js';
import { entitiesAnalyzer, peopleAnalyzer } from '../extract/entities.js';

const ANALYZERS: Analyzer[] = [
  // Each line: one analyzer, imported from its layer.
  urlAnalyzer,
  dateAnalyzer,
  timeAnalyzer,
  durationAnalyzer,
  quantitiesAnalyzer,
  claimsAnalyzer,
  quotesAnalyzer,
  entitiesAnalyzer,
  peopleAnalyzer,
];

export function analyzerRegistry(extra: Analyzer[] = []): Map<MentionKind, Analyzer> {
  return new Map([...ANALYZERS, ...extra].map((a) => [a.kind, a]));
}
