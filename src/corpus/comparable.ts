/**
 * Claims made comparable across documents. Each becomes a `Comparable`: the keys under which
 * it is filed (two claims can only disagree if they share a key), a signature (claims with
 * equal signatures say the same thing), and what it states, in words.
 *
 * Two families: claims a knowledge-base record identifies (`record-claims.ts`: the place and
 * date of a recorded summit, a person's office) and statements of fact read from the text
 * (`fact-claims.ts`: dates of events, figures, votes, names in roles, quotations).
 */
import type { Span } from '../load/document.js';
import type { AnalyzedDocument } from '../analysis/document.js';
import type { ClaimTime } from '../analysis/mentions.js';
import { fromEventDate, fromEventPlace, fromPersonTitle } from './record-claims.js';
import { factComparable } from './fact-claims.js';
import type { FactComparable } from './fact-claims.js';

export type { FactComparable };
export type RecordKind = 'event-place' | 'event-date' | 'person-title';
export type ComparableKind = RecordKind | 'fact';

interface RecordBase {
  /** Index of the document in the run. */
  doc: number;
  span: Span;
  keys: string[];
  signature: string;
  /** What the claim is about, for messages ("where the G20 summit took place"). */
  topic: string;
  /** What this document states, in words ("Singapore"). */
  stated: string;
}

export interface PlaceComparable extends RecordBase {
  kind: 'event-place';
  eventId?: string;
  placeId?: string;
  placeName: string;
}

export interface DateComparable extends RecordBase {
  kind: 'event-date';
  subjectId?: string;
  time: ClaimTime;
}

export interface TitleComparable extends RecordBase {
  kind: 'person-title';
  personId?: string;
  officeKey: string;
  time: ClaimTime;
}

export type RecordComparable = PlaceComparable | DateComparable | TitleComparable;
export type Comparable = RecordComparable | FactComparable;

/** The claims of one document that a knowledge-base record identifies. */
export function recordComparablesOf(document: AnalyzedDocument, doc: number): RecordComparable[] {
  const out: RecordComparable[] = [];
  for (const claim of document.get('claims')) {
    const item = claim.kind === 'event-place' ? fromEventPlace(claim, doc, document.kb)
      : claim.kind === 'event-date' ? fromEventDate(claim, doc)
        : claim.kind === 'person-title' ? fromPersonTitle(claim, doc)
          : undefined;
    if (item && item.keys.length > 0) out.push(item);
  }
  return out;
}

/** Every comparable claim of one document (for `factlint diff`). */
export function comparablesOf(document: AnalyzedDocument, doc: number): Comparable[] {
  const facts = document.get('facts').map((f) => factComparable(f, doc)).filter((c): c is FactComparable => c !== undefined);
  return [...recordComparablesOf(document, doc), ...facts];
}
