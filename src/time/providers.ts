/**
 * The built-in evidence about a document's date, read from its text and URLs (each kind in
 * `evidence/`). The link layer adds office holders and summits (see `engine/analyzers.ts`).
 */
import { formatDay } from '../base/calendar.js';
import { onOrBefore } from './constraints.js';
import type { DateConstraintProvider } from './constraints.js';
import { statedDateEvidence } from './evidence/stated.js';
import { yearlessDateEvidence } from './evidence/yearless.js';
import { anchoredRelativeEvidence } from './evidence/anchored.js';
import { urlDateEvidence } from './evidence/urls.js';
import { headlineEvidence } from './evidence/headline.js';

/** Nothing is written in the future: the run's clock bounds the document date. */
export const notAfterNow: DateConstraintProvider = (_ctx, now) => [{
  kind: 'now',
  weight: 1,
  intervals: onOrBefore(now),
  describe: () => `The article cannot have been written after today (${formatDay(now)}).`,
}];

/** The evidence the text and its URLs give by themselves. */
export const TEXT_EVIDENCE: readonly DateConstraintProvider[] = [notAfterNow, statedDateEvidence, yearlessDateEvidence, anchoredRelativeEvidence, headlineEvidence, urlDateEvidence];
