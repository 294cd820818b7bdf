/**
 * What a document is about, cheaply: the names it uses inside sentences ("Mitsotakis",
 * "EastMed", "A380"), each once. Documents that share several of them tell one story; the
 * cross-document comparison compares claims only within a story.
 */
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { TopicProfile } from '../analysis/mentions.js';
import { isCapitalisedName, isDemonym, isGenericNameWord } from './name-words.js';
import { tokenize } from './word-tokens.js';
import { isMonth, isWeekday } from './quantities/number-phrase.js';
import { lemma } from './quantities/subjects.js';

/** A capitalised word (or capitals with digits, "A380") that follows a word inside a sentence. */
const INNER_NAME = /(?<=[\p{L}\p{N},;)]\s+)(\p{Lu}{1,3}-?\d+\b|\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)/gu;

/** The first word of a sentence, when capitalised. */
const FIRST_WORD = /^\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/u;

/** Each written name's key, or null when it names nothing in particular (memoised: names recur across documents). */
const keys = new Map<string, string | null>();

function keyOf(written: string): string | null {
  let key = keys.get(written);
  if (key === undefined) {
    const word = written.replace(/['’]s$/, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/-/g, '');
    // "I'm", "I've": capitalised in interviews, names of no one.
    const general = word.length < 2 || /^i['’]/.test(word) || isMonth(word) || isWeekday(word) || isGenericNameWord(word) || isDemonym(lemma(word));
    key = general ? null : word;
    if (keys.size < 100_000) keys.set(written, key);
  }
  return key;
}

export function topicsOf(ctx: AnalysisContext): TopicProfile {
  const names = new Set<string>();
  const add = (written: string) => {
    const key = keyOf(written);
    if (key) names.add(key);
  };
  for (const m of ctx.doc.text.matchAll(INNER_NAME)) add(m[1]);
  // A sentence's first word, when the document shows it is a name ("Brandauer and Sobczak met …").
  for (const sentence of ctx.doc.sentences) {
    const first = FIRST_WORD.exec(sentence.text)?.[0];
    if (first && isCapitalisedName(ctx.doc, tokenize(first, sentence.span.start), 0)) add(first);
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
