/**
 * Dates without a year. By itself, "On 6 May the leaders met" allows every year: it says
 * only that the article was written in the weeks (at most the year) after some 6 May, and
 * the rest of the evidence picks the year — never the clock ("the year before today"). A
 * weekday with it ("on Monday, 14 March") keeps only the years in which 14 March was a
 * Monday, and puts the writing within days of it; which of those years is for the rest of
 * the evidence to say, not the latest that fits.
 */
import type { DateMention, IsoDate } from '../../analysis/mentions.js';
import type { AnalysisContext } from '../../analysis/document.js';
import { addDays, MONTH_NAMES, weekdayOf, WEEKDAY_NAMES, yearOf } from '../../base/calendar.js';
import { everyYear, mergeSame } from '../constraints.js';
import type { DateConstraint, DateConstraintProvider } from '../constraints.js';
import type { DateTense } from '../../analysis/mentions.js';

/** "On 6 May …": news reports a yearless date within weeks, and within the year at most. */
const RECENT_DAYS = 45;
/** Beyond about eleven months, writers give the year ("last May", "in May 2018"). */
export const YEARLESS_REACH_DAYS = 330;
const WITHIN_YEAR_DAYS = YEARLESS_REACH_DAYS;
const YEAR_WEIGHT = 0.25;
const RECENT_WEIGHT = 0.3;
/** A weekday with its day and month: news of the week. */
const WEEKDAY_DATE_WEIGHT = 0.6;
const WEEKDAY_DATE_DAYS = 10;
/** "Tuesday's talks" after "On 22 January the talks opened": the weekday names that day. */
const LINKED_WEEKDAY_WEIGHT = 0.4;
const LINKED_WEEKDAY_DAYS = 7;
const MONTH_WEIGHT = 0.2;

export const yearlessDateEvidence: DateConstraintProvider = (ctx, now) => {
  const constraints: DateConstraint[] = [];
  const dates = ctx.get('dates');
  const pastDays: DateMention[] = [];
  const comingDays: DateMention[] = [];
  for (const mention of dates) {
    if (mention.kind === 'relative' || mention.stated.year !== undefined || mention.stated.month === undefined) continue;
    if (mention.lead === 'deadline' || mention.lead === 'new-end' || mention.statedEnd) continue;
    const tense = mention.lead === 'since' ? 'past' : mention.tense ?? 'unclear';
    if (mention.stated.day === undefined) constraints.push(...monthOnly(mention, tense, now));
    else if (mention.stated.weekday !== undefined) constraints.push(...weekdayDate(mention, tense, now));
    else {
      constraints.push(...dayMonth(mention, tense, now));
      if (tense === 'past') pastDays.push(mention);
      if (tense === 'future') comingDays.push(mention);
    }
  }
  constraints.push(...recentYearless(pastDays, true, now), ...recentYearless(comingDays, false, now));
  constraints.push(...linkedWeekdays(ctx, dates, now));
  return mergeSame(constraints);
};

function label(mention: DateMention): string {
  const { month, day } = mention.stated;
  return day === undefined ? MONTH_NAMES[month! - 1] : `${day} ${MONTH_NAMES[month! - 1]}`;
}

function dayMonth(mention: DateMention, tense: DateTense, now: IsoDate): DateConstraint[] {
  if (tense !== 'past' && tense !== 'future') return [];
  const { month, day } = mention.stated as { month: number; day: number };
  const past = tense === 'past';
  const window = (length: number) => (iso: IsoDate) => (past ? { start: iso, end: addDays(iso, length) } : { start: addDays(iso, -length), end: iso });
  const base = { span: mention.span };
  const side = past ? 'after' : 'before';
  return [
    {
      ...base,
      kind: past ? 'yearless-date' : 'yearless-plan',
      weight: past ? YEAR_WEIGHT : YEAR_WEIGHT * 0.8,
      intervals: everyYear(month, day, now, window(WITHIN_YEAR_DAYS)),
      describe: () => `"${mention.text}" is told as ${past ? 'past' : 'still to come'} without a year: the article was written within the year ${side} some ${label(mention)}.`,
    },
  ];
}

/**
 * News tells its latest events within weeks: the article was written in the weeks after *some*
 * yearless date it tells as past (the latest one; earlier ones may lie months back), or before
 * some one it tells as coming. One constraint over all of them, so that earlier dates do not
 * each pull the window to their own weeks.
 */
