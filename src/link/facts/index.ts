/**
 * The `facts` analyzer: statements of fact read so that documents can be compared — the date
 * of an event with what happened then, a figure with what it counts and when, a person named
 * with a role, a quotation with its speaker. Only sentences that hold a date, a figure or a
 * capitalised name are read.
 */
import type { Analyzer, AnalysisContext } from '../../analysis/document.js';
import type { EntityMention, FactClaim, QuantityFact } from '../../analysis/mentions.js';
import type { Span } from '../../load/document.js';
import { nameNumbers } from '../../extract/name-words.js';
import { SentenceReading } from './reading.js';
import { dateFacts, leadFacts } from './dates.js';
import { numberFacts } from './numbers.js';
import { mayNameRole, roleFacts } from './roles.js';
import { quoteFacts } from './quotes.js';
import { placeFacts } from './places.js';

export function extractFacts(ctx: AnalysisContext): FactClaim[] {
  const { doc } = ctx;
  const time = ctx.get('time');
  const quotes = ctx.get('quotes');
  const resolvedOf = new Map(time.resolved.map((r) => [r.mention, r]));
  const dates = bySentence(ctx.get('dates').map((mention) => ({ mention, resolved: resolvedOf.get(mention) })), (d) => d.mention.sentence);
  const quantities = bySentence(ctx.get('quantities'), (q: QuantityFact) => q.sentence);
  const kb = bySentence(ctx.get('entities'), (e: EntityMention) => e.sentence);
  const speech = quotes.filter((q) => q.isSpeech).map((q) => q.contentSpan);
  const facts: FactClaim[] = quoteFacts(quotes);
  const lead = doc.sentences.find((s) => doc.paragraphs[s.paragraph]?.kind !== 'heading' && s.text.split(/\s+/).length >= 6);
  for (const sentence of doc.sentences) {
    const sentenceDates = dates.get(sentence.index) ?? [];
    const sentenceQuantities = quantities.get(sentence.index) ?? [];
    const roles = mayNameRole(sentence.text);
    const isLead = sentence === lead;
    if (sentenceDates.length === 0 && sentenceQuantities.length === 0 && !roles && !isLead) continue;
    const reading = new SentenceReading({
      doc, sentence: sentence.index,
      dateSpans: sentenceDates.map((d) => d.mention.span),
      quoteSpans: speech.filter((s) => overlaps(s, sentence.span)),
      kb: kb.get(sentence.index) ?? [],
      nameNumbers: nameNumbers(doc),
    });
    facts.push(...dateFacts(reading, sentenceDates, time));
    facts.push(...numberFacts(reading, sentenceQuantities, sentenceDates, time));
    facts.push(...placeFacts(reading, sentenceDates, time, ctx.kb));
    if (roles) facts.push(...roleFacts(reading));
    if (isLead) facts.push(...leadFacts(reading, sentenceDates, time));
  }
  return facts.sort((a, b) => a.span.start - b.span.start);
}

function bySentence<T>(items: readonly T[], sentenceOf: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const key = sentenceOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export const factsAnalyzer: Analyzer<'facts'> = {
  kind: 'facts',
  analyze: extractFacts,
};
