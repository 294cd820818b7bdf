/**
 * elapsed-time: a duration the dates make impossible — "more than 75 years" since 1945 in an
 * article written in 2015; "for a decade, from 2015 to 2018"; "over twenty years ago, in
 * 2010" in a 2019 article. Checked only when both ends are known: a year the sentence states,
 * and the article's date (metadata, or inferred with enough confidence) or a second year.
 */
import { defineRule, isoOf, wholeYearsBetween } from '../src/rule-api/index.js';
import type { RuleContext } from '../src/rule-api/index.js';
import type { DurationMention } from '../src/analysis/mentions.js';
import type { DateMention, IsoDate } from '../src/analysis/mentions.js';
import type { TimeInfo } from '../src/analysis/time.js';

export interface ElapsedTimeOptions {
  minConfidence: number;
}

interface Span2 { min: number; max: number }

export default defineRule<ElapsedTimeOptions>({
  meta: {
    id: 'elapsed-time',
    description: 'A stated duration does not fit the dates (since a year, between two years, or "… ago").',
    category: 'time',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    schema: { type: 'object', properties: { minConfidence: { type: 'number', minimum: 0, maximum: 1 } }, additionalProperties: false },
    defaultOptions: { minConfidence: 0.5 },
    messages: {
      sinceMismatch: '"{{duration}}" does not fit the dates: since "{{since}}" is {{elapsed}}, not {{needed}}.',
      rangeMismatch: '"{{duration}}" does not fit the dates: from {{start}} to {{end}} is {{elapsed}}, not {{needed}}.',
    },
    docs: {
      description:
        'Compares a duration in years with the dates it spans: "since 1990" up to the article\'s date, "from 2015 to 2018", or "N years ago" with a year in the same sentence. "More than", "nearly" and "about" are honoured; the rule stays quiet unless both ends are known.',
      examples: {
        invalid: [
          {
            text: 'The border has been closed for more than 40 years, since 1990.',
            date: '2015-06-01',
            errors: [{ messageId: 'sinceMismatch', data: { duration: 'more than 40 years', since: '1990', elapsed: '24–26 years', needed: 'more than 40 years' }, line: 1, column: 32 }],
          },
          {
            text: 'For a decade, from 2015 to 2018, the plant stood idle.',
            errors: [{ messageId: 'rangeMismatch', data: { duration: 'a decade', start: 2015, end: 2018, elapsed: '2–4 years', needed: '10 years' }, line: 1, column: 5 }],
          },
        ],
        valid: [
          { text: 'The border has been closed for more than 20 years, since 1990.', date: '2015-06-01' },
          { text: 'For three years, from 2015 to 2018, the plant stood idle.' },
          { text: 'The border has been closed for more than 40 years, since 1990.' },
        ],
      },
      url: 'README.md#elapsed-time',
    },
  },
  check(context) {
    const durations = context.document.get('durations');
    if (durations.length === 0) return;
    const dates = context.document.get('dates');
    const time = context.document.get('time');
    // Dates grouped by sentence once: filtering all of them for each duration is quadratic on long documents.
    const bySentence = new Map<number, typeof dates>();
    for (const date of dates) {
      const list = bySentence.get(date.sentence);
      if (list) list.push(date);
      else bySentence.set(date.sentence, [date]);
    }
    for (const duration of durations) checkDuration(duration, bySentence.get(duration.sentence) ?? [], dates, time, context);
  },
});

type Ctx = RuleContext<ElapsedTimeOptions>;

/** What the duration is measured against: two years of the sentence, or a start year and the article's date. */
type Anchor = { messageId: 'rangeMismatch'; data: { start: number; end: number } } | { messageId: 'sinceMismatch'; data: { since: string } };

