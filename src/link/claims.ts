/**
 * The `claims` analyzer: checkable statements of fact, each with its span, the records it
 * links to and a normalised `key` for comparing documents.
 *
 * - event–place and event–date: "last year's G20 summit in Singapore", "the 2018 G20";
 * - agreement–date: "Back in 1999, Russia first signed a basic agreement … with China";
 * - person–title: "Japanese Prime Minister Shinzo Abe", "former president Dmitry Medvedev".
 *
 * Sentences are scanned with cheap patterns; only sentences that mention a summit series,
 * an agreement or an office title are looked at further. Other layers may add claims of
 * their own kinds (quantities) through their own analyzers.
 */
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { Claim, QuotationMarks } from '../analysis/mentions.js';
import type { Document, Span } from '../load/document.js';
import { eventClaims } from './events.js';
import { mayNameSeries } from './summit-mentions.js';
import type { ClaimContext, SentenceInput, SummitAntecedent } from './events.js';
import { agreementClaims } from './agreements.js';
import { titleClaims } from './titles.js';
import { MAY_NAME_TITLE } from './title-words.js';
import { documentReference } from './reference-time.js';


export function extractClaims(ctx: AnalysisContext): Claim[] {
  const { doc } = ctx;
  // Each sentence's claims count from the date inferred without that sentence's own evidence.
  const contextFor = (span: { start: number; end: number }): ClaimContext => ({ kb: ctx.kb, reference: documentReference(ctx, span) });
  // Agreements come from the knowledge base's alias index, shared with every other user of `entities`.
  const agreements = bySentence(
    ctx.get('entities').filter((e) => e.kind === 'agreement').map((e) => ({ start: e.span.start, end: e.span.end, recordIds: e.recordIds })),
    (offset) => sentenceIndexAt(ctx, offset),
  );
  const claims: Claim[] = [];
  let antecedent: { summit: SummitAntecedent; paragraph: number } | undefined;
  const lead = leadParagraph(doc);
  // Each outer quotation, in the sentence where it closes, in that sentence's offsets: what follows it is its attribution.
  const quotations = ctx.get('quotations');
  const closing = bySentence(
    quotations.filter((q) => q.depth === 0).map((q) => ({ start: q.span.end - 1, span: q.span })),
    (offset) => sentenceIndexAt(ctx, offset),
  );
  for (const s of doc.sentences) {
    const quotes = (closing.get(s.index) ?? []).map((q) => ({ start: q.span.start - s.span.start, end: q.span.end - s.span.start }));
    const sentence: SentenceInput = { text: s.text, offset: s.span.start, index: s.index, lead: s.paragraph === lead, quotes };
    let sentenceContext: ClaimContext | undefined;
    const context = (): ClaimContext => (sentenceContext ??= contextFor(s.span));
    // "the summit" refers back only within a paragraph.
    const previous = antecedent?.paragraph === s.paragraph ? antecedent.summit : undefined;
    if (mayNameSeries(s.text) || (previous && /\bsummit\b/i.test(s.text))) {
      const found = eventClaims(sentence, context(), previous);
      claims.push(...found.claims);
      if (found.last) antecedent = { summit: found.last, paragraph: s.paragraph };
    }
    const mentions = agreements.get(s.index);
    if (mentions) claims.push(...agreementClaims(sentence, mentions, context()));
    if (MAY_NAME_TITLE.test(s.text)) claims.push(...titleClaims(sentence, context()));
  }
  markQuoted(claims, quotations);
  return claims.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The lead: the first paragraph of prose that ends a sentence, when more follow. A headline (a
 * heading, or the first line of a plain-text article, with no full stop) is not the lead.
 */
function leadParagraph(doc: Document): number | undefined {
  const prose = doc.paragraphs.filter((p) => p.kind === 'paragraph' && /[.!?]["”’')]*\s*$/.test(doc.text.slice(p.span.start, p.span.end)));
  // A lone paragraph (a snippet checked on its own) has no story after it to lead.
  return prose.length > 1 ? prose[0].index : undefined;
}

/** A title inside quotation marks is the speaker's, whatever the marks (“…”, ‘…’, "…", «…»). */
function markQuoted(claims: Claim[], quotations: QuotationMarks[]): void {
  const inside = insideQuotation(quotations.map((q) => q.contentSpan));
  for (const claim of claims) {
    if (claim.kind === 'person-title' && inside(claim.span.start)) claim.quoted = true;
  }
}

/**
 * A test for "is this offset inside one of the spans", in log time: spans sorted by start, with
 * the furthest end reached so far, so a nested quotation inside a longer one is handled.
 */
function insideQuotation(spans: Span[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  sorted.forEach((span, i) => furthestEnd.push(Math.max(span.end, i > 0 ? furthestEnd[i - 1] : -1)));
  return (offset) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && offset < furthestEnd[last];
  };
}

function sentenceIndexAt(ctx: AnalysisContext, offset: number): number | undefined {
  const sentences = ctx.doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = sentences[mid].span;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

function bySentence<T extends { start: number }>(mentions: T[], indexOf: (offset: number) => number | undefined): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const mention of mentions) {
    const index = indexOf(mention.start);
    if (index === undefined) continue;
    map.set(index, [...(map.get(index) ?? []), mention]);
  }
  return map;
}

export const claimsAnalyzer: Analyzer<'claims'> = {
  kind: 'claims',
  analyze: extractClaims,
};
