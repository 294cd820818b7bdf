/**
 * The alias index: every alias of every record in one Aho–Corasick automaton over
 * normalised word tokens, so matching a document against the whole knowledge base is one
 * linear pass over its words — not a loop over records.
 *
 * Matching is on normalised tokens (case, diacritics, apostrophes, hyphens: see
 * `normalize.ts`) and so never matches part of a word ("Abe" is not in "Aberdeen"). Each
 * alias also carries a casing requirement checked on the text as written:
 *  - 'exact' for acronyms ("US", "START"): the pronoun "us" is not the United States;
 *  - 'capitalised' for names of places and people: "turkey" and "cologne" are not places;
 *  - 'any' for the rest (agreement names, summit names, titles).
 * An alias never spans punctuation (see `Token.breakBefore`).
 * Overlapping matches resolve leftmost-longest: "Prime Minister of Japan" is one office, not
 * an office and a country.
 */
import type { AliasMatch } from './types.js';
import { isCaseSensitiveAlias, tokenize } from '../base/names.js';
import type { Token } from '../base/names.js';

export type AliasCasing = 'exact' | 'capitalised' | 'any';

/** What an alias stands for (one alias may stand for several records). */
export interface AliasTarget {
  kind: AliasMatch['kind'];
  recordIds: string[];
  key?: string;
  partial?: boolean;
  /** How the alias was derived: its record's name, an alias, a descriptive phrase, a demonym, a surname. */
  via?: 'name' | 'alias' | 'phrase' | 'demonym' | 'surname' | 'title';
}

/** An `AliasMatch` with how it was found. */
export interface IndexedMatch extends AliasMatch {
  via?: AliasTarget['via'];
}

interface Entry {
  target: AliasTarget;
  casing: AliasCasing;
  /** The alias's own tokens as written (for the casing check). */
  written: string[];
}

class TrieNode {
  readonly next = new Map<string, TrieNode>();
  fail: TrieNode | null = null;
  /** Nearest node on the fail chain that ends an alias (Aho–Corasick dictionary link). */
  outputLink: TrieNode | null = null;
  readonly entries: Entry[] = [];
  constructor(readonly depth: number) {}
}

interface RawMatch {
  startToken: number;
  endToken: number;
  entries: Entry[];
}

export class AliasIndex {
  private readonly root = new TrieNode(0);
  private built = false;
  private aliasCount = 0;

  /** Adds an alias. `casing` defaults to exact for acronyms and `fallback` otherwise. */
  add(alias: string, target: AliasTarget, fallback: AliasCasing = 'any'): void {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    const casing: AliasCasing = isCaseSensitiveAlias(alias) ? 'exact' : fallback;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token.norm);
      if (!child) {
        child = new TrieNode(node.depth + 1);
        node.next.set(token.norm, child);
      }
      node = child;
    }
    const written = tokens.map((t) => t.raw);
    const same = node.entries.find((e) => sameTarget(e, target, casing, written));
    if (same) {
      for (const id of target.recordIds) if (!same.target.recordIds.includes(id)) same.target.recordIds.push(id);
    } else {
      node.entries.push({ target: { ...target, recordIds: [...target.recordIds] }, casing, written });
      this.aliasCount++;
    }
    this.built = false;
  }

  get size(): number {
    return this.aliasCount;
  }

  /** Computes the failure and output links (breadth first). Called lazily by `match`. */
  build(): void {
    const queue: TrieNode[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i];
      for (const [word, child] of node.next) {
        let fail = node.fail;
        while (fail && !fail.next.has(word)) fail = fail.fail;
        child.fail = fail ? fail.next.get(word)! : this.root;
        child.outputLink = child.fail.entries.length ? child.fail : child.fail.outputLink;
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** Every alias in `text`, leftmost-longest, one match per span and kind. */
  match(text: string): IndexedMatch[] {
    if (!this.built) this.build();
    const tokens = tokenize(text);
    return this.select(this.scan(tokens), tokens, text);
  }

  /** One pass over the tokens, collecting every (casing-valid) alias ending at each token. */
  private scan(tokens: Token[]): RawMatch[] {
    const found: RawMatch[] = [];
    let state = this.root;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].norm;
      if (tokens[i].breakBefore) state = this.root;
      while (state !== this.root && !state.next.has(word)) state = state.fail!;
      state = state.next.get(word) ?? this.root;
      for (let node: TrieNode | null = state.entries.length ? state : state.outputLink; node; node = node.outputLink) {
        const startToken = i - node.depth + 1;
        const entries = node.entries.filter((e) => casingHolds(e, tokens, startToken));
        if (entries.length) found.push({ startToken, endToken: i, entries });
      }
    }
    return found;
  }

  private select(found: RawMatch[], tokens: Token[], text: string): IndexedMatch[] {
    found.sort((a, b) => a.startToken - b.startToken || b.endToken - a.endToken);
    const out: IndexedMatch[] = [];
    let lastEnd = -1;
    for (const raw of found) {
      if (raw.startToken <= lastEnd) continue;
      lastEnd = raw.endToken;
      const start = tokens[raw.startToken].start;
      const end = tokens[raw.endToken].end;
      for (const entry of raw.entries) addMatch(out, entry.target, start, end, text);
    }
    return out;
  }
}

function sameTarget(entry: Entry, target: AliasTarget, casing: AliasCasing, written: string[]): boolean {
  const t = entry.target;
  return t.kind === target.kind && t.key === target.key && !!t.partial === !!target.partial && t.via === target.via
    && entry.casing === casing && entry.written.join(' ') === written.join(' ');
}

function casingHolds(entry: Entry, tokens: Token[], startToken: number): boolean {
  if (entry.casing === 'any') return true;
  return entry.written.every((aliasWord, k) => {
    const textWord = tokens[startToken + k].raw;
    if (entry.casing === 'exact') return stripInner(textWord) === stripInner(aliasWord);
    return !isUpper(aliasWord[0]) || isUpper(textWord[0]);
  });
}

function stripInner(word: string): string {
  return word.replace(/[.'’]/g, '');
}

function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Merge targets of the same kind and key on the same span into one match. */
function addMatch(out: IndexedMatch[], target: AliasTarget, start: number, end: number, text: string): void {
  const same = out.find((m) => m.start === start && m.end === end && m.kind === target.kind && m.key === target.key && !!m.partial === !!target.partial);
  if (same) {
    for (const id of target.recordIds) if (!same.recordIds.includes(id)) same.recordIds.push(id);
    return;
  }
  const match: IndexedMatch = { start, end, text: text.slice(start, end), recordIds: [...target.recordIds], kind: target.kind };
  if (target.key !== undefined) match.key = target.key;
  if (target.partial) match.partial = true;
  if (target.via) match.via = target.via;
  out.push(match);
}
