/**
 * What differs between two documents, for `factlint diff A B`: their claims (figures,
 * dates, places, titles, attributions), their links and their quotations. Claims are matched
 * by key, links by normalised URL, quotations by their normalised words.
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { comparablesOf } from './comparable.js';
import type { Comparable } from './comparable.js';
import { agree, sameStatement, sameSubject } from './conflicts.js';
import { quoteWords } from '../link/facts/quote-words.js';
import { pushToList } from '../base/multimap.js';

export interface ClaimDifference {
  topic: string;
  a: string;
  b: string;
  /** Both can be true ("more than 70 years" / "75 years"): worded differently, not contradictory. */
  compatible: boolean;
}

export interface DocumentDiff {
  claims: { differ: ClaimDifference[]; onlyInA: string[]; onlyInB: string[]; same: number };
  links: { onlyInA: string[]; onlyInB: string[]; same: number };
  quotes: { onlyInA: string[]; onlyInB: string[]; same: number };
}

export function diffDocuments(a: AnalyzedDocument, b: AnalyzedDocument, kb: KnowledgeBase): DocumentDiff {
  return { claims: diffClaims(a, b, kb), links: diffSets(linksOf(a), linksOf(b)), quotes: diffSets(quotesOf(a), quotesOf(b)) };
}

function diffClaims(a: AnalyzedDocument, b: AnalyzedDocument, kb: KnowledgeBase): DocumentDiff['claims'] {
  const left = comparablesOf(a, 0);
  const right = comparablesOf(b, 1);
  // Statements of fact are filed under some keys and look up others (see fact-claims.ts); records under their record.
  const probesOf = (c: Comparable) => (c.kind === 'fact' ? c.probes : c.keys);
  const rightByKey = new Map<string, Comparable[]>();
  const rightByProbe = new Map<string, Comparable[]>();
  for (const claim of right) {
    for (const key of claim.keys) pushToList(rightByKey, key, claim);
    for (const probe of probesOf(claim)) pushToList(rightByProbe, probe, claim);
  }
  const matchedRight = new Set<Comparable>();
  const differ: ClaimDifference[] = [];
  const onlyInA: string[] = [];
  let same = 0;
  for (const claim of left) {
    const found = [...probesOf(claim).flatMap((k) => rightByKey.get(k) ?? []), ...claim.keys.flatMap((k) => rightByProbe.get(k) ?? [])];
    const partners = new Set(found.filter((partner) => sameSubject(claim, partner)));
    if (partners.size === 0) {
      onlyInA.push(`${claim.topic}: ${claim.stated}`);
      continue;
    }
    for (const partner of partners) {
      matchedRight.add(partner);
      if (sameStatement(claim, partner)) same++;
      else differ.push({ topic: claim.topic, a: claim.stated, b: partner.stated, compatible: agree(claim, partner, kb) });
    }
  }
  const onlyInB = right.filter((c) => !matchedRight.has(c)).map((c) => `${c.topic}: ${c.stated}`);
  return { differ, onlyInA, onlyInB, same };
}

/** Link targets and URLs written in the text, normalised (scheme, `www.`, trailing slash). */
function linksOf(document: AnalyzedDocument): Map<string, string> {
  const urls = new Map<string, string>();
  const add = (url: string) => urls.set(normaliseUrl(url), url);
  for (const link of document.doc.links) add(link.url);
  for (const mention of document.get('urls')) if (mention.origin !== 'metadata') add(mention.url);
  return urls;
}

export function normaliseUrl(url: string): string {
  return url.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/[/.,;]+$/, '').toLowerCase();
}

/** Quotations by their words; the quotes analyzer when registered, else any double-quoted passage. */
function quotesOf(document: AnalyzedDocument): Map<string, string> {
  const quotes = new Map<string, string>();
  const text = document.doc.text;
  const mentions = document.get('quotes');
  const passages = mentions
    ? mentions.filter((q) => q.isSpeech).map((q) => text.slice(q.contentSpan.start, q.contentSpan.end))
    : [...text.matchAll(/[“"]([^”"\n]{10,})[”"]/g)].map((m) => m[1]);
  for (const passage of passages) {
    const words = quoteWords(passage);
    if (words.length >= 3) quotes.set(words.join(' '), passage.trim());
  }
  return quotes;
}

function diffSets(a: Map<string, string>, b: Map<string, string>): { onlyInA: string[]; onlyInB: string[]; same: number } {
  const onlyInA = [...a].filter(([k]) => !b.has(k)).map(([, v]) => v);
  const onlyInB = [...b].filter(([k]) => !a.has(k)).map(([, v]) => v);
  return { onlyInA, onlyInB, same: a.size - onlyInA.length };
}