function recentYearless(mentions: DateMention[], past: boolean, now: IsoDate): DateConstraint[] {
  if (mentions.length === 0) return [];
  const intervals = mentions.flatMap((mention) => {
    const { month, day } = mention.stated as { month: number; day: number };
    return everyYear(month, day, now, (iso) => (past ? { start: iso, end: addDays(iso, RECENT_DAYS) } : { start: addDays(iso, -RECENT_DAYS), end: iso }));
  });
  const labels = mentions.map(label);
  const named = labels.length === 1 ? labels[0] : `one of ${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
  return [{
    kind: past ? 'yearless-date-recent' : 'yearless-plan-recent',
    weight: RECENT_WEIGHT,
    span: mentions[0].span,
    alsoAt: mentions.slice(1).map((m) => m.span),
    intervals,
    describe: () => `News tells such dates within weeks: most likely written in the ${RECENT_DAYS} days ${past ? 'after' : 'before'} ${named}.`,
  }];
}

function monthOnly(mention: DateMention, tense: DateTense, now: IsoDate): DateConstraint[] {
  if (tense !== 'past') return [];
  const month = mention.stated.month!;
  return [{
    kind: 'yearless-month',
    weight: MONTH_WEIGHT,
    span: mention.span,
    intervals: everyYear(month, 1, now, (iso) => ({ start: iso, end: addDays(iso, WITHIN_YEAR_DAYS + 30) })),
    describe: () => `"${mention.text}" is told as past without a year: the article was written within the year after some ${label(mention)}.`,
  }];
}

function weekdayDate(mention: DateMention, tense: DateTense, now: IsoDate): DateConstraint[] {
  const { month, day, weekday } = mention.stated as { month: number; day: number; weekday: number };
  const before = tense === 'past' ? 0 : WEEKDAY_DATE_DAYS;
  const after = tense === 'future' ? 0 : WEEKDAY_DATE_DAYS;
  const intervals = everyYear(month, day, now, (iso) => ({ start: addDays(iso, -before), end: addDays(iso, after) }), (iso) => weekdayOf(iso) === weekday);
  if (intervals.length === 0) return [];
  return [{
    kind: 'weekday-date',
    weight: WEEKDAY_DATE_WEIGHT,
    span: mention.span,
    intervals,
    describe: () => `"${mention.text}": ${label(mention)} fell on a ${WEEKDAY_NAMES[weekday]} in ${yearList(intervals, before, now)}; the article was written within days of one of them.`,
  }];
}

/** "2005, 2011, 2016 and 2022" (the years so far, latest few). */
function yearList(intervals: Array<{ start: IsoDate }>, offset: number, now: IsoDate): string {
  const years = intervals.map((r) => yearOf(addDays(r.start, offset))).filter((y) => y <= yearOf(now));
  const shown = years.slice(-4);
  const prefix = years.length > shown.length ? '… ' : '';
  return shown.length > 1 ? `${prefix}${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : `${shown[0] ?? 'no year so far'}`;
}

/**
 * "On 22 January the talks opened … Tuesday's talks": a weekday's possessive naming the same
 * kind of event as a sentence with a yearless date refers back to that date.
 */
function linkedWeekdays(ctx: AnalysisContext, dates: DateMention[], now: IsoDate): DateConstraint[] {
  const found: DateConstraint[] = [];
  for (const weekdayMention of dates) {
    if (weekdayMention.kind !== 'weekday' || !weekdayMention.possessiveEvent || weekdayMention.stated.weekday === undefined) continue;
    const { family } = weekdayMention.possessiveEvent;
    const dated = dates.filter((d) => d.span.start < weekdayMention.span.start && d.kind === 'partial' && d.stated.day !== undefined && d.stated.weekday === undefined && d.sentenceFamilies?.includes(family)).pop();
    if (!dated || weekdayMention.tense === 'future') continue;
    const { month, day } = dated.stated as { month: number; day: number };
    const weekday = weekdayMention.stated.weekday;
    const intervals = everyYear(month, day, now, (iso) => ({ start: iso, end: addDays(iso, LINKED_WEEKDAY_DAYS) }), (iso) => weekdayOf(iso) === weekday);
    if (intervals.length === 0) continue;
    found.push({
      kind: 'weekday',
      weight: LINKED_WEEKDAY_WEIGHT,
      span: weekdayMention.span,
      alsoAt: [dated.span],
      intervals,
      describe: () => `"${weekdayMention.text}'s ${weekdayMention.possessiveEvent!.noun}" refers back to "${dated.text}": ${label(dated)} fell on a ${WEEKDAY_NAMES[weekday]} in ${yearList(intervals, 0, now)}.`,
    });
  }
  return found;
}
