/**
 * The pipeline, put together: one analyzer per kind of mention, each imported from the
 * layer that owns it (extract → time → link). This is the only place that knows every
 * layer; the layers themselves only know the ones before them. The time layer's evidence
 * is passed in here explicitly — the text's own, and the link layer's office holders and
 * knowledge-base events — so what the date solver weighs never depends on import order.
 */
import type { Analyzer } from '../analysis/document.js';
import type { MentionKind } from '../analysis/mentions.js';
import { urlAnalyzer } from '../extract/urls.js';
import { dateAnalyzer } from '../extract/dates.js';
import { durationAnalyzer } from '../extract/durations.js';
import { quantitiesAnalyzer } from '../extract/quantities.js';
import { topicsAnalyzer } from '../extract/topics.js';
import { quotationsAnalyzer, quotesAnalyzer } from '../extract/quotes.js';
import { entitiesAnalyzer, peopleAnalyzer } from '../extract/entities.js';
import { createTimeAnalyzer } from '../time/document-date.js';
import { TEXT_EVIDENCE } from '../time/providers.js';
import type { DateConstraintProvider } from '../time/constraints.js';
import { claimsAnalyzer } from '../link/claims.js';
import { officeHolderConstraints } from '../link/office-evidence.js';
import { eventConstraints } from '../link/event-evidence.js';
import { factsAnalyzer } from '../link/facts/index.js';

/** Everything the document-date solver weighs. */
export const DATE_EVIDENCE: readonly DateConstraintProvider[] = [...TEXT_EVIDENCE, officeHolderConstraints, eventConstraints];

const ANALYZERS: Analyzer[] = [
  urlAnalyzer,
  dateAnalyzer,
  durationAnalyzer,
  quantitiesAnalyzer,
  topicsAnalyzer,
  quotationsAnalyzer,
  quotesAnalyzer,
  entitiesAnalyzer,
  peopleAnalyzer,
  createTimeAnalyzer(DATE_EVIDENCE),
  claimsAnalyzer,
  factsAnalyzer,
];

/** Every analyzer, by kind; `overrides` replace the built-in one of the same kind (tests, plug-ins). */
export function analyzerRegistry(overrides: Analyzer[] = []): Map<MentionKind, Analyzer> {
  return new Map([...ANALYZERS, ...overrides].map((a) => [a.kind, a]));
}
