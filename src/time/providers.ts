/**
 * The built-in evidence about a document's date, read from its text and URLs. Each provider
 * returns constraints for the solver; the link layer adds office holders (see
 * `createTimeAnalyzer`).
 */
import type { DateMention, IsoDate, UrlMention } from '../analysis/mentions.js';
import { statedRange } from '../analysis/date-values.js';
import type { Document } from '../load/document.js';
import {
  addDays, formatDay, formatRange, isValidDay, isoOf, MONTH_NAMES, rangeOfParts, weekdayOf, WEEKDAY_NAMES, yearOf,
} from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { EARLIEST_DAY } from './constraints.js';
import type { DateConstraint, DateConstraintProvider } from './constraints.js';
import { hasStrongFuture, isPastReport, sentenceTense } from '../extract/tense.js';

const FIRST_CANDIDATE_YEAR = 1900;
/** How long after a dated event a writer still leaves out its year ("On 6 May, …"). */
const YEARLESS_DATE_HORIZON_DAYS = 300;
/** "Tuesday's talks": the weekday lies within the week before writing. */
const WEEKDAY_HORIZON_DAYS = 6;
const URL_SOFTNESS_DAYS = 20 * 365;

function sentenceText(doc: Document, mention: DateMention): string {
  return doc.sentences[mention.sentence]?.text ?? '';
}

/** Nothing is written in the future: the run's clock bounds the document date. */
export const notAfterNow: DateConstraintProvider = (_ctx, now) => [{
  kind: 'now',
  weight: 1,
  intervals: [{ start: EARLIEST_DAY, end: now }],
  describe: () => `The article cannot have been written after today (${formatDay(now)}).`,
}];

/** A reported event with a stated year: the article is not older than the latest one. */
export const latestReportedDate: DateConstraintProvider = (ctx) => {
  let latest: { mention: DateMention; range: DayRange } | undefined;
  for (const mention of ctx.get('dates')) {
    const range = statedRange(mention);
    if (!range || !isBehindTheWriter(ctx.doc, mention)) continue;
    if (!latest || range.start > latest.range.start) latest = { mention, range };
  }
  if (!latest) return [];
  const { mention, range } = latest;
  const weight = mention.granularity === 'day' ? 0.6 : mention.granularity === 'month' ? 0.5 : 0.35;
  return [{
    kind: 'reported-date',
    weight,
    span: mention.span,
    intervals: [{ start: range.start, end: '2199-12-31' }],
    describe: () => `The article looks back on "${mention.text}", so it was written on or after ${formatRange(range)}.`,
  }];
};

/**
 * A dated mention the writer looks back on: a past-tense report, or a present-tense sentence
 * with no plan in it ("relations have worsened since the invasion in 2022"), unless the date
 * is a deadline ("by 2030", "until 2030").
 */
function isBehindTheWriter(doc: Document, mention: DateMention): boolean {
  const sentence = sentenceText(doc, mention);
  if (sentenceTense(sentence).future) return false;
  const before = doc.text.slice(Math.max(0, mention.span.start - 12), mention.span.start);
  if (/\b(?:by|until|till|before|through)\s+(?:the\s+)?(?:end\s+of\s+)?$/i.test(before)) return false;
  return true;
}


/**
 * A weekday and a day-month without a year ("On Jan. 22 … Tuesday's negotiations") fix the
 * year to the few in which that day fell on that weekday, and put the writing within the
 * week after it.
 */
export const weekdayWithDayMonth: DateConstraintProvider = (ctx, now) => {
  const dates = ctx.get('dates');
  const dayMonths = distinctDayMonths(dates.filter((d) => d.kind === 'partial' && isYearlessDay(d)));
  const constraints: DateConstraint[] = [];
  for (const weekdayMention of dates) {
    const weekday = weekdayMention.stated.weekday;
    if (weekday === undefined || weekdayMention.kind === 'relative') continue;
    if (isYearlessDay(weekdayMention)) {
      constraints.push(explicitWeekdayDate(weekdayMention, weekday, now));
      continue;
    }
    if (weekdayMention.kind !== 'weekday' || dayMonths.length === 0 || !refersToPast(ctx.doc, weekdayMention)) continue;
    const intervals = dayMonths.flatMap((dm) => yearsWithWeekday(dm.stated.month!, dm.stated.day!, weekday, yearOf(now) + 10)
      .map((y) => ({ start: isoOf(y, dm.stated.month!, dm.stated.day!), end: addDays(isoOf(y, dm.stated.month!, dm.stated.day!), WEEKDAY_HORIZON_DAYS) })));
    const names = dayMonths.map((dm) => `"${dm.text}"`).join(', ');
    constraints.push({
      kind: 'weekday',
      weight: 0.8,
      span: weekdayMention.span,
      intervals,
      describe: () => `"${weekdayMention.text}" refers back to ${names}: ${describeYears(dayMonths[0], weekday, intervals, now)}.`,
    });
  }
  return constraints;
};

