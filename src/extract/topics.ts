/**
 * What a document is about, cheaply: the names it uses inside sentences ("Mitsotakis",
 * "EastMed", "A380"), each once. Documents that share several of them tell one story; the
 * cross-document comparison compares claims only within a story.
 */
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { TopicProfile } from '../analysis/mentions.js';
import { isDemonym, isGenericNameWord } from './name-words.js';
import { isMonth, isWeekday } from './quantities/number-phrase.js';
import { lemma } from './quantities/subjects.js';

/** A capitalised word (or capitals with digits, "A380") that follows a word inside a sentence. */
const INNER_NAME = /(?<=[\p{L}\p{N},;)]\s+)(\p{Lu}{1,3}-?\d+\b|\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)/gu;

export function topicsOf(ctx: AnalysisContext): TopicProfile {
  const names = new Set<string>();
  for (const m of ctx.doc.text.matchAll(INNER_NAME)) {
    const word = m[1].replace(/['’]s$/, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/-/g, '');
    // "I'm", "I've": capitalised in interviews, names of no one.
    if (word.length < 2 || /^i['’]/.test(word) || isMonth(word) || isWeekday(word) || isGenericNameWord(word) || isDemonym(lemma(word))) continue;
    names.add(word);
  }
  // The knowledge base's people, places and organisations, wherever they stand ("Russia said", "Russian markets").
  for (const entity of ctx.get('entities')) {
    if (['person', 'place', 'organization', 'event-series'].includes(entity.kind) && !entity.partial) names.add(`kb:${entity.key ?? entity.recordIds[0]}`);
  }
  return { names: [...names].sort() };
}

export const topicsAnalyzer: Analyzer<'topics'> = {
  kind: 'topics',
  analyze: topicsOf,
};
