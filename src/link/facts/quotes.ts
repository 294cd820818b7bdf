/**
 * Quotations with their speaker, for comparing one speaker's words across documents. The
 * speaker is taken as quote attribution gives it; a description ("a spokesperson") is no one
 * in particular, and short phrases are words anyone may use.
 */
import type { FactClaim, QuoteMention } from '../../analysis/mentions.js';
import { QUOTE_SHINGLE_WORDS, quoteWords, speakerKey } from './quote-words.js';

export function quoteFacts(quotes: readonly QuoteMention[]): FactClaim[] {
  const facts: FactClaim[] = [];
  for (const quote of quotes) {
    if (!quote.isSpeech || quote.nested || !quote.speaker) continue;
    if (quote.speaker.kind === 'organization' || quote.speaker.kind === 'group') continue;
    const speaker = speakerKey(quote.speaker.name);
    const words = quoteWords(quote.text);
    if (!speaker || words.length < QUOTE_SHINGLE_WORDS) continue;
    facts.push({
      span: quote.span,
      sentence: quote.sentence,
      stated: quote.text.trim(),
      value: { kind: 'quote', speaker, words },
      about: { entities: [[speaker]], terms: [], head: 'say', text: quote.speaker.name },
    });
  }
  return facts;
}
