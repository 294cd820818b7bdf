/**
 * Explicit calendar dates inside one clause ("in 1999", "in November 2018", "on 16 July
 * 2001", "Jan. 22, 2019"). Claims only need dates the text states outright, with their
 * offsets, so this is a small pattern scan rather than a general date parser; relative
 * expressions are left to the time layer.
 */
import { MONTH_PATTERN, monthNumber, rangeOfParts } from '../base/calendar.js';
import type { DayRange, Granularity } from '../base/calendar.js';

export interface StatedDate {
  /** Offsets relative to the scanned string. */
  start: number;
  end: number;
  text: string;
  year: number;
  month?: number;
  day?: number;
  granularity: Granularity;
}

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const STATED_DATE = new RegExp(
  [
    `\\b${DAY} (${MONTH_PATTERN}),? ${YEAR}\\b`, // 16 July 2001
    `\\b(${MONTH_PATTERN}) ${DAY},? ${YEAR}\\b`, // July 16, 2001
    `\\b(${MONTH_PATTERN}),? ${YEAR}\\b`, // July 2001
    `(?<![\\d,.$€£¥#/-])${YEAR}(?!\\d|s\\b|[’']s\\b|[,]\\d|[-/]\\d|%| ?(?:per ?cent|percent|people|delegates|troops|soldiers|km|miles|tons|tonnes|votes|members))`, // 1999
  ].join('|'),
  'gi',
);

export function statedDates(text: string): StatedDate[] {
  const found: StatedDate[] = [];
  for (const m of text.matchAll(STATED_DATE)) {
    const date = fromMatch(m);
    if (date) found.push({ ...date, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

type Parts = Omit<StatedDate, 'start' | 'end' | 'text'>;

function fromMatch(m: RegExpMatchArray): Parts | undefined {
  if (m[1] && m[2] && m[3]) return dayPrecise(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  if (m[4] && m[5] && m[6]) return dayPrecise(Number(m[6]), monthNumber(m[4]), Number(m[5]));
  if (m[7] && m[8]) {
    const month = monthNumber(m[7]);
    // "May 2018" is a month; "may 2018" in lower case is more likely the verb.
    if (!month || (m[7] === 'may')) return undefined;
    return { year: Number(m[8]), month, granularity: 'month' };
  }
  if (m[9]) return { year: Number(m[9]), granularity: 'year' };
  return undefined;
}

function dayPrecise(year: number, month: number | undefined, day: number): Parts | undefined {
  if (!month || day < 1 || day > 31) return undefined;
  return { year, month, day, granularity: 'day' };
}

/** The closed interval of days a stated date covers. */
export function statedInterval(date: Pick<StatedDate, 'year' | 'month' | 'day'>): DayRange {
  return rangeOfParts(date.year, date.month, date.day);
}
