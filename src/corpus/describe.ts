/**
 * What two claims of a conflict say, in an editor's words: the words of a quotation that
 * differ, the date a report without a date stands for.
 */
import type { Comparable } from './comparable.js';
import { quoteReplacement } from './quote-diff.js';

/** One sentence saying how the two claims differ, when there is more to say than their wording. */
export function describeDifference(claim: Comparable, other: Comparable): string | undefined {
  if (claim.kind !== 'fact' || other.kind !== 'fact') return undefined;
  const [a, b] = [claim.fact.value, other.fact.value];
  if (a.kind === 'quote' && b.kind === 'quote') {
    const change = quoteReplacement(a.words, b.words);
    return change ? `Here the quotation has “${change.first.join(' ')}” where the other has “${change.second.join(' ')}”.` : undefined;
  }
  if (a.kind === 'date' && b.kind === 'date' && b.time.basis === 'document') {
    return `The other document reports it as news of the days up to its date, ${b.time.end}.`;
  }
  return undefined;
}
