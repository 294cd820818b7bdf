/**
 * Entities: the knowledge base's names found in the document — people, offices, summits and
 * summit series, agreements, places — by one pass of the KB's alias automaton per sentence
 * (aliases never cross a sentence).
 *
 * A second, separate kind `people` adds person names the KB does not know, found by
 * compromise. NLP is slow compared with the automaton, so it runs only when asked for, and
 * only on sentences that hold a capitalised name-like sequence the KB did not already cover.
 */
import { nlp } from './nlp.js';
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { IndexedMatch } from '../kb/alias-index.js';
import type { Sentence } from '../load/document.js';
import type { EntityKind, EntityMention } from '../analysis/mentions.js';

const KIND_OF_MATCH: Record<IndexedMatch['kind'], EntityKind> = {
  event: 'event',
  'event-series': 'event-series',
  agreement: 'agreement',
  'office-term': 'office',
  office: 'office',
  person: 'person',
  place: 'place',
};

function toMention(match: IndexedMatch, sentence: Sentence): EntityMention {
  const mention: EntityMention = {
    span: { start: sentence.span.start + match.start, end: sentence.span.start + match.end },
    text: match.text,
    sentence: sentence.index,
    kind: KIND_OF_MATCH[match.kind],
    recordIds: match.recordIds,
    origin: 'kb',
  };
  if (match.key !== undefined) mention.key = match.key;
  if (match.partial) mention.partial = true;
  if (match.via) mention.via = match.via;
  return mention;
}

export function kbEntities(ctx: AnalysisContext): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const sentence of ctx.doc.sentences) {
    for (const match of ctx.kb.matchAliases(sentence.text)) mentions.push(toMention(match, sentence));
  }
  return mentions;
}

export const entitiesAnalyzer: Analyzer<'entities'> = {
  kind: 'entities',
  analyze: kbEntities,
};

// ------------------------------------------------------------ people (KB + NLP)

/** Two or more capitalised words in a row: a name the KB may not know. */
const NAME_LIKE = /\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/gu;

function uncoveredNames(sentence: Sentence, covered: EntityMention[]): boolean {
  for (const match of sentence.text.matchAll(NAME_LIKE)) {
    const start = sentence.span.start + (match.index ?? 0);
    const end = start + match[0].length;
    if (!covered.some((m) => m.span.start < end && start < m.span.end)) return true;
  }
  return false;
}

/** Person names compromise finds in one sentence, with their spans in the document. */
function nlpPeople(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  const json = nlp(sentence.text).people().json({ offset: true }) as Array<{ text: string; offset?: { start: number; length: number } }>;
  for (const person of json) {
    if (!person.offset) continue;
    const text = trimTrailing(person.text, /[\s,.;:'’]/u);
    const start = sentence.span.start + person.offset.start;
    found.push({ span: { start, end: start + text.length }, text, sentence: sentence.index, kind: 'person', recordIds: [], origin: 'nlp' });
  }
  return found;
}

/** `text` without the trailing characters that match `char` (one character at a time: linear). */
function trimTrailing(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1])) end--;
  return text.slice(0, end);
}

export function people(ctx: AnalysisContext): EntityMention[] {
  const kbMentions = ctx.get('entities');
  const out = kbMentions.filter((m) => m.kind === 'person');
  for (const sentence of ctx.doc.sentences) {
    const inSentence = kbMentions.filter((m) => m.sentence === sentence.index);
    if (!uncoveredNames(sentence, inSentence)) continue;
    for (const person of nlpPeople(sentence)) {
      const overlapsKb = inSentence.some((m) => m.span.start < person.span.end && person.span.start < m.span.end);
      if (!overlapsKb && person.text.length > 1) out.push(person);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export const peopleAnalyzer: Analyzer<'people'> = {
  kind: 'people',
  analyze: people,
};
