/**
 * Finding claims that contradict each other across the documents of a run: claims a
 * knowledge-base record identifies (`record-conflicts.ts`) and statements of fact compared
 * within a story (`fact-conflicts.ts`). Each conflict names the claim of the later document
 * (where the finding goes) and the earlier claims that say otherwise.
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Comparable } from './comparable.js';
import { findRecordConflicts, recordsAgree } from './record-conflicts.js';
import { findFactConflicts } from './fact-conflicts.js';
import { sameThing, valuesAgree } from './fact-match.js';
import { Stories } from './stories.js';
import { documentDate, precedes } from './document-order.js';

export interface Conflict {
  /** The claim in the later document (where the finding goes). */
  claim: Comparable;
  /** Claims in earlier documents that say otherwise, earliest first. */
  others: Comparable[];
  /** Every other document is a version of this one: a fact changed between versions. */
  betweenVersions?: boolean;
}

export interface ConflictOptions {
  /** Version group of each document (same number = versions of one article); -1 for none. */
  versionGroup?: readonly number[];
  /** Rank of each document in time (see `rankDocuments`); defaults to the order given. */
  rank?: readonly number[];
  /** Compare versions of one article with each other, for facts that changed between them. */
  versionChanges?: boolean;
}

export function findConflicts(documents: readonly AnalyzedDocument[], kb: KnowledgeBase, options: ConflictOptions = {}): Conflict[] {
  const rank = options.rank ?? documents.map((_, i) => i);
  const group = options.versionGroup ?? documents.map(() => -1);
  const dates = documents.map(documentDate);
  const stories = new Stories(documents, { versionGroup: group, dates });
  const isVersion = (a: number, b: number) => group[a] >= 0 && group[a] === group[b];
  const conflicts: Conflict[] = findRecordConflicts(documents, kb, rank, group);
  for (const conflict of findFactConflicts(documents, { rank, dates, stories, precedes: (a, b) => precedes(dates, a, b) })) {
    const betweenVersions = conflict.others.every((o) => isVersion(o.doc, conflict.claim.doc));
    if (betweenVersions && options.versionChanges === false) continue;
    const others = betweenVersions ? conflict.others : conflict.others.filter((o) => !isVersion(o.doc, conflict.claim.doc));
    conflicts.push({ claim: conflict.claim, others, ...(betweenVersions ? { betweenVersions } : {}) });
  }
  return conflicts;
}

/** Whether two claims about the same thing can both be true (for `factlint diff`). */
export function agree(a: Comparable, b: Comparable, kb: KnowledgeBase): boolean {
  if (a.kind === 'fact' || b.kind === 'fact') return a.kind !== 'fact' || b.kind !== 'fact' || valuesAgree(a.fact, b.fact) !== false;
  return recordsAgree(a, b, kb);
}

/**
 * Whether two claims of two documents the user compares are about the same thing: the same
 * record, or statements of the same fact (whenever each document was written).
 */
export function sameSubject(a: Comparable, b: Comparable): boolean {
  if (a.kind === 'fact' && b.kind === 'fact') return sameThing(a.fact, b.fact, { ignoreTime: true }) !== undefined;
  return a.kind !== 'fact' && b.kind !== 'fact';
}

/** Whether two claims about the same thing say it in the same words. */
export function sameStatement(a: Comparable, b: Comparable): boolean {
  if (a.kind === 'fact' && b.kind === 'fact') return a.stated.replace(/\s+/g, ' ') === b.stated.replace(/\s+/g, ' ') && valuesAgree(a.fact, b.fact) !== false;
  return a.signature === b.signature;
}
