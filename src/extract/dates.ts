/**
 * Date mentions: chrono-node for calendar expressions ("Jan. 22", "22 January 2019",
 * "March 2012", "Tuesday", ranges), factlint's own finders for bare years and relative
 * expressions. Sentence by sentence, with whitespace runs collapsed (long runs make chrono
 * slow), and only for sentences a cheap pre-filter says may hold a date. Spans are exact
 * offsets into `doc.text`; values are *stated* parts only — resolving what is implied is the
 * time layer's job (`src/time/resolve.ts`), which knows the document's date.
 */
import * as chrono from 'chrono-node';
import type { Document, Sentence, Span } from '../load/document.js';
import type { Analyzer } from '../analysis/document.js';
import type { DateMention, DateParts, Granularity } from '../analysis/mentions.js';
import { findYears } from './years.js';
import { describeDateContext } from './date-context.js';
import { MONTH_PATTERN, WEEKDAY_NAMES } from '../base/calendar.js';
import { findRelativeExpressions } from './relative-expressions.js';

/**
 * Sentences without a month, a weekday or a numeric date cannot hold a calendar date, so
 * chrono never sees them (bare years have their own finder).
 */
const CHRONO_PREFILTER = new RegExp(`\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\b${MONTH_PATTERN}(?![\\p{L}])|\\b(?:${WEEKDAY_NAMES.join('|')})\\b`, 'u');
const RELATIVE_PREFILTER = /\b(?:ago|before|after|earlier|later|following|next|previous|preceding|last|this|yesterday|today|tomorrow|tonight)\b/i;
/** chrono readings that are relative or durations: factlint's own finder handles those. */
const CHRONO_RELATIVE = /\b(?:ago|last|next|this|past|coming|yesterday|today|tomorrow|tonight|now|before|after|later|earlier|for|within|in\s+\d+|from now)\b/i;

/**
 * chrono's casual English parsers, less those for times of day and for relative phrases
 * ("three days ago", "within a week", "tonight", "end of the month"): factlint reads relative
 * expressions itself (`relative-expressions.ts`) and would drop chrono's readings of them, and
 * those parsers cost about half of chrono's time on long articles.
 */
const DROPPED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

function calendarParser(): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration(false);
  const names = new Set(configuration.parsers.map((p) => p.constructor.name));
  const missing = [...DROPPED_PARSERS].filter((name) => !names.has(name));
  // A chrono upgrade that renames a parser must be noticed, not silently parse more.
  if (missing.length > 0) throw new Error(`chrono-node has no parser ${missing.join(', ')}: review DROPPED_PARSERS in src/extract/dates.ts`);
  configuration.parsers = configuration.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  return new chrono.Chrono(configuration);
}

const parser = calendarParser();

export function extractDates(doc: Document, excluded: Span[] = []): DateMention[] {
  const mentions: DateMention[] = [];
  for (const sentence of doc.sentences) {
    const text = maskSpans(sentence, excluded);
    const found: DateMention[] = [];
    if (CHRONO_PREFILTER.test(text)) found.push(...chronoDates(text, sentence));
    if (/\d{4}/.test(text)) found.push(...yearDates(text, sentence));
    if (RELATIVE_PREFILTER.test(text)) found.push(...relativeDates(text, sentence));
    mentions.push(...withoutOverlaps(found));
  }
  describeDateContext(doc, mentions);
  return mentions;
}

