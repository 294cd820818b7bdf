/**
 * Finding claims that contradict each other across documents. Claims are indexed by key;
 * inside a key, groups of claims that say the same thing are compared once, group against
 * group, and each claim of a later document is paired with the earliest earlier document
 * that says otherwise. Versions of one article are never compared with each other.
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { ClaimsIndex } from './claims-index.js';
import { comparablesOf } from './comparable.js';
import type { Comparable } from './comparable.js';
import { holdersOn, placesCompatible } from './kb-check.js';
import type { TitleComparable } from './comparable.js';

export interface Conflict {
  /** The claim in the later document (where the finding goes). */
  claim: Comparable;
  /** Claims in earlier documents that say otherwise, earliest first. */
  others: Comparable[];
}

export interface ConflictOptions {
  /** Version group of each document (same number = versions of one article); -1 for none. */
  versionGroup?: readonly number[];
  /** Rank of each document in time (see `rankDocuments`); defaults to the order given. */
  rank?: readonly number[];
}

const TITLE_WINDOW_DAYS = 30;

export function findConflicts(documents: readonly AnalyzedDocument[], kb: KnowledgeBase, options: ConflictOptions = {}): Conflict[] {
  const rank = options.rank ?? documents.map((_, i) => i);
  const group = options.versionGroup ?? documents.map(() => -1);

  const index = new ClaimsIndex();
  documents.forEach((document, i) => {
    for (const claim of comparablesOf(document, i)) index.add(claim);
  });

  // Documents of one article share an "article" id (their version group); others their own.
  const articleOf = (doc: number) => (group[doc] >= 0 ? -1 - group[doc] : doc);
  const found = new Map<Comparable, Set<Comparable>>();
  for (const { groups } of index.disputedBuckets()) {
    for (const g of groups) g.sort((a, b) => rank[a.doc] - rank[b.doc]);
    const candidates = groups.map((g) => earliestOfTwoArticles(g, articleOf));
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if (agree(groups[i][0], groups[j][0], kb)) continue;
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
function earliestOfTwoArticles(group: Comparable[], articleOf: (doc: number) => number): Comparable[] {
  const first = group[0];
  const second = group.find((c) => articleOf(c.doc) !== articleOf(first.doc));
  return second ? [first, second] : [first];
}

/** Pairs each claim of `later` with the earliest candidate from an earlier document of another article. */
function pairLaterWithEarlier(
  later: Comparable[], candidates: Comparable[], rank: readonly number[],
  articleOf: (doc: number) => number, found: Map<Comparable, Set<Comparable>>,
): void {
  for (const claim of later) {
    const other = candidates.find((c) => articleOf(c.doc) !== articleOf(claim.doc));
    if (!other || rank[other.doc] >= rank[claim.doc]) continue;
    let set = found.get(claim);
    if (!set) found.set(claim, (set = new Set()));
    // One earlier account per document is enough to name.
    if (![...set].some((o) => o.doc === other.doc)) set.add(other);
  }
}

/** Whether two claims with the same key (and different signatures) can both be true. */
export function agree(a: Comparable, b: Comparable, kb: KnowledgeBase): boolean {
  switch (a.kind) {
    case 'event-place': {
      if (b.kind !== 'event-place') return true;
      // Places unknown to the KB ("in the capital") cannot be told apart safely.
      if (!a.placeId || !b.placeId) return true;
      return placesCompatible(kb, a.placeId, b.placeId);
    }
    case 'event-date':
      return b.kind !== 'event-date' || overlaps(a.time, b.time, 1);
    case 'person-title':
      // The same person in two different offices at once: agreeing only if the times differ.
      // Titles stated within a month of each other describe the same moment; offices change rarely.
      if (b.kind !== 'person-title' || a.officeKey === b.officeKey || !overlaps(a.time, b.time, TITLE_WINDOW_DAYS)) return true;
      // People do hold two offices at once (a prime minister also acting foreign minister): trust the KB.
      return heldBoth(kb, a.personId, [a, b]);
    case 'quote-speaker':
      return b.kind !== 'quote-speaker' || a.speaker === b.speaker;
    case 'quantity':
      return b.kind !== 'quantity' || (a.range.low <= b.range.high && b.range.low <= a.range.high);
  }
}

/** Two day intervals overlap, allowing `toleranceDays` (sources often differ by a day). */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }, toleranceDays: number): boolean {
  const day = 86_400_000;
  const aStart = Date.parse(a.start) - toleranceDays * day;
  const aEnd = Date.parse(a.end) + toleranceDays * day;
  return Date.parse(b.start) <= aEnd && aStart <= Date.parse(b.end);
}

function heldBoth(kb: KnowledgeBase, personId: string | undefined, titles: TitleComparable[]): boolean {
  if (!personId) return false;
  return titles.every((t) => holdersOn(kb, t.officeKey, t.time.start).some((term) => term.personId === personId));
}
