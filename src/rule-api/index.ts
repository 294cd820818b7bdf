/**
 * The rule API: everything a rule may use, in one place (ESLint's anatomy: `defineRule`,
 * `meta` with messages, a context that reads mentions and reports findings). Rules import
 * only this module, plus types from `src/analysis`; `npm run lint` enforces it. What is
 * re-exported here are the helpers that turn mentions and records into an editor's words:
 * dates and ranges, a record's source, the knowledge base's tolerance.
 */
export { defineRule } from './types.js';
export type {
  DocumentRule, Evidence, Finding, MessageData, ProjectRule, ProjectRuleContext, ReportDescriptor, ReportDetails, Rule, RuleCategory,
  RuleContext, RuleMeta, Severity, SourceRef, Suggestion,
} from './types.js';
export type { CaseDocument, CaseKb, ExpectedError, InvalidRuleCase, RuleCase, RuleExamples } from './cases.js';

// Dates, as the calendar reads and writes them.
export {
  WEEKDAY_NAMES, addDays, dayNumber, daysBetween, formatDay, formatDuration, formatPartial, formatPartialRange, formatRange, isValidDay,
  isoOf, overlaps, partialDateRange, rangeOfParts, recordRange, weekdayLike, weekdayOf, wholeYearsBetween,
} from '../base/calendar.js';
export type { DayRange, Granularity, IsoDate } from '../base/calendar.js';
export { statedRange } from '../analysis/date-values.js';
export { locateSpan } from '../load/document.js';
export type { Document, Span } from '../load/document.js';

// The knowledge base: its records, its tolerance, the sources a finding cites.
export type { KnowledgeBase, Tenure } from '../kb/knowledge-base.js';
export { DATE_TOLERANCE_DAYS } from '../kb/knowledge-base.js';
export type { AgreementRecord, EventRecord, KbRecord, OfficeTermRecord, PlaceRecord } from '../kb/types.js';
export type { TitleClass } from '../kb/offices.js';
export { sourcesOf } from '../kb/sources.js';

// How sure an inferred date must be before a claim is judged by it.
export { MIN_CONFIDENCE } from '../link/reference-time.js';
export { clauseTense, isPresentPerfectClause } from '../extract/tense.js';

// Quotations: when a quote is speech, attributed, sourced.
export { DEFAULT_MIN_WORDS, continuationsOf, quoteVerdict, shorten } from '../extract/quotes/verdict.js';

// Comparing documents (project rules).
export { findConflicts } from '../corpus/conflicts.js';
export type { Conflict } from '../corpus/conflicts.js';
export type { Comparable } from '../corpus/comparable.js';
export { CONFLICT_KINDS, conflictKind } from '../corpus/conflict-kind.js';
export type { ConflictKind } from '../corpus/conflict-kind.js';
export { describeDifference } from '../corpus/describe.js';
export { rankDocuments } from '../corpus/document-order.js';
export { findVersionGroups, versionGroupIndex } from '../corpus/versions.js';
export { kbVerdict } from '../corpus/kb-verdict.js';
export type { KbVerdict } from '../corpus/kb-verdict.js';
