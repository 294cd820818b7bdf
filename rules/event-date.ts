/**
 * event-date: an agreement or a summit given a date it does not have ("Back in 1999,
 * Russia first signed a basic agreement on bilateral relations with China": the treaty
 * was signed on 16 July 2001).
 */
import { MIN_CONFIDENCE, defineRule, formatPartial, formatPartialRange, formatRange, overlaps, partialDateRange, recordRange, sourcesOf } from '../src/rule-api/index.js';
import type { AgreementRecord, EventRecord, KnowledgeBase, RuleContext } from '../src/rule-api/index.js';
import type { ClaimTime, EventDateClaim } from '../src/analysis/mentions.js';

interface Options {
  /** Days of slack when comparing a stated day with a record's day (sources differ by a day). */
  toleranceDays: number;
  /** Also check summits identified by series and place (not only agreements). */
  checkEvents: boolean;
  /** How sure the inferred document date must be for relative words ("last month's") to count (0..1). */
  minConfidence: number;
}

export default defineRule<Options>({
  meta: {
    id: 'event-date',
    description: 'An agreement or a summit given a date or year it does not have.',
    category: 'facts',
    defaultSeverity: 'error',
    recommended: true,
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        toleranceDays: { type: 'integer', minimum: 0, maximum: 31 },
        checkEvents: { type: 'boolean' },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { toleranceDays: 1, checkEvents: true, minConfidence: MIN_CONFIDENCE },
    messages: {
      // `asWritten`: ' ("<the words of the text>")' when the text names the agreement otherwise,
      // else empty; `otherDocuments`: ' <agreement> of <date> is a different document.' for
      // agreements between the same parties signed at the stated time, else empty.
      wrongSigningDate: '{{agreement}}{{asWritten}} was {{recorded}}, not {{claimed}}.{{otherDocuments}}',
      // The text dates the agreement's entry into force ("entered into force in 1951").
      wrongEntryIntoForce: '{{agreement}}{{asWritten}} entered into force {{recorded}}, not {{claimed}}.',
      // `where`: ' in <city>' when the summit's name does not say it, else empty.
      // `verb`: "took place", or "takes place" when the summit is after the article's date.
      wrongSummitDate: '{{summit}}{{where}} {{verb}} on {{recorded}}, not {{claimed}}.',
    },
    docs: {
      description:
        'Flags a date given for the signing of an agreement (named by its title, an alias, or a descriptive phrase together with its parties) or for a summit (named by series and place) that disagrees with the knowledge base. A signing may be dated by its adoption or its opening for signature too (Kyoto: adopted 1997, opened 1998). When the agreement is the subject of "entered into force", "took effect" and the like, the date is checked against its entry into force instead. Quiet when the clause has more than one date, the date belongs to another act (ratification, withdrawal), the name may stand for another document that fits the date ("the Lancaster House Agreement of 2010": the 2010 Lancaster House Treaties), a state signs a treaty open to states one by one ("Russia signed the Kyoto Protocol in 1999"), or the knowledge base records no date for that act.',
      examples: {
        invalid: [
          {
            text: 'Back in 1999, Russia first signed a basic agreement on bilateral relations with China.',
            errors: [{ messageId: 'wrongSigningDate', data: { recorded: 'signed on 16 July 2001', claimed: 'in 1999' }, line: 1, column: 9 }],
          },
          {
            text: 'The Maastricht Treaty was signed in 1993.',
            errors: [{ messageId: 'wrongSigningDate', data: { recorded: 'signed on 7 February 1992', claimed: 'in 1993' }, line: 1, column: 5, suggestions: [{ replacement: '1992' }] }],
          },
          {
            text: 'The Refugee Convention entered into force in 1951.',
            errors: [{ messageId: 'wrongEntryIntoForce', data: { recorded: 'on 22 April 1954', claimed: 'in 1951' }, line: 1, column: 5, suggestions: [{ replacement: '1954' }] }],
          },
          {
            text: "Brown hosted last month's G20 summit in London.",
            date: '2009-04-20',
            errors: [{ messageId: 'wrongSummitDate', data: { recorded: '2 April 2009', claimed: 'last month (March 2009)' }, line: 1, column: 14 }],
          },
          {
            text: 'Leaders met at the G20 summit in Osaka in March 2019.',
            errors: [{ messageId: 'wrongSummitDate', data: { recorded: '28–29 June 2019', claimed: 'in March 2019' }, line: 1, column: 20 }],
          },
        ],
        valid: [
          { text: 'In 2001, Russia and China signed a treaty of good-neighbourliness.' },
          { text: 'The Maastricht Treaty, signed in 1992, entered into force in 1993.' },
          { text: 'The Kyoto Protocol was signed in 1997.' },
          { text: 'Under the Paris Agreement, new reporting rules took effect in 2020.' },
        ],
      },
      url: 'README.md#event-date',
    },
  },
  check(context) {
    for (const claim of context.document.get('claims')) {
      if (claim.kind !== 'event-date') continue;
      if (claim.subject.kind === 'agreement') {
        if (claim.time.basis === 'stated') checkAgreement(context, context.kb, claim);
      }
      else if (context.options.checkEvents) checkEvent(context, context.kb, claim);
    }
  },
});

