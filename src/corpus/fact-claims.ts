/**
 * Statements of fact (`facts` mentions) made comparable: the keys they are filed under and the
 * keys they look up. A claim is filed under what it is about and the action its value belongs
 * to (Navalny × airlifted), and looks up what it is about × every word of its clause — so
 * "in his Tuesday talk at the Atlantic Council, Mitsotakis reaffirmed …" finds "On Monday,
 * Mitsotakis, speaking to the Atlantic Council, called …". A claim that names nothing is filed
 * under two words of its clause, so it meets only claims that share both.
 */
import type { FactClaim } from '../analysis/mentions.js';
import { QUOTE_SHINGLE_WORDS, hashText } from '../link/facts/quote-words.js';

export interface FactComparable {
  kind: 'fact';
  /** Index of the document in the run. */
  doc: number;
  fact: FactClaim;
  span: FactClaim['span'];
  /** Keys it is filed under. */
  keys: string[];
  /** Keys it looks up (its own keys among them). */
  probes: string[];
  /** Equal for claims that say the same thing in the same words (copies of one article). */
  signature: string;
  /** What the claim is about, in words. */
  topic: string;
  /** What this document states, in words. */
  stated: string;
}

export function factComparable(fact: FactClaim, doc: number): FactComparable | undefined {
  const { keys, probes } = keysOf(fact);
  if (keys.length === 0) return undefined;
  return {
    kind: 'fact', doc, fact, span: fact.span, keys, probes,
    signature: signatureOf(fact),
    topic: topicOf(fact),
    stated: statedOf(fact),
  };
}

/** The value's kind and what keeps two values of that kind apart (currency, counted noun, role). */
export function factFamily(fact: FactClaim): string {
  const v = fact.value;
  switch (v.kind) {
    case 'date': return 'd';
    case 'number': return `n|${v.dimension}|${v.noun}`;
    case 'tally': return 't';
    case 'name': return `r|${v.role}|${v.surname}`;
    case 'quote': return `q|${v.speaker}`;
    case 'place': return 'p';
  }
}

function keysOf(fact: FactClaim): { keys: string[]; probes: string[] } {
  const family = factFamily(fact);
  const v = fact.value;
  if (v.kind === 'name') return { keys: [family], probes: [family] };
  if (v.kind === 'quote') {
    const shingles = quoteShingles(v.words).map((h) => `${family}|${h}`);
    return { keys: shingles, probes: shingles };
  }
  const { entities, terms, head } = fact.about;
  const entityKeys = [...new Set(entities.flat())];
  const keys = new Set<string>();
  const probes = new Set<string>();
  // What the value belongs to: an action for dates and places; numbers and tallies are known by their kind.
  const byAction = v.kind === 'date' || v.kind === 'place';
  const actions = byAction ? (head ? [head] : []) : [''];
  const looked = byAction ? terms : [''];
  for (const e of entityKeys) {
    for (const a of actions) keys.add(`${family}|${e}|${a}`);
    for (const t of looked) probes.add(`${family}|${e}|${t}`);
  }
  // Filed also under pairs of words, so that a claim naming nothing ("the vaccination drive
  // started November 20") meets it; such a claim looks up every pair of its words.
  if (head) {
    for (const t of terms) if (t !== head) keys.add(`${family}|~|${pair(head, t)}`);
    if (entityKeys.length === 0) {
      for (let i = 0; i < terms.length; i++) for (let j = i + 1; j < terms.length; j++) probes.add(`${family}|~|${pair(terms[i], terms[j])}`);
    }
  }
  return { keys: [...keys], probes: [...probes] };
}

function pair(a: string, b: string): string {
  return a < b ? `${a}+${b}` : `${b}+${a}`;
}

/** Hashes of every run of six words of a quotation. */
function quoteShingles(words: readonly string[]): string[] {
  const shingles = new Set<string>();
  for (let i = 0; i + QUOTE_SHINGLE_WORDS <= words.length; i++) shingles.add(hashText(words.slice(i, i + QUOTE_SHINGLE_WORDS).join(' ')));
  return [...shingles];
}

/** The same value in the same words (whenever it was written): claims that can never disagree. */
function signatureOf(fact: FactClaim): string {
  return `${factFamily(fact)}\u0000${valueKey(fact)}\u0000${fact.about.text}\u0000${fact.planned ? 1 : 0}`;
}

function valueKey(fact: FactClaim): string {
  const v = fact.value;
  switch (v.kind) {
    case 'date': return `${v.time.start}..${v.time.end}|${v.time.reliable}|${v.time.basis}|${v.time.relative ?? ''}|${JSON.stringify(v.time.stated)}`;
    case 'number': return `${v.range.low}..${v.range.high}`;
    case 'tally': return v.votes.join('-');
    case 'name': return v.forenames.join(' ');
    case 'quote': return v.words.join(' ');
    case 'place': return v.place;
  }
}

function topicOf(fact: FactClaim): string {
  const v = fact.value;
  const about = shorten(fact.about.text, 90);
  switch (v.kind) {
    case 'date': return `the date of “${about}”`;
    case 'number': return `the figure in “${about}”`;
    case 'tally': return `the vote in “${about}”`;
    case 'name': return `the name of the ${v.role.replace(/-/g, ' ')} ${capitalise(v.surname)}`;
    case 'quote': return `the words ${fact.about.text} is quoted as saying`;
    case 'place': return `the place of “${about}”`;
  }
}

function statedOf(fact: FactClaim): string {
  const v = fact.value;
  if (v.kind === 'quote') return shorten(fact.stated, 80);
  if (v.kind === 'date' && v.time.basis === 'document' && v.time.end) return `${fact.stated} (reported on ${v.time.end})`;
  return fact.stated;
}

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

