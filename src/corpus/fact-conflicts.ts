/**
 * Conflicts between statements of fact (`facts`), in time linear in the number of claims:
 *
 * 1. claims that say the same thing in the same words (copies of one article, one figure in
 *    many reports) are merged into one group, so a thousand copies cost one comparison;
 * 2. groups are filed under their keys, and each group looks up only the groups filed under its
 *    own look-up keys (see `fact-claims.ts`);
 * 3. two groups found so are compared once, by their words: about the same thing? agreeing?
 * 4. each claim of a disagreeing group is paired with the earliest claim of the other group in an
 *    earlier document of the same story and of the same time — unless that document also says
 *    what this one says (it then states both, and the claim matches one of them).
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import type { FactTime } from '../analysis/mentions.js';
import { daysBetween } from '../base/calendar.js';
import { factComparable } from './fact-claims.js';
import type { FactComparable } from './fact-claims.js';
import { sameFrame, sameStory, sameTime, valuesAgree } from './fact-match.js';
import type { FrameMatch } from './fact-match.js';
import type { Stories } from './stories.js';

export interface FactConflict {
  claim: FactComparable;
  /** Earlier claims of other documents that say otherwise, earliest first. */
  others: FactComparable[];
}

interface Group {
  id: number;
  /** Claims that say the same thing in the same words, earliest document first. */
  members: FactComparable[];
  /** Groups of claims about the same thing that agree with this one. */
  agreeing: Group[];
}

/** A key filed by more groups than this says nothing specific; it is not looked up. */
const MAX_BUCKET = 2000;
/** How many earlier documents to look at, and to try for a story in common, before giving up on a claim. */
const MAX_SCAN = 64;
const MAX_TRIES = 8;

export interface FactConflictOptions {
  rank: readonly number[];
  /** Each document's date when its metadata gives one. */
  dates: readonly (string | undefined)[];
  /** Whether document `a` comes before document `b`. */
  precedes: (a: number, b: number) => boolean;
  stories: Stories;
}

export function findFactConflicts(documents: readonly AnalyzedDocument[], options: FactConflictOptions): FactConflict[] {
  const groups = groupClaims(documents, options.rank);
  const index = new Map<string, Group[]>();
  for (const group of groups) for (const key of group.members[0].keys) {
    const bucket = index.get(key);
    if (bucket) bucket.push(group);
    else index.set(key, [group]);
  }
  const disputes: Array<[Group, Group, FrameMatch]> = [];
  const seen = new Set<number>();
  for (const group of groups) {
    const rep = group.members[0];
    for (const probe of rep.probes) {
      const bucket = index.get(probe);
      if (!bucket || bucket.length > MAX_BUCKET) continue;
      for (const other of bucket) {
        if (other === group) continue;
        const pairId = group.id < other.id ? group.id * groups.length + other.id : other.id * groups.length + group.id;
        if (seen.has(pairId)) continue;
        seen.add(pairId);
        // By their words first; the times of each pair of documents are checked when pairing claims.
        const same = sameFrame(rep.fact, other.members[0].fact);
        if (!same) continue;
        const agree = valuesAgree(rep.fact, other.members[0].fact);
        if (agree === true) {
          group.agreeing.push(other);
          other.agreeing.push(group);
        } else if (agree === false) {
          disputes.push([group, other, same]);
        }
      }
    }
  }
  const found = new Map<FactComparable, FactComparable[]>();
  for (const [a, b, frame] of disputes) {
    pairWithEarlier(a, b, frame, options, found);
    pairWithEarlier(b, a, frame, options, found);
  }
  return [...found].map(([claim, others]) => ({ claim, others: others.sort((x, y) => options.rank[x.doc] - options.rank[y.doc]) }));
}

