/**
 * office-holder: a title the person did not hold at the time the sentence refers to
 * ("Chancellor Merkel" in a 2004 article; "Prime Minister Kishida says" in 2019), a
 * "then"/"former" title they never held before, or a term stated wrongly ("served as prime
 * minister from 2005 to 2008").
 */
import { DATE_TOLERANCE_DAYS, MIN_CONFIDENCE, addDays, clauseTense, isPresentPerfectClause, dayNumber, defineRule, formatPartial, formatPartialRange, overlaps, recordRange, sourcesOf } from '../src/rule-api/index.js';
import type { KnowledgeBase, OfficeTermRecord, PlaceRecord, RuleContext, TitleClass } from '../src/rule-api/index.js';
import type { ClaimTime, PersonTitleClaim } from '../src/analysis/mentions.js';

interface Options {
  /** How sure an inferred document date must be before a current title is judged by it (0..1). */
  minConfidence: number;
  /** Check "who served as … from … to …" statements against the recorded terms. */
  checkStatedTerms: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'office-holder',
    description: 'A person given a title they did not hold at the time the sentence refers to.',
    category: 'facts',
    defaultSeverity: 'error',
    recommended: true,
    fixable: false,
    schema: {
      type: 'object',
      properties: {
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
        checkStatedTerms: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minConfidence: MIN_CONFIDENCE, checkStatedTerms: true },
    // `record`: the person's recorded terms in words ("<name> was <office> from … to …", or
    // "<name> has no recorded term as <office>"); `holderThen`: ' On <date> the <office> was
    // <holder>.' when another person held the office that day, else empty.
    messages: {
      notHolder: '{{name}} was not {{office}} on {{date}}: {{record}}.{{holderThen}}',
      notYet: '{{name}} was not yet {{office}} on {{date}}: {{record}}.{{holderThen}}',
      noLonger: '{{name}} was no longer {{office}} on {{date}}: {{record}}.{{holderThen}}',
      notThen: '{{name}} was not {{office}} in {{date}}, the time the sentence calls "then": {{record}}.',
      notYetBefore: '{{name}} was not yet {{office}} by {{date}}, so cannot be called "{{qualifier}}" {{title}} then: {{record}}.',
      misstatedTerm: "{{name}}'s term as {{office}} is misstated (the text says {{stated}}): {{record}}.",
      misstatedTerms: "{{name}}'s terms as {{office}} are misstated (the text says {{stated}}): {{record}}.",
    },
    docs: {
      description:
        'Checks titles of heads of state and government and foreign ministers against their recorded terms. A plain title ("Chancellor Merkel") must be true when the article was written, or at the date its clause gives; in a past-tense sentence, a title the person held earlier is accepted. "then" titles must have been held at the time told (or at some time before the article); "former" titles before it; "served as … from … to …" must match the terms to the month. Quiet when the article\'s date is unknown or unsure, or the person is not in the knowledge base.',
      examples: {
        invalid: [
          {
            text: 'Chancellor Merkel said Germany would not send troops.',
            date: '2004-06-15',
            errors: [{ messageId: 'notYet', data: { name: 'Angela Merkel', office: 'Chancellor of Germany', date: '15 June 2004' }, message: 'the Chancellor of Germany was Gerhard Schröder', line: 1, column: 1 }],
          },
          {
            text: 'President Obama says the deal is good for America.',
            date: '2018-10-03',
            errors: [{ messageId: 'noLonger', data: { name: 'Barack Obama', date: '3 October 2018' }, message: 'Donald Trump', line: 1, column: 1 }],
          },
          {
            text: 'Shinzo Abe, who served as prime minister of Japan from 2005 to 2008, visited Moscow.',
            date: '2019-01-22',
            errors: [{ messageId: 'misstatedTerm', data: { name: 'Shinzo Abe', stated: '2005 to 2008' }, line: 1, column: 1 }],
          },
        ],
        valid: [
          { text: 'Chancellor Schröder said Germany would not send troops.', date: '2004-06-15' },
          { text: 'Former president Obama said the deal was good.', date: '2018-10-03' },
          { text: 'Fumio Kishida (then foreign minister) met Sergei Lavrov.', date: '2019-01-22' },
        ],
      },
      url: 'README.md#office-holder',
    },
  },
  check(context) {
    for (const claim of context.document.get('claims')) {
      // Words inside quotation marks are the speaker's, said at a time the text may not give.
      if (claim.kind !== 'person-title' || claim.quoted) continue;
      const verdict = judge(context, claim);
      if (verdict) reportVerdict(context, claim, verdict);
    }
  },
});

