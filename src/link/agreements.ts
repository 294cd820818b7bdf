/**
 * Agreement claims: an agreement named by its title, an alias or a descriptive phrase
 * plus its parties ("a basic agreement on bilateral relations" between Russia and China),
 * and the date the clause gives for its signing ("Back in 1999, Russia first signed …",
 * "the 1994 X", "X of 1994") or, when the agreement is the subject of "entered into force"
 * and the like, for its entry into force. The act checked is the one the verb names.
 */
import type { AgreementRecord } from '../kb/types.js';
import type { DatedAct, EventDateClaim } from '../analysis/mentions.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { nameVariants } from '../kb/agreement-names.js';
import { phraseKey } from '../base/names.js';
import { alternation, words } from '../base/vocabulary.js';
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
/**
 * From the end of the agreement's name to its date, when the agreement is the subject of an
 * entry-into-force verb: " entered into force in ", ", which finally took effect on ".
 */
const SUBJECT_IN_FORCE = new RegExp(
  `^(?:\\s*,\\s*(?:which|that)\\s+|\\s+)(?:${alternation(words('agreements', 'in_force_adverbs'))}\\s+)?${alternation(words('agreements', 'in_force_verbs'))}(?:\\s+(?:in|on))?\\s+$`,
  'i',
);

/**
 * From the end of the agreement's name to a date of its signing, when the agreement is the
 * subject of the verb right after it: ", signed in ", " that was agreed in ", ", which had been
 * concluded on ". Binds the date whatever other verbs the clause has ("he helped negotiate
 * the deal that was signed in 2015").
 */
const SUBJECT_SIGNED = new RegExp(
  `^(?:\\s*,\\s*|\\s+)(?:(?:which|that)\\s+(?:was|were|had\\s+been|has\\s+been)\\s+)?(?:${alternation(words('agreements', 'in_force_adverbs'))}\\s+)?${alternation(words('agreements', 'signing_verbs'))}(?:\\s+(?:in|on))?\\s+$`,
  'i',
);
/** "the additional protocols to the …", "an amendment to the …": the agreement named next is the complement of another document. */
const ATTACHED_TO = new RegExp(`\\b(?:${alternation(words('agreements', 'attached_nouns'))})\\s+to\\s+(?:the\\s+)?$`, 'i');
/** "the agreement", "the deal": a noun that may stand for an agreement named before it. */
const ANAPHOR = new RegExp(`\\bthe\\s+(${alternation(words('agreements', 'document_nouns'))})\\b`, 'gi');

/** Agreement-date claims in one sentence, given the agreement mentions in it. */
export function agreementClaims(sentence: SentenceInput, mentions: AgreementMention[], context: ClaimContext): EventDateClaim[] {
  const claims: EventDateClaim[] = [];
  const named: Array<{ record: AgreementRecord; text: string; end: number }> = [];
  for (const mention of mentions) {
    const records = mention.recordIds.map((id) => context.kb.get(id)).filter((r): r is AgreementRecord => r?.kind === 'agreement');
    const local = { start: mention.start - sentence.offset, end: mention.end - sentence.offset };
    const mentionText = sentence.text.slice(local.start, local.end);
    const confirmed = records.filter((r) => namedBy(r, mentionText) || partiesNamed(r, sentence.text, context.kb));
    if (confirmed.length === 0) continue;
    if (confirmed.length === 1) named.push({ record: confirmed[0], text: mentionText, end: local.end });
    const recordId = confirmed.length === 1 ? confirmed[0].id : undefined;
    const subject = { kind: 'agreement' as const, recordId, name: mentionText, span: { start: mention.start, end: mention.end } };
    const signing = signingDateAndWay(sentence.text, local);
    // "Russia signed the Kyoto Protocol in 1999": a state's own signature of a treaty open to
    // states one by one, not the date the treaty was signed or adopted.
    const ownSignature = signing?.way === 'clause' && confirmed.length === 1 && openToStates(confirmed[0]) && stateSigns(sentence.text, local, context.kb);
    claims.push(...datedClaims(sentence, subject, local, [['signed', ownSignature ? undefined : signing?.date], ['in-force', entryIntoForceDate(sentence.text, local)]]));
  }
  // "… the AfCFTA, … the agreement, which entered into force in 2019": "the agreement" is the
  // one agreement the sentence named before it, when its noun is the head of that agreement's
  // name or an alias; only an entry into force is read this way (a thing that enters into force
  // is a document, and the sentence named one).
  const antecedents = new Set(named.map((n) => n.record.id));
  if (antecedents.size === 1) {
    const [{ record, text, end }] = named;
    for (const anaphor of sentence.text.slice(end).matchAll(ANAPHOR)) {
      if (!nounFits(record, anaphor[1])) continue;
      const local = { start: end + anaphor.index, end: end + anaphor.index + anaphor[0].length };
      const subject = { kind: 'agreement' as const, recordId: record.id, name: text, span: { start: sentence.offset + local.start, end: sentence.offset + local.end } };
      // Only its entry into force: "while the deal that was signed in 2012 …" may well be another deal.
      claims.push(...datedClaims(sentence, subject, local, [['in-force', entryIntoForceDate(sentence.text, local)]]));
    }
  }
  return claims;
}

function datedClaims(sentence: SentenceInput, subject: EventDateClaim['subject'], local: { start: number; end: number }, dated: Array<[DatedAct, StatedDate | undefined]>): EventDateClaim[] {
  const claims: EventDateClaim[] = [];
  const mention = { start: sentence.offset + local.start, end: sentence.offset + local.end };
  for (const [act, date] of dated) {
    if (!date) continue;
    const time = claimTimeOf(date, sentence.offset);
    claims.push({
      kind: 'event-date',
      span: { start: Math.min(mention.start, time.span?.start ?? mention.start), end: Math.max(mention.end, time.span?.end ?? mention.end) },
      sentence: sentence.index,
      // Each act its own key: a signing date and an entry into force never contradict each other.
      key: `event-date:agreement${act === 'in-force' ? '-in-force' : ''}:${subject.recordId ?? phraseKey(subject.name)}`,
      subject,
      time,
      act,
    });
  }
  return claims;
}

