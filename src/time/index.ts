/** The temporal layer: document date, evidence, resolution. */
export { timeAnalyzer, analyzeTime, setClock } from './document-date.js';
export type { TimeInfo, DocumentDate, DateEvidence, TextDate } from './document-date.js';
export { registerDateConstraintProvider, dateConstraintProviders } from './constraints.js';
export type { DateConstraint, DateConstraintProvider } from './constraints.js';
export type { ResolvedDate } from './resolve.js';