type Context = RuleContext<Options>;

/**
 * News reports the days before it is written: a title held in the week before the article's
 * date may be the one the reported event had ("X, the president, died on Monday"; a farewell
 * said on the last day in office).
 */
const REPORTED_WEEK_DAYS = 7;

interface Verdict {
  /** The message, with its data besides the person's and the office's names and their record. */
  messageId: 'notHolder' | 'notYet' | 'noLonger' | 'notThen' | 'notYetBefore' | 'misstatedTerm' | 'misstatedTerms';
  data: Record<string, string>;
  reasoning: string[];
  terms: OfficeTermRecord[];
  holders: OfficeTermRecord[];
  /** The day the holders were looked up for. */
  at?: string;
}

function judge(context: Context, claim: PersonTitleClaim): Verdict | undefined {
  const { kb } = context;
  const cls = claim.office.titleClass;
  const ids = claim.person.recordId ? [claim.person.recordId] : claim.person.candidateIds ?? [];
  if (ids.length !== 1) return undefined; // unknown or ambiguous person: nothing to hold against the text
  const country = claim.office.countryId ? kb.place(claim.office.countryId) : undefined;
  const terms = kb.termsWithTitle(ids[0], cls, country);
  if (claim.qualifier === 'explicit') return context.options.checkStatedTerms ? judgeStatedTerms(claim, terms) : undefined;
  const reference = referenceDay(context, claim);
  if (!reference) return undefined;
  if (claim.qualifier === 'current') return judgeCurrent(context, claim, terms, reference, cls, country);
  if (claim.qualifier === 'then' || claim.qualifier === 'former') return judgeEarlier(claim, terms, reference);
  return undefined;
}

/** The article's date, if sure enough; a stated clause date counts with it. */
function referenceDay(context: Context, claim: PersonTitleClaim): { doc?: ClaimTime; stated?: ClaimTime } | undefined {
  const doc = documentTime(context, claim);
  if (claim.time?.basis === 'stated') return { stated: claim.time, doc };
  return doc ? { doc } : undefined;
}

/** When the article was written, inferred without this claim's own evidence: a wrong title cannot vouch for itself. */
function documentTime(context: Context, claim: PersonTitleClaim): ClaimTime | undefined {
  const window = context.document.get('time').window({ without: claim.span, minConfidence: context.options.minConfidence });
  return window && { start: window.earliest, end: window.latest, granularity: 'day', basis: 'reference', confidence: window.confidence };
}

function heldDuring(terms: OfficeTermRecord[], time: ClaimTime): boolean {
  return terms.some((t) => {
    const interval = recordRange(t.start, t.end);
    return interval !== undefined && overlaps(interval, time, DATE_TOLERANCE_DAYS);
  });
}

function heldBefore(terms: OfficeTermRecord[], time: ClaimTime): boolean {
  return terms.some((t) => dayNumber(t.start.length === 4 ? `${t.start}-01-01` : t.start) < dayNumber(time.end));
}

