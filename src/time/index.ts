/** The temporal layer: document date, evidence, resolution. */
export { createTimeAnalyzer, analyzeTime, setClock } from './document-date.js';
export type { TimeInfo, DocumentDate, DateEvidence, DateWindow } from './document-date.js';
export { TEXT_EVIDENCE } from './providers.js';
export type { DateConstraint, DateConstraintProvider } from './constraints.js';
export type { ResolvedDate } from './resolve.js';
