/**
 * The kinds of conflict a user may choose among (`cross-doc-conflict`'s `kinds` option): what
 * the two documents disagree about.
 */
import type { Comparable } from './comparable.js';

export const CONFLICT_KINDS = ['date', 'place', 'number', 'vote', 'name', 'quote', 'event-place', 'event-date', 'person-title'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export function conflictKind(claim: Comparable): ConflictKind {
  if (claim.kind !== 'fact') return claim.kind;
  const kind = claim.fact.value.kind;
  return kind === 'tally' ? 'vote' : kind;
}