function judgeCurrent(context: Context, claim: PersonTitleClaim, terms: OfficeTermRecord[], reference: { doc?: ClaimTime; stated?: ClaimTime }, cls: TitleClass, country: PlaceRecord | undefined): Verdict | undefined {
  const { doc, stated } = reference;
  // The title may be the one held at the time told, or the one held when writing.
  if (stated && heldDuring(terms, stated)) return undefined;
  if (!doc) return undefined;
  if (heldDuring(terms, { ...doc, start: addDays(doc.start, -REPORTED_WEEK_DAYS) })) return undefined;
  const at = (stated ?? doc).start;
  // An inferred date may be a window: the title was wrong on every day of it.
  const window = stated === undefined && dayNumber(doc.end) - dayNumber(doc.start) > 31;
  const written = window ? `any day between ${formatPartial(doc.start)} and ${formatPartial(doc.end)}` : formatPartial(at);
  const when = stated ? `on the date the sentence gives (${formatPartial(dateOf(stated))})` : `when the article was written (${window ? written : formatPartial(dateOf(doc))})`;
  const officeCountry = country ?? countryOfTerms(context.kb, terms);
  // Who held it that very day; acting holders are not "the" holder a reader should be pointed to.
  const holders = officeCountry && !window ? context.kb.holders({ titleClass: cls, country: officeCountry }, at, { toleranceDays: 0, includeActing: false }) : [];
  if (terms.length === 0) {
    // Never held: only a wrong person when the text names the country and the office is covered.
    if (!country || holders.length === 0 || window) return undefined;
    return { messageId: 'notHolder', data: { date: formatPartial(at) }, reasoning: [`The knowledge base has no term of ${claim.person.name} as ${claim.office.title} of ${country.name}.`], terms, holders, at };
  }
  const onlyLater = terms.every((t) => dayNumber(t.start.length === 4 ? `${t.start}-01-01` : t.start) > dayNumber(doc.end) + DATE_TOLERANCE_DAYS);
  if (!onlyLater && !claim.reportedNow && !isPresentOrFuture(context, claim)) return undefined; // a past narrative may use the title held then
  return {
    messageId: onlyLater ? 'notYet' : 'noLonger',
    data: { date: written },
    reasoning: [`The sentence gives ${claim.person.name} the title ${claim.office.title} ${stated ? 'at the time it tells' : 'as a current title'}; the time that counts is ${when}.`],
    terms,
    holders,
    at,
  };
}

function judgeEarlier(claim: PersonTitleClaim, terms: OfficeTermRecord[], reference: { doc?: ClaimTime; stated?: ClaimTime }): Verdict | undefined {
  const time = reference.stated ?? reference.doc;
  if (!time || terms.length === 0) return undefined; // the office may predate the knowledge base's coverage
  if (claim.qualifier === 'then' && reference.stated) {
    if (heldDuring(terms, reference.stated)) return undefined;
    const at = reference.stated.start;
    return { messageId: 'notThen', data: { date: formatPartial(dateOf(reference.stated)) }, at, reasoning: [`"then" refers to the time the sentence gives, ${formatPartial(dateOf(reference.stated))}.`], terms, holders: [] };
  }
  if (heldBefore(terms, time)) return undefined;
  return {
    messageId: 'notYetBefore',
    data: { date: formatPartial(dateOf(time)), qualifier: claim.qualifier, title: claim.office.title },
    reasoning: [`"${claim.qualifier}" means the office was held before ${formatPartial(dateOf(time))}.`],
    terms,
    holders: [],
  };
}

/** "who served as prime minister from September 2006 to September 2007": each range must be a term. */
function judgeStatedTerms(claim: PersonTitleClaim, terms: OfficeTermRecord[]): Verdict | undefined {
  if (!claim.terms || terms.length === 0) return undefined;
  const wrong = claim.terms.filter((stated) => !terms.some((t) => sameTerm(stated, t)));
  if (wrong.length === 0) return undefined;
  return {
    messageId: wrong.length > 1 ? 'misstatedTerms' : 'misstatedTerm',
    data: { stated: wrong.map((w) => `${formatPartial(dateOf(w))} to ${formatPartial(endOf(w))}`).join(' and ') },
    reasoning: wrong.map((w) => `No recorded term runs ${formatPartial(dateOf(w))} to ${formatPartial(endOf(w))} (to the ${w.granularity}).`),
    terms,
    holders: [],
  };
}