function checkDuration(duration: DurationMention, sentenceDates: DateMention[], allDates: DateMention[], time: TimeInfo, context: Ctx): void {
  const rangeMention = sentenceDates.find((d) => d.kind === 'range' && d.stated.year !== undefined && d.statedEnd?.year !== undefined);
  const range = rangeMention ? { start: rangeMention.stated.year!, end: rangeMention.statedEnd!.year! } : twoYearRange(sentenceDates, allDates);
  if (range && !duration.ago) {
    const elapsed = { min: Math.max(0, range.end - range.start - 1), max: range.end - range.start + 1 };
    return judge(duration, elapsed, { messageId: 'rangeMismatch', data: range }, [`The sentence gives the years ${range.start} and ${range.end}: ${range.end - range.start} years apart.`], context);
  }
  const since = sentenceDates.find((d) => d.kind !== 'relative' && d.stated.year !== undefined && (duration.ago || d.lead === 'since'));
  const doc = documentWindow(time, duration, context.options.minConfidence);
  if (!since || !doc) return;
  const start = isoOf(since.stated.year!, since.stated.month ?? 1, since.stated.day ?? 1);
  const end = isoOf(since.stated.year!, since.stated.month ?? 12, since.stated.day ?? 28);
  const elapsed = { min: Math.max(0, wholeYearsBetween(end, doc.earliest)), max: wholeYearsBetween(start, doc.latest) + 1 };
  judge(duration, elapsed, { messageId: 'sinceMismatch', data: { since: since.text } }, [
    `The sentence dates the start to ${since.text}.`,
    `${doc.describe.charAt(0).toUpperCase()}${doc.describe.slice(1)}.`,
    `So between ${elapsed.min} and ${elapsed.max} years had passed.`,
  ], context);
}

/** "between 2012 and 2020", "from 2015 to 2018" written as two bare years (paired by the extractor). */
function twoYearRange(sentenceDates: DateMention[], allDates: DateMention[]): { start: number; end: number } | undefined {
  const first = sentenceDates.find((d) => d.rangeEnd !== undefined);
  return first ? { start: first.stated.year!, end: allDates[first.rangeEnd!].stated.year! } : undefined;
}

/** The article's date without the duration's own evidence ("two years ago, on 20 August 2018" must not date the article). */
function documentWindow(time: TimeInfo, duration: DurationMention, minConfidence: number): { earliest: IsoDate; latest: IsoDate; describe: string } | undefined {
  const window = time.window({ without: duration.span, minConfidence });
  return window && { earliest: window.earliest, latest: window.latest, describe: window.describe };
}

function judge(duration: DurationMention, elapsed: Span2, anchor: Anchor, reasoning: string[], context: Ctx): void {
  const n = duration.years;
  const tolerance = duration.bound === 'about' ? Math.max(1, Math.round(n * 0.15)) : duration.bound === 'exact' ? Math.max(0, Math.round(n * 0.1)) : 0;
  const impossible =
    (duration.bound === 'more-than' && elapsed.max <= n) ||
    (duration.bound === 'less-than' && elapsed.min >= n + 1) ||
    ((duration.bound === 'about' || duration.bound === 'exact') && (elapsed.max < n - tolerance || elapsed.min > n + tolerance));
  if (!impossible) return;
  const actual = elapsed.min === elapsed.max ? `${elapsed.min} years` : `${elapsed.min}–${elapsed.max} years`;
  context.report({
    span: duration.span,
    messageId: anchor.messageId,
    data: { ...anchor.data, duration: duration.text, elapsed: actual, needed: describeClaim(duration) },
    evidence: { claimed: duration.text, actual, reasoning: [...reasoning, `"${duration.text}" needs ${describeClaim(duration)}.`] },
    suggestions: [{ message: `Use a duration that fits ${actual}, or check the year.` }],
  });
}

function describeClaim(duration: DurationMention): string {
  const n = duration.years;
  switch (duration.bound) {
    case 'more-than': return `more than ${n} years`;
    case 'less-than': return `a little under ${n} years`;
    case 'about': return `about ${n} years`;
    default: return `${n} years`;
  }
}
