/**
 * The tense and aspect of the verb a phrase hangs on, read from the nearest verb group
 * before it (or, when the clause opens with the phrase, the first one after it):
 * "has been mayor for …" is present perfect, "had held the post for …" past perfect,
 * "served for …" simple past, "dates back …", "is …" present. Duration checks need the
 * aspect, not just the tense: only a present perfect runs a period up to the time of
 * writing. Word lists: `data/vocabulary/tense.yml`.
 */
import { alternation, words } from '../base/vocabulary.js';

export type Aspect = 'present-perfect' | 'past-perfect' | 'present' | 'past' | 'none';

const PARTICIPLES = alternation(words('tense', 'perfect_participles'));
// "only" is left to \w+ly: a word both alternatives match would make a run of them exponential.
const ADVERBS = '(?:(?:not|also|now|already|long|just|still|since|never|ever|always|\\w+ly)\\s+)*';
/** A participle, with "been" and what follows it: "been fighting", "been closed". */
const PARTICIPLE_GROUP = `(?:been\\s+${ADVERBS}(?:\\w+ing|[a-z]+ed|${PARTICIPLES})|been|[a-z]{2,}ed|${PARTICIPLES})`;

const GROUPS: Array<[Aspect, string]> = [
  ['present-perfect', `(?:has|have|['’]ve|it['’]s)\\s+${ADVERBS}${PARTICIPLE_GROUP}`],
  ['past-perfect', `(?:had|['’]d)\\s+${ADVERBS}${PARTICIPLE_GROUP}`],
  ['present', `(?:is|are|am|${alternation(words('tense', 'present_forms'))}|marks|remains|dates|goes|stands|lives|reigns|rules|serves|holds|runs)`],
  ['past', `(?:${alternation(words('tense', 'past_forms'))}|[a-z]{3,}ed)`],
];
const VERB_GROUP = new RegExp(GROUPS.map(([, source]) => `(?<![\\p{L}'’])(${source})(?![\\p{L}])`).join('|'), 'giu');

/** The aspect of the verb group nearest before the phrase, or the first one after it. */
export function verbAspect(before: string, after: string): Aspect {
  const last = verbGroups(before, true).pop();
  if (last) return aspectOf(last);
  const first = verbGroups(after, false)[0];
  return first ? aspectOf(first) : 'none';
}

/** Verb groups in order; a capitalised word inside the text is a name ("United", "Reed"), not a verb. */
function verbGroups(text: string, startsSentence: boolean): RegExpMatchArray[] {
  return [...text.matchAll(VERB_GROUP)].filter((m) => !/^\p{Lu}/u.test(m[0]) || (startsSentence && text.slice(0, m.index).trim() === ''));
}

function aspectOf(m: RegExpMatchArray): Aspect {
  const group = m.slice(1).findIndex((g) => g !== undefined);
  return group < 0 ? 'none' : GROUPS[group][0];
}
