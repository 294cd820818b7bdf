/**
 * Vote tallies: "a vote of 52-35", "passed 237–189", "rejected by 52 to 38". Two whole
 * numbers joined by a hyphen, a dash or "to", in a sentence about a vote — elsewhere "3-1" is
 * a score and "2008-2009" a range of years.
 */
import type { QuantityFact } from '../../analysis/mentions.js';
import type { TokenStream } from '../word-tokens.js';
import { words } from '../../base/vocabulary.js';

const VOTE_WORDS = new Set(words('quantities', 'vote_words'));

/** Whether the sentence is about a vote at all (cheap gate before reading tallies). */
export function mentionsVote(s: TokenStream): boolean {
  return s.tokens.some((t) => VOTE_WORDS.has(t.lower));
}

/** A tally starting at token `i`: the fact, and the last token it covers. */
export function readTally(s: TokenStream, i: number): { fact: Omit<QuantityFact, 'anchors'>; last: number } | undefined {
  const t = s.tokens;
  const a = t[i];
  if (a?.kind !== 'number' || !/^\d{1,4}$/.test(a.text)) return undefined;
  let j = i + 1;
  const gap = s.text.slice(a.end, t[j]?.start ?? a.end);
  if (t[j]?.lower === 'to' && /^\s+$/.test(gap)) j++;
  else if (!/^\s?[-–—]\s?$/.test(gap)) return undefined;
  const b = t[j];
  if (b?.kind !== 'number' || !/^\d{1,4}$/.test(b.text) || /^[\p{L}\d%]/u.test(s.charAfter(j))) return undefined;
  if (/[\p{L}\d$€£¥.,-]/u.test(s.charBefore(i))) return undefined;
  const votes: [number, number] = [Number(a.text), Number(b.text)];
  if (votes.every((v) => v >= 1000 && v <= 2100)) return undefined; // 2008-2009
  const span = { start: a.start, end: b.end };
  return {
    last: j,
    fact: {
      kind: 'quantity', span, sentence: s.sentence.index, key: 'quantity:tally:vote', subject: 'vote',
      value: votes[0], bound: 'exact', text: s.textBetween(i, j), dimension: 'tally', tally: votes,
      range: { low: votes[0], high: votes[0] }, subjectText: 'vote',
    },
  };
}