function groupClaims(documents: readonly AnalyzedDocument[], rank: readonly number[]): Group[] {
  const bySignature = new Map<string, Group>();
  documents.forEach((document, doc) => {
    for (const fact of document.get('facts')) {
      const claim = factComparable(fact, doc);
      if (!claim) continue;
      let group = bySignature.get(claim.signature);
      if (!group) bySignature.set(claim.signature, (group = { id: bySignature.size, members: [], agreeing: [] }));
      // One claim per document and signature: a document may say the same thing twice.
      if (group.members[group.members.length - 1]?.doc !== doc) group.members.push(claim);
    }
  });
  const groups = [...bySignature.values()];
  for (const group of groups) group.members.sort((x, y) => rank[x.doc] - rank[y.doc]);
  return groups;
}

/**
 * Pairs each claim of `later` with the earliest claim of `earlier` in an earlier document that
 * tells the same story at the same time — or is a version of the same article, which states
 * its facts as of the article whenever each version was published.
 */
function pairWithEarlier(later: Group, earlier: Group, frame: FrameMatch, options: FactConflictOptions, found: Map<FactComparable, FactComparable[]>): void {
  const { precedes, stories, dates } = options;
  for (const claim of later.members) {
    // This document also states the other value, distinctly: it says both, and one of its statements matches.
    if (statesAlso(claim.doc, earlier, later)) continue;
    let scanned = 0;
    let tries = 0;
    for (const other of earlier.members) {
      if (scanned++ >= MAX_SCAN) break;
      if (!precedes(other.doc, claim.doc)) continue;
      const versions = stories.versions(claim.doc, other.doc);
      // The words matched (group against group); the times are each pair of documents' own.
      if (!versions && !sameTime(claim.fact, other.fact, frame)) continue;
      if (tries++ >= MAX_TRIES) break;
      if (statesAlso(other.doc, later, earlier) || !sameStory(stories, claim, other, frame.names) || (!versions && recurring(claim, other, dates))) continue;
      const list = found.get(claim) ?? [];
      if (!list.some((o) => o.doc === other.doc)) list.push(other);
      found.set(claim, list);
      break;
    }
  }
}

/** Documents closer than this report the same days; two plans this close, the same plan. */
const SAME_NEWS_DAYS = 14;
const SAME_PLAN_DAYS = 3;
/** How closely two dates must keep the same distance from their documents' dates, as a share of the documents' distance. */
const SAME_OFFSET_SHARE = 0.5;

/**
 * "This month's spotlight …", "As the campaign entered September", "the event ran from August
 * 22 to 25": documents weeks apart that each date the event at the same distance from their own
 * date speak of two occurrences of something that recurs (a monthly column, a yearly fair, the
 * next primary), not of one event dated twice.
 */
function recurring(a: FactComparable, b: FactComparable, dates: readonly (string | undefined)[]): boolean {
  const [da, db] = [dates[a.doc], dates[b.doc]];
  const [va, vb] = [a.fact.value, b.fact.value];
  if (!da || !db || va.kind !== 'date' || vb.kind !== 'date') return false;
  const gap = Math.abs(daysBetween(da, db));
  if (gap <= (a.fact.planned && b.fact.planned ? SAME_PLAN_DAYS : SAME_NEWS_DAYS)) return false;
  const [oa, ob] = [offsetFrom(va.time, da), offsetFrom(vb.time, db)];
  return oa !== undefined && ob !== undefined && Math.abs(oa - ob) <= SAME_OFFSET_SHARE * gap;
}

/** Days from a document's date to the middle of a time it states. */
function offsetFrom(time: FactTime, date: string): number | undefined {
  if (!time.reliable || !time.start || !time.end) return undefined;
  return (daysBetween(date, time.start) + daysBetween(date, time.end)) / 2;
}

/**
 * Whether document `doc` also says what `value` says, in a claim that contradicts `own` — "last
 * month" agrees with both "August 20" and "August 22" and is no second statement of either.
 */
function statesAlso(doc: number, value: Group, own: Group): boolean {
  return value.agreeing.some((g) => g !== own && g.members.some((m) => m.doc === doc) && valuesAgree(g.members[0].fact, own.members[0].fact) === false);
}
