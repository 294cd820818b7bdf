/**
 * Office holders as evidence for when a document was written (a provider for the time
 * layer's document-date solver):
 *
 * - "Prime Minister Shinzo Abe says …" (a current title in the present tense): the article
 *   was written during one of his terms (2006–07 or 2012–20);
 * - "Prime Minister Fumio Kishida described …" (a current title in a past-tense report):
 *   the article was written after he first took office — nobody is called prime minister
 *   before they are one.
 *
 * Titles are read here without the document date (the claims analyzer needs that date,
 * so asking it would go round in a circle).
 */
import type { AnalysisContext } from '../analysis/document.js';
import type { DateConstraint } from '../time/constraints.js';
import type { IsoDate, PersonTitleClaim } from '../analysis/mentions.js';
import type { OfficeTermRecord } from '../kb/types.js';
import { recordRange } from '../base/calendar.js';
import { titleClaims } from './titles.js';
import { clauseTense } from '../extract/tense.js';
import { MAY_NAME_TITLE } from './title-words.js';
import { formatPartial } from '../base/calendar.js';

const PRESENT_TENSE_WEIGHT = 0.35;
const AFTER_FIRST_TERM_WEIGHT = 0.3;
const LATEST_DAY = '2199-12-31';

export function officeHolderConstraints(ctx: AnalysisContext, now: IsoDate): DateConstraint[] {
  const present = new Map<string, DateConstraint>();
  let since: DateConstraint | undefined;
  for (const s of ctx.doc.sentences) {
    if (!MAY_NAME_TITLE.test(s.text)) continue;
    for (const claim of titleClaims({ text: s.text, offset: s.span.start, index: s.index }, { kb: ctx.kb })) {
      const constraint = claim.qualifier === 'current' ? constraintFor(ctx, claim, now) : undefined;
      if (!constraint) continue;
      if (constraint.kind === 'office-holder') present.set(claim.person.recordId as string, present.get(claim.person.recordId as string) ?? constraint);
      // Lower bounds only say "not before": the latest of them says it all, and counting
      // each one would make a one-sided bound look like a date.
      else if (!since || constraint.intervals[0].start > since.intervals[0].start) since = constraint;
    }
  }
  return [...present.values(), ...(since ? [since] : [])];
}

function constraintFor(ctx: AnalysisContext, claim: PersonTitleClaim, now: IsoDate): DateConstraint | undefined {
  const cls = claim.office.titleClass;
  if (!claim.person.recordId) return undefined;
  const { kb } = ctx;
  const country = claim.office.countryId ? kb.place(claim.office.countryId) : undefined;
  const terms = kb.termsWithTitle(claim.person.recordId, cls, country).filter((t) => !t.acting);
  if (terms.length === 0) return undefined;
  const name = kb.personName(claim.person.recordId);
  const office = terms[0].office;
  if (clauseTense(ctx.doc, claim.sentence, claim.span, { allowNlp: false }) === 'present') {
    const intervals = terms.map((t) => recordRange(t.start, t.end)).map((i) => ({ start: i.start, end: i.end > now ? now : i.end }));
    return {
      kind: 'office-holder',
      weight: PRESENT_TENSE_WEIGHT,
      span: claim.span,
      intervals,
      describe: () => `${name} is called ${office} in the present tense, so the article was written while ${name} held the office (${terms.map(termWords).join('; ')}).`,
    };
  }
  const first = terms.map((t) => recordRange(t.start, t.end).start).sort()[0];
  if (!first) return undefined;
  return {
    kind: 'office-holder-since',
    bound: 'lower',
    weight: AFTER_FIRST_TERM_WEIGHT,
    span: claim.span,
    intervals: [{ start: first, end: LATEST_DAY }],
    describe: () => `${name} is called ${office}, an office first taken on ${formatPartial(first)}, so the article was written after that.`,
  };
}

function termWords(term: OfficeTermRecord): string {
  return `${formatPartial(term.start)} to ${term.end ? formatPartial(term.end) : 'now'}`;
}

