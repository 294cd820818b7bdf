/**
 * weekday-mismatch: a weekday that does not fit the date it goes with — next to it
 * ("Wednesday, 15 March 2005" was a Tuesday) or linked to it across sentences ("On 14 March
 * 2023 the ministers met … Thursday's meeting" when 14 March 2023 was a Tuesday).
 */
import { WEEKDAY_NAMES, addDays, defineRule, formatDay, isValidDay, isoOf, weekdayLike, weekdayOf } from '../src/rule-api/index.js';
import type { RuleContext } from '../src/rule-api/index.js';
import type { DateMention, IsoDate } from '../src/analysis/mentions.js';
import type { TimeInfo } from '../src/analysis/time.js';

export interface WeekdayMismatchOptions {
  /** Also check weekdays linked to a date in an earlier sentence ("Tuesday's talks"). */
  linked: boolean;
}

export default defineRule<WeekdayMismatchOptions>({
  meta: {
    id: 'weekday-mismatch',
    description: 'A weekday does not match the calendar date it goes with.',
    category: 'time',
    defaultSeverity: 'error',
    recommended: true,
    fixable: true,
    schema: { type: 'object', properties: { linked: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { linked: true },
    messages: {
      wrongWeekday: '{{date}} was a {{actual}}, not a {{written}}. Check the weekday or the date.',
      noYearFits: '{{date}} was not a {{written}} in any year the article can be from: it was {{years}}. Check the weekday or the date.',
    },
    docs: {
      description:
        'Checks a weekday written next to a date ("Wednesday, 15 March 2005") and, with `linked`, a weekday that refers back to a dated event ("On 14 March 2023 the ministers met … Thursday\'s meeting"). The year must be stated or come from the article\'s metadata; in an article with no date, a yearless "Thursday, August 24" is flagged only when no year the rest of its text allows puts the date on that weekday, and a date whose tense is unclear stays quiet.',
      examples: {
        invalid: [
          { text: 'The treaty was signed on Wednesday, 15 March 2005.', errors: [{ messageId: 'wrongWeekday', data: { date: '15 March 2005', actual: 'Tuesday', written: 'Wednesday' }, line: 1, column: 26 }] },
          { text: 'On 14 March 2023 the ministers met in Oslo. Thursday\'s meeting produced no agreement.', errors: [{ messageId: 'wrongWeekday', data: { date: '14 March 2023', actual: 'Tuesday', written: 'Thursday' }, line: 1, column: 45 }] },
          { text: 'The vote was held on Monday, 14 September.', date: '2021-09-20', errors: [{ messageId: 'wrongWeekday', data: { date: '14 September 2021', actual: 'Tuesday', written: 'Monday' }, line: 1, column: 22 }] },
        ],
        valid: [
          { text: 'The treaty was signed on Tuesday, 15 March 2005.' },
          { text: 'On 14 March 2023 the ministers met in Oslo. Tuesday\'s meeting produced no agreement.' },
          { text: 'The vote was held on Monday, 14 September.' },
          { text: 'On 14 March 2023 the ministers met in Oslo. Thursday\'s meeting produced no agreement.', options: { linked: false } },
        ],
      },
      url: 'README.md#weekday-mismatch',
    },
  },
  check(context) {
    const dates = context.document.get('dates');
    const time = context.document.get('time');
    // The days the article's dates name, worked out once (only when a weekday needs linking).
    let known: KnownDay[] | undefined;
    const knownDays = () => (known ??= dates.map((d) => ({ d, day: knownDay(d, time) })).filter((x): x is KnownDay => x.day !== undefined));
    for (const mention of dates) {
      if (mention.stated.weekday === undefined || mention.kind === 'relative') continue;
      if (mention.stated.day !== undefined) {
        if (!checkExplicit(mention, time, context)) checkAgainstInferredWindow(mention, time, context);
      }
      else if (context.options.linked && mention.kind === 'weekday') checkLinked(mention, knownDays(), context);
    }
  },
});

type Ctx = RuleContext<WeekdayMismatchOptions>;

/**
 * How sure an inferred window must be to judge a yearless weekday by. Lower than the other
 * checks' 0.5: this check needs the window to hold the date, not to be narrow, and a wide window
 * makes it quieter (more years, one of which likely fits). Inferred windows held the real date
 * for 0.995 of the 240 undated devset articles.
 */
const WINDOW_CONFIDENCE = 0.3;

interface KnownDay {
  d: DateMention;
  day: IsoDate;
}

/** The day a mention names, when its year is stated or comes from metadata (never a guess). */
function knownDay(mention: DateMention, time: TimeInfo): IsoDate | undefined {
  const { year, month, day } = mention.stated;
  if (month === undefined || day === undefined) return undefined;
  if (year !== undefined) return isValidDay(year, month, day) ? isoOf(year, month, day) : undefined;
  const fromMetadata = time.documentDate.source === 'metadata' || time.documentDate.source === 'cli';
  const resolved = time.resolve(mention);
  return fromMetadata && resolved && resolved.granularity === 'day' ? resolved.start : undefined;
}

/** Checks a weekday against a date whose year is known; false when the year is not. */
function checkExplicit(mention: DateMention, time: TimeInfo, context: Ctx): boolean {
  const day = knownDay(mention, time);
  const written = mention.stated.weekday!;
  if (!day) return false;
  if (weekdayOf(day) === written) return true;
  report(context, mention, day, `"${mention.text}"`, [
    `The text gives the weekday ${WEEKDAY_NAMES[written]} with the date ${formatDay(day)}${mention.stated.year === undefined ? ' (year from the article\'s date)' : ''}.`,
    `The calendar puts ${formatDay(day)} on a ${WEEKDAY_NAMES[weekdayOf(day)]}.`,
  ]);
  return true;
}

/**
 * "On Thursday, August 24, he resigned" in an article dated only by its text: the date lies in
 * the year before the time of writing (or, told as to come, the year after), and the window is
 * inferred without this weekday's own evidence. Wrong only when no day it can be falls on the
 * weekday written; a date whose tense is unclear is not placed, and stays quiet.
 */
function checkAgainstInferredWindow(mention: DateMention, time: TimeInfo, context: Ctx): void {
  const { month, day, weekday } = mention.stated;
  if (mention.stated.year !== undefined || month === undefined || day === undefined || weekday === undefined) return;
  if (mention.tense !== 'past' && mention.tense !== 'future') return;
  const window = time.window({ without: mention.span, minConfidence: WINDOW_CONFIDENCE });
  if (!window || window.source !== 'inferred') return;
  const from = mention.tense === 'past' ? addDays(window.earliest, -366) : window.earliest;
  const to = mention.tense === 'past' ? window.latest : addDays(window.latest, 366);
  const candidates: IsoDate[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const iso = isValidDay(year, month, day) ? isoOf(year, month, day) : undefined;
    if (iso && iso >= from && iso <= to) candidates.push(iso);
  }
  if (candidates.length === 0 || candidates.some((c) => weekdayOf(c) === weekday)) return;
  const written = WEEKDAY_NAMES[weekday];
  const years = candidates.map((c) => `a ${WEEKDAY_NAMES[weekdayOf(c)]} in ${c.slice(0, 4)}`).join(', ');
  // "24 August 2011" without its year: the years are the point of the message.
  const date = formatDay(candidates[0]).slice(0, -' 2011'.length);
  context.report({
    span: weekdaySpanOf(mention),
    messageId: 'noYearFits',
    data: { date, written, years },
    evidence: {
      claimed: `"${mention.text}"`,
      actual: `${date} was ${years}`,
      reasoning: [
        `The article carries no date; without this weekday, ${window.describe}.`,
        `Told as ${mention.tense === 'past' ? 'past' : 'to come'}, ${date} is one of ${candidates.map((c) => formatDay(c)).join(', ')}.`,
        `None of them was a ${written}.`,
      ],
    },
  });
}

/** "16 November, a Wednesday": the finding covers the weekday and the date it goes with. */
function weekdaySpanOf(mention: DateMention): { start: number; end: number } {
  const weekdaySpan = mention.weekdaySpan;
  return weekdaySpan ? { start: Math.min(weekdaySpan.start, mention.span.start), end: Math.max(weekdaySpan.end, mention.span.end) } : mention.span;
}

/**
 * "Thursday's meeting" after "On 14 March 2023 the ministers met": link the weekday to the
 * latest earlier dated event of the same kind. Quiet when any date in the article falls on
 * that weekday (it may mean another day), or when the link is not clear.
 */
function checkLinked(mention: DateMention, knownDays: KnownDay[], context: Ctx): void {
  if (!mention.possessiveEvent) return;
  const { noun, family } = mention.possessiveEvent;
  const written = mention.stated.weekday!;
  if (knownDays.some((x) => weekdayOf(x.day) === written)) return;
  const linked = knownDays.filter((x) => x.d.span.start < mention.span.start && x.d.sentenceFamilies?.includes(family)).pop();
  if (!linked) return;
  report(context, mention, linked.day, `"${mention.text}'s ${noun}"`, [
    `"${mention.text}'s ${noun}" refers back to the ${noun} the article dates to ${formatDay(linked.day)} ("${linked.d.text}").`,
    `The calendar puts ${formatDay(linked.day)} on a ${WEEKDAY_NAMES[weekdayOf(linked.day)]}, and no other date in the article falls on a ${WEEKDAY_NAMES[written]}.`,
  ]);
}

function report(context: Ctx, mention: DateMention, day: IsoDate, claimed: string, reasoning: string[]): void {
  const written = WEEKDAY_NAMES[mention.stated.weekday!];
  const actual = WEEKDAY_NAMES[weekdayOf(day)];
  const weekdaySpan = mention.weekdaySpan;
  // "Wed." is replaced by "Thu", "Thursday" by "Friday".
  const replacement = weekdaySpan ? weekdayLike(weekdayOf(day), context.document.doc.text.slice(weekdaySpan.start, weekdaySpan.end)) : actual;
  const span = weekdaySpanOf(mention);
  context.report({
    span,
    messageId: 'wrongWeekday',
    data: { date: formatDay(day), actual, written },
    evidence: { claimed, actual: `${formatDay(day)} was a ${actual}`, reasoning },
    suggestions: weekdaySpan ? [{ message: `Replace "${context.document.doc.text.slice(weekdaySpan.start, weekdaySpan.end)}" with "${replacement}" (if the date is right).`, replacement, span: weekdaySpan }] : undefined,
  });
}