function explicitWeekdayDate(mention: DateMention, weekday: number, now: IsoDate): DateConstraint {
  const { month, day } = mention.stated as { month: number; day: number };
  const intervals = yearsWithWeekday(month, day, weekday, yearOf(now) + 10)
    .map((y) => ({ start: isoOf(y, month, day), end: addDays(isoOf(y, month, day), YEARLESS_DATE_HORIZON_DAYS) }));
  return {
    kind: 'weekday-date',
    weight: 0.7,
    span: mention.span,
    intervals,
    describe: () => `"${mention.text}": ${describeYears(mention, weekday, intervals, now)}.`,
  };
}

function describeYears(dayMonth: DateMention, weekday: number, intervals: DayRange[], now: IsoDate): string {
  const years = [...new Set(intervals.map((r) => yearOf(r.start)))].filter((y) => y <= yearOf(now)).slice(-3);
  const label = `${dayMonth.stated.day} ${MONTH_NAMES[dayMonth.stated.month! - 1]}`;
  if (years.length === 0) return `${label} has not fallen on a ${WEEKDAY_NAMES[weekday]} in any year so far`;
  const list = years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}` : String(years[0]);
  return `${label} was a ${WEEKDAY_NAMES[weekday]} in ${list}${years.length > 1 ? ', the latest being ' + years[years.length - 1] : ''}`;
}

function isYearlessDay(mention: DateMention): boolean {
  return mention.stated.year === undefined && mention.stated.month !== undefined && mention.stated.day !== undefined;
}

function distinctDayMonths(mentions: DateMention[]): DateMention[] {
  const seen = new Map<string, DateMention>();
  for (const m of mentions) seen.set(`${m.stated.month}-${m.stated.day}`, seen.get(`${m.stated.month}-${m.stated.day}`) ?? m);
  return [...seen.values()];
}

export function yearsWithWeekday(month: number, day: number, weekday: number, lastYear: number): number[] {
  const years: number[] = [];
  for (let y = FIRST_CANDIDATE_YEAR; y <= lastYear; y++) {
    if (isValidDay(y, month, day) && weekdayOf(isoOf(y, month, day)) === weekday) years.push(y);
  }
  return years;
}

/** "Tuesday's negotiations", "on Tuesday, the talks ended": reporting a day just past. */
function refersToPast(doc: Document, mention: DateMention): boolean {
  const after = doc.text.slice(mention.span.end, mention.span.end + 3);
  if (/^['’]s/.test(after)) return !hasStrongFuture(sentenceText(doc, mention));
  return isPastReport(sentenceText(doc, mention));
}

/** "On 6 May, Putin and Abe met": a yearless past date lies within the year before writing. */
export const yearlessReportedDates: DateConstraintProvider = (ctx, now) => {
  const constraints: DateConstraint[] = [];
  for (const mention of distinctDayMonths(ctx.get('dates').filter((d) => d.kind === 'partial' && isYearlessDay(d)))) {
    if (!isPastReport(sentenceText(ctx.doc, mention))) continue;
    const { month, day } = mention.stated as { month: number; day: number };
    const intervals: DayRange[] = [];
    for (let y = FIRST_CANDIDATE_YEAR; y <= yearOf(now); y++) {
      if (isValidDay(y, month, day)) intervals.push({ start: isoOf(y, month, day), end: addDays(isoOf(y, month, day), YEARLESS_DATE_HORIZON_DAYS) });
    }
    constraints.push({
      kind: 'yearless-date',
      weight: 0.3,
      span: mention.span,
      intervals,
      describe: () => `"${mention.text}" is reported without a year, so it probably lies within the year before the article was written.`,
    });
  }
  return constraints;
};

/**
 * Dates in URLs: weak evidence, because a URL can be wrong — that is what `url-date`
 * checks. The own URL dates the article itself; a link dates a page the article could cite
 * only once it existed.
 */
export const urlDates: DateConstraintProvider = (ctx) => ctx.get('urls').filter((u) => u.pathDate).map((url) => urlConstraint(url));

function urlConstraint(url: UrlMention): DateConstraint {
  const { year, month, day } = url.pathDate!;
  const range = rangeOfParts(year, month, day);
  const own = url.origin === 'metadata';
  return {
    kind: own ? 'own-url-date' : 'link-date',
    weight: own ? 0.35 : 0.15,
    span: url.span,
    softnessDays: URL_SOFTNESS_DAYS,
    fromUrl: true,
    intervals: [own ? { start: range.start, end: addDays(range.end, 7) } : { start: range.start, end: '2199-12-31' }],
    describe: () => own
      ? `The article's own URL is dated ${formatRange(range)} (${url.url}).`
      : `A link is dated ${formatRange(range)}, so the article was written on or after it (${url.url}).`,
  };
}

/** A very small preference for recent dates: news that is linted is usually recent. */
export const recency: DateConstraintProvider = (_ctx, now) => [{
  kind: 'recency',
  weight: 0.02,
  intervals: [{ start: addDays(now, -365 * 5), end: now }],
  softnessDays: 365 * 100,
  describe: () => 'Among otherwise equal dates, the more recent is preferred.',
}];

/** The evidence the text and its URLs give by themselves. */
export const TEXT_EVIDENCE: readonly DateConstraintProvider[] = [notAfterNow, latestReportedDate, weekdayWithDayMonth, yearlessReportedDates, urlDates, recency];
