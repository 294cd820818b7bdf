/**
 * Relative expressions anchored on a date the text states: "two years ago, on 20 August
 * 2018" was written about two years after that day; "the 20th anniversary of the October
 * 1987 crash" twenty years after it. Each pins the date to a window as wide as the words are
 * vague ("about", "more than").
 */
import type { DateMention, IsoDate } from '../../analysis/mentions.js';
import type { AnalysisContext } from '../../analysis/document.js';
import { statedRange } from '../../analysis/date-values.js';
import { addDays, addMonths, addYears, formatDay } from '../../base/calendar.js';
import type { DayRange } from '../../base/calendar.js';
import { parseCount } from '../../extract/number-words.js';
import { LATEST_DAY } from '../constraints.js';
import type { DateConstraint, DateConstraintProvider } from '../constraints.js';

const ANCHORED_WEIGHT = 0.6;
/** Words allowed between "N years ago" and its date: ", in 1999", " (on 20 August 2018)". */
const GAP_AFTER = /^[\s,(—–-]*(?:(?:back|way)\s+)?(?:in|on|during|of)?\s*$/i;
const GAP_BEFORE = /^[\s,)—–-]*(?:or|some|about|nearly|almost|just)?\s*$/i;
const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b|\b([a-z]+(?:[- ][a-z]+)?)\s+anniversary\s+of\b/gi;
/** How far after "anniversary of" its date may stand. */
const ANNIVERSARY_REACH = 80;

type Unit = NonNullable<DateMention['relative']>['unit'];

export const anchoredRelativeEvidence: DateConstraintProvider = (ctx) => {
  const dates = ctx.get('dates');
  return [...agoWithDate(ctx.doc.text, dates), ...anniversaries(ctx, dates)];
};

/** The dates that "N years ago" counts back to, with the expression: they lie far from the writing by the text's own words. */
export function agoAnchors(text: string, dates: DateMention[]): Map<DateMention, DateMention> {
  const anchors = new Map<DateMention, DateMention>();
  dates.forEach((mention, i) => {
    if (mention.kind !== 'relative' || !mention.relative || !/\bago$/i.test(mention.text)) return;
    const anchor = adjacentDate(text, dates, i);
    if (anchor) anchors.set(anchor, mention);
  });
  return anchors;
}

function agoWithDate(text: string, dates: DateMention[]): DateConstraint[] {
  const found: DateConstraint[] = [];
  for (const [anchor, mention] of agoAnchors(text, dates)) {
    if (!mention.relative) continue;
    const stated = statedRange(anchor)!;
    const { unit, amount } = mention.relative;
    const n = Math.abs(amount);
    const slack = mention.bound === 'about' || mention.relative.approximate ? Math.max(halfUnit(unit), n * unitDays(unit) * 0.15) : halfUnit(unit);
    const shifted = { start: shift(stated.start, unit, n), end: shift(stated.end, unit, n) };
    const window = mention.bound === 'more-than'
      ? { start: shifted.start, end: LATEST_DAY }
      : mention.bound === 'less-than'
        ? { start: stated.start, end: addDays(shifted.end, slack) }
        : { start: addDays(shifted.start, -slack), end: addDays(shifted.end, slack) };
    found.push({
      kind: 'anchored-relative',
      weight: ANCHORED_WEIGHT,
      span: mention.span,
      alsoAt: [anchor.span],
      intervals: [window],
      describe: () => `"${mention.text}" counts back to "${anchor.text}", so the article was written ${windowWords(window)}.`,
    });
  }
  return found;
}

/** The stated date right before or after "N years ago" in the same sentence. */
function adjacentDate(text: string, dates: DateMention[], i: number): DateMention | undefined {
  const mention = dates[i];
  const next = dates[i + 1];
  const previous = dates[i - 1];
  const stated = (d: DateMention | undefined) => d !== undefined && d.sentence === mention.sentence && d.kind !== 'relative' && statedRange(d) !== undefined;
  if (stated(next) && GAP_AFTER.test(text.slice(mention.span.end, next!.span.start))) return next;
  if (stated(previous) && GAP_BEFORE.test(text.slice(previous!.span.end, mention.span.start))) return previous;
  return undefined;
}

/** "the 20th anniversary of the October 1987 crash": written around the anniversary. */
function anniversaries(ctx: AnalysisContext, dates: DateMention[]): DateConstraint[] {
  const found: DateConstraint[] = [];
  for (const sentence of ctx.doc.sentences) {
    if (!/anniversary/i.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(ANNIVERSARY)) {
      const years = m[1] ? Number(m[1]) : cardinalOf(m[2]);
      if (!years) continue;
      const from = sentence.span.start + m.index + m[0].length;
      const anchor = dates.find((d) => d.sentence === sentence.index && d.span.start >= from && d.span.start - from <= ANNIVERSARY_REACH && d.kind !== 'relative' && statedRange(d));
      if (!anchor) continue;
      const stated = statedRange(anchor)!;
      const window = { start: addDays(addYears(stated.start, years), -31), end: addDays(addYears(stated.end, years), 31) };
      const span = { start: sentence.span.start + m.index, end: from };
      found.push({
        kind: 'anniversary',
        weight: ANCHORED_WEIGHT,
        span,
        alsoAt: [anchor.span],
        intervals: [window],
        describe: () => `"${m[0]} … ${anchor.text}": an anniversary is marked around its date, so the article was written ${windowWords(window)}.`,
      });
    }
  }
  return found;
}

/** "twentieth" → 20, "fiftieth" → 50, "first" → 1 (the ordinal as a count). */
function cardinalOf(ordinal: string): number | undefined {
  const irregular: Record<string, string> = { first: 'one', second: 'two', third: 'three', fifth: 'five', eighth: 'eight', ninth: 'nine', twelfth: 'twelve' };
  const words = ordinal.toLowerCase().split(/[- ]/);
  const last = words.pop()!;
  const cardinal = irregular[last] ?? (last.endsWith('ieth') ? `${last.slice(0, -4)}y` : last.endsWith('th') ? last.slice(0, -2) : undefined);
  if (!cardinal) return undefined;
  return parseCount([...words, cardinal].join('-'));
}

function shift(day: IsoDate, unit: Unit, n: number): IsoDate {
  switch (unit) {
    case 'day': return addDays(day, n);
    case 'week': return addDays(day, 7 * n);
    case 'month': return addMonths(day, n);
    case 'year': return addYears(day, n);
    case 'decade': return addYears(day, 10 * n);
  }
}

function unitDays(unit: Unit): number {
  return { day: 1, week: 7, month: 30, year: 365, decade: 3652 }[unit];
}

/** "two years ago" is said of anything from about a year and a half to two and a half. */
function halfUnit(unit: Unit): number {
  return Math.floor(unitDays(unit) / 2);
}

function windowWords(window: DayRange): string {
  return window.end === LATEST_DAY ? `on or after ${formatDay(window.start)}` : `between ${formatDay(window.start)} and ${formatDay(window.end)}`;
}