type Context = RuleContext<Options>;

// ---------------------------------------------------------------- agreements

function checkAgreement(context: Context, kb: KnowledgeBase, claim: EventDateClaim): void {
  const record = claim.subject.recordId ? kb.get(claim.subject.recordId) : undefined;
  if (record?.kind !== 'agreement') return;
  if (claim.act === 'in-force') {
    checkEntryIntoForce(context, record, claim);
    return;
  }
  const dates = signingDates(record);
  if (dates.length === 0) return;
  if (dates.some((d) => agrees(claim.time, d.date, context.options.toleranceDays))) return;
  // "the Lancaster House Agreement of 2010": another document called by the same words fits
  // the date (the 2010 Lancaster House Treaties), so the text may well mean that one.
  const namesakes = kb.agreementsCalledLike(claim.subject.name).filter((a) => a.id !== record.id);
  if (namesakes.some((a) => signingDates(a).some((d) => agrees(claim.time, d.date, context.options.toleranceDays)))) return;
  const recorded = dates.map((d) => `${d.label} ${formatPartial(d.date)}`).join(', ');
  const sameYear = kb.agreements.filter((a) => a.id !== record.id && a.signed && sharesParties(a, record) && agrees(claim.time, a.signed, context.options.toleranceDays));
  const claimedText = textOf(context, claim.time);
  context.report({
    messageId: 'wrongSigningDate',
    data: {
      agreement: theName(record.name),
      asWritten: sameWords(claim.subject.name, record.name) ? '' : ` ("${claim.subject.name}")`,
      recorded,
      claimed: dateWords(claim.time),
      otherDocuments: sameYear.length > 0 ? ` ${sameYear.map((a) => `${theName(a.name)} of ${formatPartial(a.signed as string)}`).join('; ')} is a different document.` : '',
    },
    span: claim.span,
    evidence: {
      claimed: `${quoted(context.document.doc.text, claim.span)} → signed ${claimedText}`,
      actual: `${record.name}: ${recorded}`,
      reasoning: [
        `"${claim.subject.name}" refers to ${record.name}${claim.subject.name.toLowerCase() === record.name.toLowerCase() ? '' : ` (matched by its name, an alias, or a description together with its parties: ${record.parties.join(', ')})`}.`,
        `The text dates its signing to ${claimedText}; the knowledge base records it as ${recorded}.`,
        ...sameYear.map((a) => `${a.name} between the same parties dates from ${formatPartial(a.signed as string)}, but it is not the document described.`),
      ],
    },
    suggestions: claim.time.span ? [{ message: `Replace "${claimedText}" with "${replacementFor(claim.time, dates[0].date)}"`, replacement: replacementFor(claim.time, dates[0].date), span: claim.time.span }] : undefined,
    source: sourcesOf([record]),
  });
}

/** "X entered into force in 1951": against the recorded entry into force; quiet when none is recorded. */
function checkEntryIntoForce(context: Context, record: AgreementRecord, claim: EventDateClaim): void {
  const inForce = record.inForce;
  if (!inForce || agrees(claim.time, inForce, context.options.toleranceDays)) return;
  const claimedText = textOf(context, claim.time);
  const recorded = `${inForce.length < 10 ? 'in' : 'on'} ${formatPartial(inForce)}`;
  context.report({
    messageId: 'wrongEntryIntoForce',
    data: {
      agreement: theName(record.name),
      asWritten: sameWords(claim.subject.name, record.name) ? '' : ` ("${claim.subject.name}")`,
      recorded,
      claimed: dateWords(claim.time),
    },
    span: claim.span,
    evidence: {
      claimed: `${quoted(context.document.doc.text, claim.span)} → in force ${claimedText}`,
      actual: `${record.name}: entered into force ${recorded}${record.signed ? ` (signed on ${formatPartial(record.signed)})` : ''}`,
      reasoning: [
        `"${claim.subject.name}" refers to ${record.name}.`,
        `The text makes it the subject of a verb of entry into force and dates that to ${claimedText}; the knowledge base records its entry into force ${recorded}.`,
      ],
    },
    suggestions: claim.time.span ? [{ message: `Replace "${claimedText}" with "${replacementFor(claim.time, inForce)}"`, replacement: replacementFor(claim.time, inForce), span: claim.time.span }] : undefined,
    source: sourcesOf([record]),
  });
}

/** Dates a press text may fairly call "signed": signed, adopted, opened for signature. */
function signingDates(record: AgreementRecord): Array<{ label: string; date: string }> {
  const dates: Array<{ label: string; date: string }> = [];
  if (record.signed) dates.push({ label: 'signed on', date: record.signed });
  if (record.adopted) dates.push({ label: 'adopted on', date: record.adopted });
  if (record.openedForSignature) dates.push({ label: 'opened for signature on', date: record.openedForSignature });
  return dates.map((d) => (d.date.length < 10 ? { ...d, label: d.label.replace(/ on$/, ' in') } : d));
}

