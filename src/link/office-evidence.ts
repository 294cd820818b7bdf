/**
 * Office holders as evidence for when a document was written (a provider for the time
 * layer's document-date solver):
 *
 * - "President Chirac said …", "Prime Minister Shinzo Abe says …" (a current title, no date
 *   in its clause): the article was written during one of the person's terms — news gives
 *   people the title they hold at the time of writing, and "former" or "then" otherwise;
 * - "the newly elected president", "incoming prime minister": near the start of a term;
 *   "outgoing": near its end;
 * - "former president X": after X first left the office.
 *
 * Each title is one piece of evidence, wherever it is repeated, so that a wrong title left
 * out by the office-holder check (leave-one-out) is left out everywhere it is said.
 * Titles are read here without the document date (the claims analyzer needs that date,
 * so asking it would go round in a circle).
 */
import type { AnalysisContext } from '../analysis/document.js';
import type { IsoDate, PersonTitleClaim } from '../analysis/mentions.js';
import type { OfficeTermRecord } from '../kb/types.js';
import { addDays, formatPartial, minIso, recordRange } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { mergeSame, onOrAfter } from '../time/constraints.js';
import type { DateConstraint } from '../time/constraints.js';
import { clauseTense } from '../extract/tense.js';
import { titleClaims } from './titles.js';
import { MAY_NAME_TITLE } from './title-words.js';
import { words, wordPattern } from '../base/vocabulary.js';

const DURING_TERM_WEIGHT = 0.35;
const NEAR_TERM_EDGE_WEIGHT = 0.4;
const FORMER_WEIGHT = 0.2;
/** "X said on Monday" may be written a few days after a term ended. */
const PAST_REPORT_SLACK_DAYS = 14;
/** "the newly elected president": within months of taking office. */
const NEW_IN_OFFICE_DAYS = 120;
const NEWLY = wordPattern(words('titles', 'new_in_office'));
const OUTGOING = wordPattern(words('titles', 'leaving_office'));

export function officeHolderConstraints(ctx: AnalysisContext, now: IsoDate): DateConstraint[] {
  const found: DateConstraint[] = [];
  for (const s of ctx.doc.sentences) {
    if (!MAY_NAME_TITLE.test(s.text)) continue;
    for (const claim of titleClaims({ text: s.text, offset: s.span.start, index: s.index }, { kb: ctx.kb })) {
      found.push(...constraintsFor(ctx, claim, now));
    }
  }
  return mergeSame(found);
}

function constraintsFor(ctx: AnalysisContext, claim: PersonTitleClaim, now: IsoDate): DateConstraint[] {
  const personId = claim.person.recordId;
  // A date in the title's clause ("In 1995, President Chirac …") dates the title, not the article.
  if (!personId || claim.time?.basis === 'stated') return [];
  const { kb } = ctx;
  const country = claim.office.countryId ? kb.place(claim.office.countryId) : undefined;
  const terms = kb.termsWithTitle(personId, claim.office.titleClass, country).filter((t) => !t.acting);
  if (terms.length === 0) return [];
  const who = { name: kb.personName(personId), office: terms[0].office, span: claim.span };
  const before = ctx.doc.text.slice(Math.max(0, claim.span.start - 30), claim.span.start);
  const ranges = terms.map((t) => recordRange(t.start, t.end, now));
  if (claim.qualifier === 'former') return former(who, terms);
  if (claim.qualifier !== 'current') return [];
  if (NEWLY.test(before)) return [nearEdge(who, ranges.map((r) => ({ start: addDays(r.start, -7), end: minIso(addDays(r.start, NEW_IN_OFFICE_DAYS), now) })), 'newly in office')];
  if (OUTGOING.test(before)) return [nearEdge(who, ranges.map((r) => ({ start: addDays(r.end, -NEW_IN_OFFICE_DAYS), end: minIso(addDays(r.end, 7), now) })), 'about to leave office')];
  const present = clauseTense(ctx.doc, claim.sentence, claim.span, { allowNlp: false }) === 'present';
  const slack = present ? 0 : PAST_REPORT_SLACK_DAYS;
  return [{
    kind: 'office-holder',
    weight: DURING_TERM_WEIGHT,
    span: claim.span,
    intervals: ranges.map((r) => ({ start: r.start, end: minIso(addDays(r.end, slack), now) })),
    describe: () => `${who.name} is called ${who.office} without "former" or "then", so the article was written while ${who.name} held the office (${terms.map(termWords).join('; ')}).`,
  }];
}

interface Who {
  name: string;
  office: string;
  span: PersonTitleClaim['span'];
}

function nearEdge(who: Who, intervals: DayRange[], words: string): DateConstraint {
  return {
    kind: 'office-holder-edge',
    weight: NEAR_TERM_EDGE_WEIGHT,
    span: who.span,
    intervals,
    describe: () => `${who.name} is ${words} as ${who.office}: written within months of ${intervals.map((r) => formatPartial(words === 'newly in office' ? addDays(r.start, 7) : r.end)).join(' or ')}.`,
  };
}

function former(who: Who, terms: OfficeTermRecord[]): DateConstraint[] {
  const firstEnd = terms.flatMap((t) => (t.end ? [recordRange(t.start, t.end).end] : [])).sort()[0];
  if (!firstEnd) return [];
  return [{
    kind: 'office-holder-former',
    weight: FORMER_WEIGHT,
    span: who.span,
    intervals: onOrAfter(firstEnd),
    describe: () => `${who.name} is called former ${who.office}; the first term ended on ${formatPartial(firstEnd)} (${terms.map(termWords).join('; ')}), so the article was written after that.`,
  }];
}

function termWords(term: OfficeTermRecord): string {
  return `${formatPartial(term.start)} to ${term.end ? formatPartial(term.end) : 'now'}`;
}
