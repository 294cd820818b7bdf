/**
 * Agreement claims: an agreement named by its title, an alias or a descriptive phrase
 * plus its parties ("a basic agreement on bilateral relations" between Russia and China),
 * and the date the clause gives for its signing ("Back in 1999, Russia first signed …").
 */
import type { AgreementRecord } from '../kb/types.js';
import type { EventDateClaim } from '../analysis/mentions.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { phraseKey } from '../base/names.js';
import type { ClaimContext, SentenceInput } from './events.js';
import { claimTimeOf } from './events.js';
import { statedDates } from '../extract/stated-dates.js';
import type { StatedDate } from '../extract/stated-dates.js';
import { clauseAround } from '../extract/clauses.js';

/** An agreement named in the prose (document offsets). */
export interface AgreementMention {
  start: number;
  end: number;
  recordIds: string[];
}

/** Verbs that date an agreement's signing (or adoption). */
const SIGNING = /\b(?:signed|sign|signing|concluded|conclude|inked|adopted|agreed|struck|reached)\b/i;
/** Verbs that date something else about it; a date next to them is not the signing date. */
const OTHER_ACT = /\b(?:ratif\w*|entered into force|came into (?:force|effect)|took effect|withdr[ea]w\w*|terminat\w*|suspend\w*|expired?|abrogat\w*|renew\w*|extend\w*|violat\w*|breach\w*|negotiat\w*|propos\w*|draft\w*|initial(?:l?ed)?|anniversary|review\w*)\b/i;
const NEGATION = /\b(?:not|never|n[’']t|refused|failed|declined)\b/i;

/** Agreement-date claims in one sentence, given the agreement mentions in it. */
export function agreementClaims(sentence: SentenceInput, mentions: AgreementMention[], context: ClaimContext): EventDateClaim[] {
  const claims: EventDateClaim[] = [];
  for (const mention of mentions) {
    const records = mention.recordIds.map((id) => context.kb.get(id)).filter((r): r is AgreementRecord => r?.kind === 'agreement');
    const local = { start: mention.start - sentence.offset, end: mention.end - sentence.offset };
    const mentionText = sentence.text.slice(local.start, local.end);
    const confirmed = records.filter((r) => namedBy(r, mentionText) || partiesNamed(r, sentence.text, context.kb));
    if (confirmed.length === 0) continue;
    const date = signingDate(sentence.text, local);
    if (!date) continue;
    const recordId = confirmed.length === 1 ? confirmed[0].id : undefined;
    const time = claimTimeOf(date, sentence.offset);
    claims.push({
      kind: 'event-date',
      span: { start: Math.min(mention.start, time.span?.start ?? mention.start), end: Math.max(mention.end, time.span?.end ?? mention.end) },
      sentence: sentence.index,
      key: `event-date:agreement:${recordId ?? phraseKey(mentionText)}`,
      subject: { kind: 'agreement', recordId, name: mentionText, span: { start: mention.start, end: mention.end } },
      time,
    });
  }
  return claims;
}

/** Is the text the agreement's name or alias (not merely a descriptive phrase)? */
function namedBy(record: AgreementRecord, text: string): boolean {
  const wanted = phraseKey(text);
  return [record.name, ...record.aliases].some((n) => phraseKey(n) === wanted);
}

/**
 * A descriptive phrase ("basic agreement on bilateral relations") names the agreement
 * only with its parties: every country party must be named in the sentence.
 */
function partiesNamed(record: AgreementRecord, sentence: string, kb: KnowledgeBase): boolean {
  if (record.partyIds.length < 2 || record.partyIds.length > 4) return false;
  const text = ` ${phraseKey(sentence)} `;
  return record.partyIds.every((id) => {
    const place = kb.place(id);
    if (!place) return false;
    return [place.name, ...place.aliases, ...place.demonyms].some((n) => text.includes(` ${phraseKey(n)} `));
  });
}

/**
 * The date the clause gives for the signing: "the 1999 X", "X, signed in 2001",
 * "signed X with China in 2001", or a fronted "In 1999, Russia signed X". None when the
 * clause has two dates, talks of another act (ratification, entry into force), or
 * negates the signing.
 */
export function signingDate(sentence: string, mention: { start: number; end: number }): StatedDate | undefined {
  // "their 2001 friendship treaty": a year right before the name dates the agreement itself.
  const modifier = /((?:19|20)\d\d)\s+$/.exec(sentence.slice(Math.max(0, mention.start - 6), mention.start));
  if (modifier) {
    const start = mention.start - modifier[0].length;
    return { start, end: start + 4, text: modifier[1], year: Number(modifier[1]), granularity: 'year' };
  }
  const clause = clauseAround(sentence, mention.start, mention.end);
  const clauseText = sentence.slice(clause.start, clause.end);
  const dates = statedDates(clauseText)
    .map((d) => ({ ...d, start: d.start + clause.start, end: d.end + clause.start }))
    .filter((d) => d.end <= mention.start || d.start >= mention.end);
  if (dates.length !== 1) return undefined;
  const [date] = dates;
  const between = date.end <= mention.start ? sentence.slice(date.end, mention.start) : sentence.slice(mention.end, date.start);
  if (OTHER_ACT.test(clauseText) || NEGATION.test(clauseText)) return undefined;
  if (!SIGNING.test(clauseText)) return undefined;
  return between.length <= 80 ? date : undefined;
}
