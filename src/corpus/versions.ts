/**
 * Versions of one article: near-duplicate detection with word shingles, MinHash signatures
 * and locality-sensitive hashing (LSH). Only the words count — hard line breaks, markup,
 * URLs and punctuation do not — so a re-wrapped copy with two extra links is still a copy.
 * Candidate pairs come from LSH buckets (linear in documents); each is then checked on the
 * exact shingle sets.
 */
import type { Document } from '../load/document.js';

export interface VersionOptions {
  /** Words per shingle. */
  shingleWords?: number;
  /** Two documents are versions when this share of the shorter one's shingles is in the other… */
  minContainment?: number;
  /** …and this share of all their shingles is common (Jaccard similarity). */
  minJaccard?: number;
  /** Documents with fewer shingles than this are too short to call versions. */
  minShingles?: number;
}

export interface VersionGroup {
  /** Indexes of the documents, in the order given. */
  members: number[];
  /** Jaccard similarity of each member with the group's first member (1 for the first). */
  similarity: number[];
}

const DEFAULTS: Required<VersionOptions> = { shingleWords: 5, minContainment: 0.7, minJaccard: 0.5, minShingles: 20 };
const BANDS = 16;
const ROWS = 4;
const HASHES = BANDS * ROWS;
/** Fixed, so results never change between runs. */
const SEED = 0x9e3779b9;
/** 64 bins: the top 6 bits of a 32-bit hash choose the bin, the other 26 are the value. */
const BIN_SHIFT = 32 - Math.log2(HASHES);
const VALUE_MASK = (1 << BIN_SHIFT) - 1;

/** The words of a document's prose, without URLs, lowercased and unaccented. */
export function contentWords(text: string): string[] {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Hashes of every run of `size` consecutive words (each word hashed once, runs combined). */
export function shingleSet(text: string, size = DEFAULTS.shingleWords): Set<number> {
  const words = contentWords(text).map(wordHash);
  const set = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + size; k++) h = fmix32(Math.imul(h, 0x01000193) ^ words[k]);
    set.add(h);
  }
  return set;
}

function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * One-permutation MinHash: one hash per shingle, its top bits choose one of `HASHES` bins,
 * and each bin keeps its smallest value — as good as `HASHES` hash functions for texts of
 * hundreds of shingles, at 1/64 of the cost.
 */
function minHash(shingles: Set<number>): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    const h = fmix32(shingle ^ SEED);
    const bin = h >>> BIN_SHIFT;
    const value = h & VALUE_MASK;
    if (value < signature[bin]) signature[bin] = value;
  }
  return signature;
}

const cache = new WeakMap<object, { documents: readonly object[]; groups: VersionGroup[] }>();

/**
 * Groups of documents that are versions of one article (groups of two or more). Memoised
 * for the same documents with default options, so the lint pipeline (`FileResult.versions`)
 * and `cross-doc-conflict` share one computation.
 */
export function findVersionGroups(documents: readonly Pick<Document, 'text'>[], options: VersionOptions = {}): VersionGroup[] {
  const useCache = Object.keys(options).length === 0 && documents.length > 0;
  const cached = useCache ? cache.get(documents[0]) : undefined;
  if (cached && cached.documents.length === documents.length && cached.documents.every((d, i) => d === documents[i])) return cached.groups;
  const groups = computeVersionGroups(documents, options);
  if (useCache) cache.set(documents[0], { documents: [...documents], groups });
  return groups;
}

/** For each document, the paths of its other versions (for `FileResult.versions`). */
export function versionsOf(documents: readonly Pick<Document, 'text' | 'path'>[]): string[][] {
  const versions: string[][] = documents.map(() => []);
  for (const group of findVersionGroups(documents)) {
    for (const m of group.members) versions[m] = group.members.filter((o) => o !== m).map((o) => documents[o].path);
  }
  return versions;
}

function computeVersionGroups(documents: readonly Pick<Document, 'text'>[], options: VersionOptions): VersionGroup[] {
  const settings = { ...DEFAULTS, ...options };
  const sets = documents.map((d) => shingleSet(d.text, settings.shingleWords));
  const parent = documents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));

  const bands = new Map<string, number[]>();
  sets.forEach((set, doc) => {
    if (set.size < settings.minShingles) return;
    const signature = minHash(set);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(signature.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const bucket = bands.get(key);
      if (bucket) bucket.push(doc);
      else bands.set(key, [doc]);
    }
  });

  for (const bucket of bands.values()) {
    // Each member is checked against the bucket's first member and its predecessor: a
    // bucket of k copies costs O(k), never O(k²).
    for (let k = 1; k < bucket.length; k++) {
      for (const other of new Set([bucket[0], bucket[k - 1]])) {
        const [a, b] = [other, bucket[k]];
        if (find(a) === find(b)) continue;
        if (isVersionPair(sets[a], sets[b], settings)) parent[find(b)] = find(a);
      }
    }
  }
  return collectGroups(documents.length, find, sets);
}

/** Whether two shingle sets are versions of one text: mostly contained and mostly shared. */
function isVersionPair(a: Set<number>, b: Set<number>, settings: Required<VersionOptions>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  const containment = common / small.size;
  const jaccard = common / (a.size + b.size - common);
  return containment >= settings.minContainment && jaccard >= settings.minJaccard;
}

function collectGroups(count: number, find: (i: number) => number, sets: Set<number>[]): VersionGroup[] {
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const members = byRoot.get(root);
    if (members) members.push(i);
    else byRoot.set(root, [i]);
  }
  const groups: VersionGroup[] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    const first = sets[members[0]];
    groups.push({ members, similarity: members.map((m, k) => (k === 0 ? 1 : jaccardOf(first, sets[m]))) });
  }
  return groups.sort((x, y) => x.members[0] - y.members[0]);
}

function jaccardOf(a: Set<number>, b: Set<number>): number {
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / (a.size + b.size - common);
}

/** The version group number of each document (-1 when it has no other version). */
export function versionGroupIndex(count: number, groups: readonly VersionGroup[]): number[] {
  const index = new Array<number>(count).fill(-1);
  groups.forEach((g, n) => { for (const m of g.members) index[m] = n; });
  return index;
}

/** MurmurHash3's finaliser: a fast, well-mixed 32-bit hash of a 32-bit value. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
