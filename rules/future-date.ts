/**
 * future-date: an event told as past but dated after the article was written, or told as
 * still to come but dated before it. Both ends must be known: a date with a stated year,
 * and the article's date from metadata or inferred with enough confidence.
 */
import { daysBetween, defineRule, formatDuration, formatRange, statedRange } from '../src/rule-api/index.js';
import type { RuleContext } from '../src/rule-api/index.js';
import type { DateMention, IsoDate } from '../src/analysis/mentions.js';
import type { TimeInfo } from '../src/analysis/time.js';

export interface FutureDateOptions {
  /** Days of slack between the article's date and the event's (time zones, late updates). */
  toleranceDays: number;
  minConfidence: number;
}

interface Window {
  earliest: IsoDate;
  latest: IsoDate;
  /** "the article is dated 20 September 2021", "the article's text dates it to 14–24 March 2005". */
  describe: string;
  /** What a past event is after: "the article's date, 20 September 2021", "the latest day the article can have been written (…)". */
  after: string;
  /** What a plan is before. */
  before: string;
}

export default defineRule<FutureDateOptions>({
  meta: {
    id: 'future-date',
    description: 'An event told in the past is dated after the article, or one told as still to come is dated before it.',
    category: 'time',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    schema: {
      type: 'object',
      properties: { toleranceDays: { type: 'integer', minimum: 0 }, minConfidence: { type: 'number', minimum: 0, maximum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { toleranceDays: 2, minConfidence: 0.6 },
    messages: {
      pastInFuture: 'This is told as something that has happened, but "{{date}}" is {{gap}} after {{reference}}. Check the date or the tense.',
      futureInPast: 'This is told as still to come, but "{{date}}" is {{gap}} before {{reference}}. Check the date or the tense.',
    },
    docs: {
      description:
        'Uses the article\'s date (metadata, `--date`, or a confident inference), the tense of the sentence and that of the date\'s own words ("said it is hoped the aircraft can be tested in 2010" reports a hope, not a test). Only dates with a stated year are checked, and sentences that mix past and future ("said it will …") are left alone.',
      examples: {
        invalid: [
          {
            text: 'The council voted to close the bridge on 3 October 2021.',
            date: '2021-09-20',
            errors: [{ messageId: 'pastInFuture', data: { date: '3 October 2021', gap: '13 days', reference: 'the article\'s date, 20 September 2021' }, line: 1, column: 42 }],
          },
          {
            text: 'The festival will open on 2 May 2021.',
            date: '2021-06-10',
            errors: [{ messageId: 'futureInPast', data: { date: '2 May 2021', gap: '39 days', reference: 'the article\'s date, 10 June 2021' }, line: 1, column: 27 }],
          },
        ],
        valid: [
          { text: 'The council voted to close the bridge on 3 September 2021.', date: '2021-09-20' },
          { text: 'The festival will open on 2 July 2021.', date: '2021-06-10' },
          { text: 'The council said it will close the bridge on 3 October 2021.', date: '2021-09-20' },
        ],
      },
      url: 'README.md#future-date',
    },
  },
  check(context) {
    const time = context.document.get('time');
    for (const mention of context.document.get('dates')) {
      const range = statedRange(mention);
      if (!range || mention.lead === 'deadline' || mention.lead === 'new-end' || mention.changedValue || namesAnEvent(mention)) continue;
      const tense = mention.sentenceTense ?? { past: false, future: false, strongFuture: false };
      // The sentence reports the past, and so do the date's own words ("said it is hoped the
      // aircraft can be tested in 2010" reports a hope, not a test).
      const pastInFuture = tense.past && !tense.future && mention.tense === 'past';
      const futureInPast = mention.granularity !== 'year' && isPlainFuture(tense);
      if (!pastInFuture && !futureInPast) continue;
      // The article's date without this date's own evidence: a wrong date cannot move it.
      const window = windowOf(time, mention, context.options.minConfidence);
      if (!window) continue;
      const after = daysBetween(window.latest, range.start);
      const before = daysBetween(range.end, window.earliest);
      if (after > context.options.toleranceDays && pastInFuture) reportPastInFuture(context, mention, range, window, after);
      else if (before > context.options.toleranceDays && futureInPast) reportFutureInPast(context, mention, range, window, before);
    }
  },
});

type Ctx = RuleContext<FutureDateOptions>;

function windowOf(time: TimeInfo, mention: DateMention, minConfidence: number): Window | undefined {
  const window = time.window({ without: mention.span, minConfidence });
  if (!window) return undefined;
  const { earliest, latest, describe } = window;
  if (window.source !== 'inferred') {
    const reference = `the article's date, ${formatRange({ start: earliest, end: latest })}`;
    return { earliest, latest, describe, after: reference, before: reference };
  }
  return { earliest, latest, describe, after: `the latest day the article can have been written (${describe})`, before: `the earliest day the article can have been written (${describe})` };
}

/** "the 2030 Olympics were awarded", "the 1956 declaration would …": the year names something, it does not date the sentence. */
function namesAnEvent(mention: DateMention): boolean {
  return mention.kind === 'year' && mention.cue !== 'preposition';
}

/** Looks ahead beyond doubt ("will", "is scheduled", "next week"), without any past-tense verb. */
function isPlainFuture(tense: { past: boolean; future: boolean; strongFuture: boolean }): boolean {
  return tense.strongFuture && tense.future && !tense.past;
}

function reportPastInFuture(context: Ctx, mention: DateMention, range: { start: IsoDate; end: IsoDate }, window: Window, days: number): void {
  context.report({
    span: mention.span,
    messageId: 'pastInFuture',
    data: { date: mention.text, gap: formatDuration(days), reference: window.after },
    evidence: {
      claimed: `"${mention.text}" in a past-tense sentence`,
      actual: capitalise(window.describe),
      reasoning: [`The sentence reports a past event dated ${formatRange(range)}.`, `${capitalise(window.describe)}.`, `An article cannot report as past an event ${formatDuration(days)} after it was written.`],
    },
  });
}

function reportFutureInPast(context: Ctx, mention: DateMention, range: { start: IsoDate; end: IsoDate }, window: Window, days: number): void {
  context.report({
    span: mention.span,
    messageId: 'futureInPast',
    data: { date: mention.text, gap: formatDuration(days), reference: window.before },
    evidence: {
      claimed: `"${mention.text}" in a sentence about the future`,
      actual: capitalise(window.describe),
      reasoning: [`The sentence looks ahead to ${formatRange(range)}.`, `${capitalise(window.describe)}.`, `That date had already passed when the article was written.`],
    },
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
