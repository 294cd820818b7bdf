/**
 * Quantities: numeric facts with what they count and how firmly they are stated —
 * "approximately 20,000 Russian residents", "met Putin 27 times", "¥20 billion",
 * "more than 75 years", "3.5 million people", "two dozen journalists".
 *
 * Precision first: a quantity is only extracted when its subject can be named (a plural
 * noun after the number, the verb of "N times", the noun a duration belongs to, the verb
 * and object of a sum of money). Dates, years, labels ("Article 9"), hyphenated modifiers
 * ("8-point"), times of day and small counts written as words ("the two leaders") are left
 * alone: they are references, not reported figures. Cheap token rules only — no NLP.
 *
 * The parts: `word-tokens.ts` (tokens), `quantities/number-phrase.ts` (the number, its bound
 * and range), `quantities/subjects.ts` (what it counts), `name-words.ts` (the names around
 * it); the words themselves are in `data/vocabulary/quantities.yml`.
 */
import type { Document } from '../load/document.js';
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { QuantityFact } from '../analysis/mentions.js';
import { TokenStream } from './word-tokens.js';
import { readNumber } from './quantities/number-phrase.js';
import type { NumberPhrase } from './quantities/number-phrase.js';
import { describe } from './quantities/subjects.js';
import { mentionsVote, readTally } from './quantities/tallies.js';
import { nameAnchors, nameNumbers } from './name-words.js';
import { NUMBER_WORDS, SCALES } from './quantities/vocabulary.js';
import { escapeRegExp } from '../base/vocabulary.js';

export type { QuantityFact };
export { rangeOf } from './quantities/number-phrase.js';
export { lemma } from './quantities/subjects.js';

export const quantitiesAnalyzer: Analyzer<'quantities'> = {
  kind: 'quantities',
  analyze: (context: AnalysisContext) => extractQuantities(context.doc),
};

/** Cheap pre-filter: most sentences have no digit and no number word at all. */
const MAY_HAVE_NUMBER = new RegExp(
  `[\\d$¥€£₽₹₩]|\\b(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(SCALES)].filter((w) => w.length > 2).map(escapeRegExp).join('|')}|decades?|centur(?:y|ies)|times)\\b`,
  'i',
);

export function extractQuantities(doc: Document): QuantityFact[] {
  const facts: QuantityFact[] = [];
  for (const sentence of doc.sentences) {
    if (!MAY_HAVE_NUMBER.test(sentence.text)) continue;
    const stream = new TokenStream(doc.text, sentence);
    let anchors: string[] | undefined;
    const votes = mentionsVote(stream);
    // "787 aircraft" where the document writes "Boeing 787": a model, not a count.
    const isModel = (p: NumberPhrase) => !p.currency && !p.percent && !p.spelled && nameNumbers(doc).has(stream.tokens[p.first].text);
    for (let i = 0; i < stream.length; i++) {
      const tally = votes ? readTally(stream, i) : undefined;
      if (tally) {
        anchors ??= nameAnchors(doc, sentence.index, stream.tokens);
        facts.push({ ...tally.fact, anchors });
        i = tally.last;
        continue;
      }
      const phrase = readNumber(stream, i);
      if (!phrase) continue;
      const fact = isModel(phrase) ? undefined : describe(stream, phrase);
      i = phrase.last;
      if (!fact) continue;
      anchors ??= nameAnchors(doc, sentence.index, stream.tokens);
      const subjectWords = new Set(fact.subject.split(/[ :]/));
      facts.push({ ...fact, anchors: anchors.filter((a) => !subjectWords.has(a)) });
    }
  }
  return facts;
}