/** Blank out URLs so that `/2026/04/02/` in a link is not read as a date in the prose. */
function maskSpans(sentence: Sentence, excluded: Span[]): string {
  let text = sentence.text;
  for (const span of excluded) {
    if (span.end <= sentence.span.start || span.start >= sentence.span.end) continue;
    const from = Math.max(0, span.start - sentence.span.start);
    const to = Math.min(text.length, span.end - sentence.span.start);
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/**
 * Collapses whitespace runs to one space; `original(i)` is the offset in `text` of the kept
 * character at `i`. Most sentences have no run, and then the offsets are the same.
 */
function collapseWhitespace(text: string): { text: string; original: (index: number) => number } {
  if (!/\s\s/.test(text)) return { text: text.replace(/\s/g, ' '), original: (index) => index };
  const kept: string[] = [];
  const offsets: number[] = [];
  let previousWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = /\s/.test(text[i]);
    if (isSpace && previousWasSpace) continue;
    kept.push(isSpace ? ' ' : text[i]);
    offsets.push(i);
    previousWasSpace = isSpace;
  }
  return { text: kept.join(''), original: (index) => offsets[index] };
}

function chronoDates(raw: string, sentence: Sentence): DateMention[] {
  const { text, original } = collapseWhitespace(raw);
  const mentions: DateMention[] = [];
  for (const found of parser.parse(text, undefined, { forwardDate: false })) {
    const result = explicitPart(found);
    if (!result || CHRONO_RELATIVE.test(result.text) || !CALENDAR_WORDS.test(result.text)) continue;
    // "7/8/07" is 7 August or 8 July, but the year is plain.
    const stated = isAmbiguousNumeric(result.text) ? yearOnly(result.start) : statedParts(result.start);
    const lead = trimLeadingWords(result.text, result.index);
    // "Edmonton Sun, August 16": the weekday was a name's last word.
    const name = stated.weekday !== undefined ? weekdayInName(text, lead.start) : 0;
    if (name > 0) delete stated.weekday;
    if (stated.year === undefined && stated.month === undefined && stated.weekday === undefined) continue;
    const start = lead.start + name;
    const length = lead.length - name;
    const span = {
      start: sentence.span.start + original(start),
      end: sentence.span.start + original(start + length - 1) + 1,
    };
    const statedEnd = result.end ? statedParts(result.end) : undefined;
    mentions.push({
      span,
      text: raw.slice(span.start - sentence.span.start, span.end - sentence.span.start),
      sentence: sentence.index,
      kind: kindOf(stated, statedEnd),
      stated,
      granularity: granularityOf(stated),
      ...(statedEnd ? { statedEnd } : {}),
      origin: 'chrono',
    });
  }
  return mentions;
}

/**
 * "this Thursday, 1 May 2014", "the evening of Friday, 30 April 2004": chrono reads the
 * relative word or the time of day into the date and loses what is stated; the date itself
 * starts at its weekday, month or number.
 */
type ChronoReading = Pick<chrono.ParsedResult, 'text' | 'index' | 'start' | 'end'>;

function explicitPart(result: chrono.ParsedResult): ChronoReading | undefined {
  const lead = LEADING_WORDS.exec(result.text);
  if (!lead || !DAY_AND_MONTH.test(result.text)) return result;
  const rest = result.text.slice(lead[0].length);
  const reparsed = parser.parse(rest, undefined, { forwardDate: false })[0];
  if (!reparsed || reparsed.index !== 0 || !reparsed.start.isCertain('month')) return result;
  return { text: reparsed.text, index: result.index + lead[0].length, start: reparsed.start, end: reparsed.end };
}

const LEADING_WORDS = /^(?:(?:this|last|next|coming|past)\s+|(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)/i;
const DAY_AND_MONTH = new RegExp(`\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}|${MONTH_PATTERN}\\.?\\s+\\d{1,2}\\b`);

/** chrono includes "On"/"in" in "On 6 May": the mention is the date itself. */
function trimLeadingWords(text: string, index: number): { start: number; length: number } {
  const lead = /^(?:on|in|at|from|since|by|of)\s+/i.exec(text)?.[0].length ?? 0;
  return { start: index + lead, length: text.length - lead };
}

/** An abbreviated weekday with what follows it up to the date ("Sun, ", "Wed. "). */
const ABBREVIATED_WEEKDAY = /^(?:Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b\.?,?\s*/;
/** A capitalised word or "the" right before: "Edmonton Sun", "The Sun", "the Sat" are names, not weekdays. */
const NAME_BEFORE = /(?:(?<![\p{L}])\p{Lu}[\p{L}'’.-]*|(?<![\p{L}])the)\s+$/u;

/** How many characters of an abbreviated weekday at `start` belong to a name before it (0 when it is a weekday). */
function weekdayInName(text: string, start: number): number {
  const weekday = ABBREVIATED_WEEKDAY.exec(text.slice(start));
  if (!weekday || !NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return 0;
  return weekday[0].length;
}

/** chrono reads "- two years" as a date; a calendar date names a month, a weekday or a number. */
const CALENDAR_WORDS = new RegExp(`\\d|\\b${MONTH_PATTERN}(?![\\p{L}])|\\b(?:${WEEKDAY_NAMES.join('|')})\\b`, 'u');

/** "03/04/2019" is 3 April or 4 March depending on the writer: only its year can be trusted. */
function isAmbiguousNumeric(text: string): boolean {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}$/.exec(text.trim());
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

type ChronoComponents = chrono.ParsedResult['start'];

function yearOnly(components: ChronoComponents): DateParts {
  return components.isCertain('year') ? { year: components.get('year') ?? undefined } : {};
}

function statedParts(components: ChronoComponents): DateParts {
  const parts: DateParts = {};
  if (components.isCertain('year')) parts.year = components.get('year') ?? undefined;
  if (components.isCertain('month')) parts.month = components.get('month') ?? undefined;
  if (components.isCertain('day')) parts.day = components.get('day') ?? undefined;
  if (components.isCertain('weekday')) parts.weekday = components.get('weekday') ?? undefined;
  return parts;
}

function kindOf(stated: DateParts, statedEnd?: DateParts): DateMention['kind'] {
  if (statedEnd) return 'range';
  if (stated.month === undefined && stated.year === undefined) return 'weekday';
  if (stated.year !== undefined && stated.month !== undefined && stated.day !== undefined) return 'absolute';
  return 'partial';
}

function granularityOf(stated: DateParts): Granularity {
  if (stated.day !== undefined) return 'day';
  if (stated.month !== undefined) return 'month';
  return 'year';
}

function yearDates(text: string, sentence: Sentence): DateMention[] {
  return findYears(text, sentence.span.start).map((y) => ({
    span: y.span,
    text: String(y.year),
    sentence: sentence.index,
    kind: 'year',
    stated: { year: y.year },
    granularity: 'year',
    origin: 'year',
    cue: y.cue,
  }));
}

function relativeDates(text: string, sentence: Sentence): DateMention[] {
  return findRelativeExpressions(text, sentence.span.start).map((r) => ({
    span: r.span,
    text: r.text,
    sentence: sentence.index,
    kind: 'relative',
    stated: r.weekday !== undefined ? { weekday: r.weekday } : {},
    granularity: r.relative.unit === 'day' || r.weekday !== undefined ? 'day' : r.relative.unit === 'decade' ? 'year' : r.relative.unit === 'week' ? 'day' : r.relative.unit,
    relative: r.relative,
    origin: 'relative',
    anchor: r.anchor,
    ...(r.anchorFollows ? { anchorFollows: true } : {}),
    ...(r.bound ? { bound: r.bound } : {}),
  }));
}

/** Calendar dates win over relative readings, which win over bare years, at the same place. */
function withoutOverlaps(found: DateMention[]): DateMention[] {
  const rank = (m: DateMention) => (m.origin === 'chrono' ? 0 : m.origin === 'relative' ? 1 : 2);
  const kept: DateMention[] = [];
  for (const m of [...found].sort((a, b) => rank(a) - rank(b) || a.span.start - b.span.start)) {
    if (!kept.some((k) => k.span.start < m.span.end && m.span.start < k.span.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

export const dateAnalyzer: Analyzer<'dates'> = {
  kind: 'dates',
  analyze: (ctx) => {
    const urlSpans = ctx.get('urls').filter((u) => u.origin === 'text').map((u) => u.span);
    return extractDates(ctx.doc, urlSpans);
  },
};