function sharesParties(a: AgreementRecord, b: AgreementRecord): boolean {
  return b.partyIds.length > 0 && b.partyIds.every((p) => a.partyIds.includes(p));
}

// ---------------------------------------------------------------- summits

function checkEvent(context: Context, kb: KnowledgeBase, claim: EventDateClaim): void {
  const record = claim.subject.recordId ? kb.get(claim.subject.recordId) : undefined;
  // Only a summit the text pins down by series and place (or a month of a year with one
  // meeting); a year alone is the event-location rule's business, and so is a time that
  // fits another meeting of the series (then the place is the likelier slip).
  if (record?.kind !== 'event' || claim.time.granularity === 'year' || !record.start) return;
  if (claim.meeting && claim.meeting.candidateIds.length > 0) return;
  // "No meeting then" needs the series' records to be complete for that time.
  if (claim.meeting?.incomplete) return;
  if (claim.time.basis === 'relative' && (claim.time.confidence ?? 1) < context.options.minConfidence) return;
  const interval = recordRange(record.start, record.end);
  if (!interval || Math.abs(Number(claim.time.start.slice(0, 4)) - record.year) > 1) return;
  const tolerance = context.options.toleranceDays + (record.verification === 'conflicting_sources' || record.note ? 1 : 0);
  if (overlaps(claim.time, interval, tolerance)) return;
  reportEvent(context, claim, record);
}

function reportEvent(context: Context, claim: EventDateClaim, record: EventRecord): void {
  const recorded = formatPartialRange(record.start, record.end);
  const claimedText = textOf(context, claim.time);
  context.report({
    messageId: 'wrongSummitDate',
    data: {
      summit: theName(record.name),
      where: record.city && !record.name.includes(record.city) ? ` in ${record.city}` : '',
      verb: isAhead(context, record) ? 'takes place' : 'took place',
      recorded,
      claimed: claim.time.basis === 'relative' ? relativeWords(claimedText, formatRange(claim.time)) : dateWords(claim.time),
    },
    span: claim.span,
    evidence: {
      claimed: `${quoted(context.document.doc.text, claim.span)} → ${claimedText}`,
      actual: `${record.name}: ${recorded}, ${record.city ?? ''}${record.country ? `, ${record.country}` : ''}`,
      reasoning: [
        `"${claim.subject.name}" with its place is the ${record.name}.`,
        ...(claim.time.basis === 'relative' ? [`"${claimedText}", counted from the article's date, means ${formatRange(claim.time)}.`] : []),
        `No meeting of the series took place then; the knowledge base dates the ${record.name} ${recorded}; the text says ${claimedText}.`,
      ],
    },
    source: sourcesOf([record]),
  });
}

// ---------------------------------------------------------------- shared

function theName(name: string): string {
  return /^(?:the|an?)\b/i.test(name) ? name : `The ${name}`;
}

function sameWords(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\W+/g, ' ').trim() === b.toLowerCase().replace(/\W+/g, ' ').trim();
}

/** "last month's (October 2008)"; "in October" → "in October 2019". */
function relativeWords(text: string, meant: string): string {
  const words = text.replace(/[’']s$/, '');
  const bare = words.replace(/^(?:in|on)\s+/i, '');
  return meant.startsWith(bare) ? `${words.slice(0, words.length - bare.length)}${meant}` : `${words} (${meant})`;
}

/** Is the summit after the article's date (a report written before it)? */
function isAhead(context: Context, record: EventRecord): boolean {
  const { date: written, confidence } = context.document.get('time').documentDate;
  return written !== undefined && written !== null && confidence >= 1 && (record.start ?? '') > written.slice(0, 10);
}

/** Does the stated time agree with the record's (partial) date, as precisely as both are given? */
function agrees(time: ClaimTime, recordDate: string, toleranceDays: number): boolean {
  const recorded = partialDateRange(recordDate);
  return overlaps(time, recorded, time.granularity === 'day' && recordDate.length === 10 ? toleranceDays : 0);
}

function textOf(context: Context, time: ClaimTime): string {
  return time.span ? context.document.doc.text.slice(time.span.start, time.span.end) : dateWords(time);
}

function dateWords(time: ClaimTime): string {
  if (time.granularity === 'year') return `in ${time.start.slice(0, 4)}`;
  if (time.granularity === 'month') return `in ${formatPartial(time.start.slice(0, 7))}`;
  return `on ${formatPartial(time.start)}`;
}

/** The record's date written as precisely as the text wrote its own. */
function replacementFor(time: ClaimTime, recordDate: string): string {
  if (time.granularity === 'year') return recordDate.slice(0, 4);
  if (time.granularity === 'month') return formatPartial(recordDate.slice(0, 7));
  return formatPartial(recordDate);
}

/** The claim's words on one line (the source may wrap them). */
function quoted(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ');
}
