/**
 * Conflicts between claims a knowledge-base record identifies. Claims are indexed by key;
 * inside a key, groups of claims that say the same thing are compared once, group against
 * group, and each claim of a later document is paired with the earliest earlier document
 * that says otherwise. Versions of one article are not compared with each other here.
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { ClaimsIndex } from './claims-index.js';
import { recordComparablesOf } from './comparable.js';
import type { RecordComparable, TitleComparable } from './comparable.js';
import { holdersOn, placesCompatible } from './kb-check.js';
import { overlaps } from '../base/calendar.js';

export interface RecordConflict {
  claim: RecordComparable;
  others: RecordComparable[];
}

const TITLE_WINDOW_DAYS = 30;

export function findRecordConflicts(documents: readonly AnalyzedDocument[], kb: KnowledgeBase, rank: readonly number[], group: readonly number[]): RecordConflict[] {
  const index = new ClaimsIndex<RecordComparable>();
  documents.forEach((document, i) => {
    for (const claim of recordComparablesOf(document, i)) index.add(claim);
  });
  // Documents of one article share an "article" id (their version group); others their own.
  const articleOf = (doc: number) => (group[doc] >= 0 ? -1 - group[doc] : doc);
  const found = new Map<RecordComparable, Set<RecordComparable>>();
  for (const { groups } of index.disputedBuckets()) {
    for (const g of groups) g.sort((a, b) => rank[a.doc] - rank[b.doc]);
    const candidates = groups.map((g) => earliestOfTwoArticles(g, articleOf));
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if (recordsAgree(groups[i][0], groups[j][0], kb)) continue;
        pairLaterWithEarlier(groups[i], candidates[j], rank, articleOf, found);
        pairLaterWithEarlier(groups[j], candidates[i], rank, articleOf, found);
      }
    }
  }
  return [...found].map(([claim, others]) => ({ claim, others: [...others].sort((a, b) => rank[a.doc] - rank[b.doc]) }));
}

/**
 * The group's earliest claim, and its earliest claim from another article. For any claim,
 * the earliest claim of the group from a different article is one of these two — so
 * pairing costs O(1) per claim even when thousands of copies of one article share a group.
 */
function earliestOfTwoArticles(group: RecordComparable[], articleOf: (doc: number) => number): RecordComparable[] {
  const first = group[0];
  const second = group.find((c) => articleOf(c.doc) !== articleOf(first.doc));
  return second ? [first, second] : [first];
}

function pairLaterWithEarlier(
  later: RecordComparable[], candidates: RecordComparable[], rank: readonly number[],
  articleOf: (doc: number) => number, found: Map<RecordComparable, Set<RecordComparable>>,
): void {
  for (const claim of later) {
    const other = candidates.find((c) => articleOf(c.doc) !== articleOf(claim.doc));
    if (!other || rank[other.doc] >= rank[claim.doc]) continue;
    let set = found.get(claim);
    if (!set) found.set(claim, (set = new Set()));
    if (![...set].some((o) => o.doc === other.doc)) set.add(other);
  }
}

/** Whether two record claims with the same key (and different signatures) can both be true. */
export function recordsAgree(a: RecordComparable, b: RecordComparable, kb: KnowledgeBase): boolean {
  switch (a.kind) {
    case 'event-place':
      // Places unknown to the KB ("in the capital") cannot be told apart safely.
      if (b.kind !== 'event-place' || !a.placeId || !b.placeId) return true;
      return placesCompatible(kb, a.placeId, b.placeId);
    case 'event-date':
      return b.kind !== 'event-date' || overlaps(a.time, b.time, 1);
    case 'person-title':
      // Titles stated within a month of each other describe the same moment; offices change rarely.
      if (b.kind !== 'person-title' || a.officeKey === b.officeKey || !overlaps(a.time, b.time, TITLE_WINDOW_DAYS)) return true;
      // People do hold two offices at once (a prime minister also acting foreign minister): trust the KB.
      return heldBoth(kb, a.personId, [a, b]);
  }
}

function heldBoth(kb: KnowledgeBase, personId: string | undefined, titles: TitleComparable[]): boolean {
  if (!personId) return false;
  return titles.every((t) => holdersOn(kb, t.officeKey, t.time.start).some((term) => term.personId === personId));
}