/**
 * Does "the <noun>" fit the agreement: the head noun of its name or of an alias ("Treaty of
 * Amsterdam", "AfCFTA Agreement"). A noun inside a longer name does not ("the convention" is not
 * the Kyoto Protocol to the … Framework Convention).
 */
function nounFits(record: AgreementRecord, noun: string): boolean {
  const wanted = noun.toLowerCase().replace(/s$/, '');
  const heads = [record.name, ...record.aliases].flatMap((n) => {
    const words = n.toLowerCase().split(/\s+/);
    return [words[0], words[words.length - 1]].map((w) => w.replace(/s$/, ''));
  });
  return heads.includes(wanted);
}

/**
 * Is the text the agreement's name or alias, or a variant of one ("Dayton peace accord"), not
 * merely a descriptive phrase? The alias index finds a variant only when it names this
 * agreement alone.
 */
function namedBy(record: AgreementRecord, text: string): boolean {
  const wanted = phraseKey(text);
  return [record.name, ...record.aliases].some((n) => phraseKey(n) === wanted || nameVariants(n).some((v) => phraseKey(v) === wanted));
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
 * The date of the agreement's entry into force, when the agreement is the subject of the verb
 * and the date follows it: "the convention entered into force in 1954", "the pact, which took
 * effect on 1 January 1994,". Nothing else dates that act (a verb with another subject, "under
 * the treaty, new rules took effect in 2020", is not the agreement's).
 */
export function entryIntoForceDate(sentence: string, mention: { start: number; end: number }): StatedDate | undefined {
  return dateAfterVerb(sentence, mention.end, SUBJECT_IN_FORCE);
}

/** The first stated date after `offset` when the words up to it are `verbPhrase` (sentence offsets). */
function dateAfterVerb(sentence: string, offset: number, verbPhrase: RegExp): StatedDate | undefined {
  const after = sentence.slice(offset, offset + 80);
  const first = statedDates(after)[0];
  if (!first || !verbPhrase.test(after.slice(0, first.start))) return undefined;
  return { ...first, start: first.start + offset, end: first.end + offset };
}

/** The stated date that starts right after `lead` at `offset` ("of 1979"), in sentence offsets. */
function dateRightAfter(sentence: string, offset: number, lead: RegExp): StatedDate | undefined {
  const after = sentence.slice(offset, offset + 40);
  const prefix = lead.exec(after);
  if (!prefix) return undefined;
  const date = statedDates(after.slice(prefix[0].length))[0];
  if (date?.start !== 0) return undefined;
  const start = offset + prefix[0].length;
  return { ...date, start, end: start + date.end };
}

/**
 * A treaty states join one by one (adopted by a conference, opened for signature, or
 * multilateral by its parties): each state signs it on its own day.
 */
function openToStates(record: AgreementRecord): boolean {
  return Boolean(record.adopted || record.openedForSignature) || record.parties.some((p) => /\bmultilateral\b/i.test(p));
}

/** Does a country, or states in general, sign in the clause of the agreement's mention ("Russia signed …")? */
function stateSigns(sentence: string, mention: { start: number; end: number }, kb: KnowledgeBase): boolean {
  const clause = clauseAround(sentence, mention.start, mention.end);
  const before = sentence.slice(clause.start, mention.start);
  if (/\b(?:countries|states|nations|governments)\b/i.test(before)) return true;
  return kb.matchAliases(before).some((m) => m.kind === 'place' && m.recordIds.some((id) => kb.place(id)?.type === 'country'));
}

/** How a signing date was read: a year before the name, "of <date>", a verb right after it, or the clause. */
type SigningWay = 'modifier' | 'of' | 'relative' | 'clause';

/**
 * The date the clause gives for the signing: "the 1999 X", "X, signed in 2001",
 * "signed X with China in 2001", or a fronted "In 1999, Russia signed X". None when the
 * clause has two dates, talks of another act (ratification, entry into force), or
 * negates the signing.
 */
export function signingDate(sentence: string, mention: { start: number; end: number }): StatedDate | undefined {
  return signingDateAndWay(sentence, mention)?.date;
}

function signingDateAndWay(sentence: string, mention: { start: number; end: number }): { date: StatedDate; way: SigningWay } | undefined {
  // "their 2001 friendship treaty": a year right before the name dates the agreement itself.
  const modifier = /((?:19|20)\d\d)\s+$/.exec(sentence.slice(Math.max(0, mention.start - 6), mention.start));
  if (modifier) {
    const start = mention.start - modifier[0].length;
    return { date: { start, end: start + 4, text: modifier[1], year: Number(modifier[1]), granularity: 'year' }, way: 'modifier' };
  }
  // "the protocols to the Geneva Conventions, adopted in 1977": the date may be the protocols'.
  if (ATTACHED_TO.test(sentence.slice(Math.max(0, mention.start - 40), mention.start))) return undefined;
  // "the Lancaster House Agreement of 1979": a date right after "of" dates the agreement too.
  const postModifier = dateRightAfter(sentence, mention.end, /^\s+of\s+/);
  if (postModifier) return { date: postModifier, way: 'of' };
  const relative = dateAfterVerb(sentence, mention.end, SUBJECT_SIGNED);
  if (relative) return { date: relative, way: 'relative' };
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
  return between.length <= 80 ? { date, way: 'clause' } : undefined;
}