/** Start and end agree at the stated precision, a day's slack for the end-of-term convention. */
function sameTerm(stated: ClaimTime, term: OfficeTermRecord): boolean {
  const recorded = recordRange(term.start, term.end, todayIso());
  if (!recorded) return false;
  const near = (a: string, from: string, to: string) => dayNumber(a) >= dayNumber(from) - DATE_TOLERANCE_DAYS && dayNumber(a) <= dayNumber(to) + DATE_TOLERANCE_DAYS;
  const startOk = near(recorded.start, stated.start, granularityEnd(stated.start, stated.granularity));
  const endOk = near(recorded.end, granularityStart(stated.end, stated.granularity), stated.end);
  return startOk && endOk;
}

function granularityEnd(start: string, granularity: ClaimTime['granularity']): string {
  if (granularity === 'day') return start;
  const year = Number(start.slice(0, 4));
  if (granularity === 'year') return `${year}-12-31`;
  const month = Number(start.slice(5, 7));
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function granularityStart(end: string, granularity: ClaimTime['granularity']): string {
  if (granularity === 'day') return end;
  return granularity === 'year' ? `${end.slice(0, 4)}-01-01` : `${end.slice(0, 7)}-01`;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function dateOf(time: ClaimTime): string {
  return time.granularity === 'year' ? time.start.slice(0, 4) : time.granularity === 'month' ? time.start.slice(0, 7) : time.start;
}

function endOf(time: ClaimTime): string {
  return time.granularity === 'year' ? time.end.slice(0, 4) : time.granularity === 'month' ? time.end.slice(0, 7) : time.end;
}

function countryOfTerms(kb: KnowledgeBase, terms: OfficeTermRecord[]): PlaceRecord | undefined {
  const countries = new Set(terms.map((t) => t.country));
  if (countries.size !== 1) return undefined;
  const [name] = countries;
  return kb.countryOf(name);
}

/** A title in a present- or future-tense clause must be true when the article is written. */
function isPresentOrFuture(context: Context, claim: PersonTitleClaim): boolean {
  const { doc } = context.document;
  const tense = clauseTense(doc, claim.sentence, claim.span, { allowNlp: true });
  // "President X has postponed …" reports the past as news of now: the title is held now.
  return tense === 'present' || tense === 'future' || isPresentPerfectClause(doc, claim.sentence, claim.span);
}

function reportVerdict(context: Context, claim: PersonTitleClaim, verdict: Verdict): void {
  const name = claim.person.recordId ? context.kb.personName(claim.person.recordId) : claim.person.name;
  const office = verdict.terms[0]?.office ?? verdict.holders[0]?.office ?? claim.office.title;
  const held = verdict.terms.length > 0 ? `${name} was ${office} ${verdict.terms.map(termWords).join(', and ')}` : `${name} has no recorded term as ${office}`;
  const holders = verdict.holders.filter((h) => h.personId !== claim.person.recordId);
  const holderText = holders.length > 0 && verdict.at ? ` On ${formatPartial(verdict.at)} the ${office} was ${holders.map((h) => h.person).join(' and ')}.` : '';
  context.report({
    messageId: verdict.messageId,
    data: { ...verdict.data, name, office, record: held, holderThen: holderText },
    span: claim.span,
    evidence: {
      claimed: quoted(context.document.doc.text, claim.span),
      actual: `${held}.${holderText}`,
      reasoning: [...verdict.reasoning, `${held}.`, ...(holderText ? [holderText.trim()] : [])],
    },
    suggestions: [{ message: holders.length > 0 && verdict.at
      ? `Check who is meant: on ${formatPartial(verdict.at)} the ${office} was ${holders.map((h) => h.person).join(' and ')}; for ${name}, use the title held at the time, or "former"`
      : `Use the title ${name} held at the time, or correct the dates` }],
    source: sourcesOf([...verdict.terms, ...holders]),
  });
}

function termWords(term: OfficeTermRecord): string {
  return term.end ? `from ${formatPartialRange(term.start, null)} to ${formatPartial(term.end)}` : `from ${formatPartial(term.start)}`;
}

/** The claim's words on one line (the source may wrap them). */
function quoted(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ');
}
