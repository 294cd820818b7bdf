/**
 * Stories: documents that report the same story share names — the people, places, firms and
 * products they are about. Two documents are of one story when they are versions of one
 * article, or share enough distinctive names (names most documents of the run use say little).
 * Claims are compared only within a story. The relation is computed per pair on demand, so the
 * cost follows the pairs of claims compared, not the pairs of documents.
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import { daysBetween } from '../base/calendar.js';

export interface StoryOptions {
  /** Version group of each document (-1 for none): versions of one article are one story. */
  versionGroup?: readonly number[];
  /** Each document's date when its metadata gives one (ISO day). */
  dates?: readonly (string | undefined)[];
}

/** Shared names enough on their own; fewer need the documents to be close in time or to share what the claim is about. */
const SHARED_ENOUGH = 3;
const SHARED_WITH_SUPPORT = 2;
/** "Close in time": published within this many days of each other. */
const NEAR_DAYS = 7;

export class Stories {
  private readonly names: ReadonlySet<string>[];
  private readonly common: ReadonlySet<string>;
  private readonly cache = new Map<number, string[]>();

  constructor(private readonly documents: readonly AnalyzedDocument[], private readonly options: StoryOptions = {}) {
    this.names = documents.map((d) => new Set(d.get('topics').names));
    this.common = commonNames(this.names);
  }

  /** Distinctive names both documents use. */
  sharedNames(a: number, b: number): string[] {
    const key = a < b ? a * this.documents.length + b : b * this.documents.length + a;
    let shared = this.cache.get(key);
    if (!shared) {
      const [small, large] = this.names[a].size <= this.names[b].size ? [this.names[a], this.names[b]] : [this.names[b], this.names[a]];
      shared = [...small].filter((n) => large.has(n) && !this.common.has(n));
      this.cache.set(key, shared);
    }
    return shared;
  }

  versions(a: number, b: number): boolean {
    const group = this.options.versionGroup;
    return group !== undefined && group[a] >= 0 && group[a] === group[b];
  }

  /**
   * Whether two documents tell one story. `about` are the keys of what a claim is about: when
   * both documents use one of them, two shared names are enough even years apart (two
   * reports of the A380's first flight).
   */
  related(a: number, b: number, about: readonly string[] = []): boolean {
    if (a === b || this.versions(a, b)) return true;
    const shared = this.sharedNames(a, b);
    if (shared.length >= SHARED_ENOUGH) return true;
    if (shared.length < SHARED_WITH_SUPPORT) return false;
    return this.near(a, b) || shared.some((n) => about.includes(n));
  }

  private near(a: number, b: number): boolean {
    const [da, db] = [this.options.dates?.[a], this.options.dates?.[b]];
    return da !== undefined && db !== undefined && Math.abs(daysBetween(da, db)) <= NEAR_DAYS;
  }
}

/** Names so frequent in a large run that sharing them says nothing (in a run of a few documents, none). */
function commonNames(names: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const limit = Math.max(10, names.length * 0.1);
  const counts = new Map<string, number>();
  for (const set of names) for (const n of set) counts.set(n, (counts.get(n) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => c > limit).map(([n]) => n));
}
