/**
 * Dated events of the knowledge base as evidence for when a document was written (a
 * provider for the time layer's solver):
 *
 * - a summit named with its place and a relative time: "last year's G20 summit in Osaka"
 *   (held 2019: written in 2020), "next month's APEC summit in Da Nang", "last week's NATO
 *   summit in London";
 * - a summit named with its place and a tense: "leaders met at the G7 summit in Biarritz"
 *   (written after it, within the year), "ahead of the G20 summit in Osaka" (before it),
 *   "leaders gathered in Biarritz for the G7 summit, which opens today" (around it);
 * - a meeting on a day the text gives without its year, at a place where the knowledge base
 *   records a meeting on that very day: "On 22 January, talks … were held in Moscow" → the
 *   Moscow summit of 22 January 2019.
 *
 * A series the knowledge base records only for some years (series.yml `complete`) dates
 * nothing: an unrecorded meeting on the same day or at the same place may be the one meant.
 *
 * Summits are read here without the document date (the claims analyzer needs that date, so
 * asking it would go round in a circle). A summit with a stated year ("the 2019 G20 summit")
 * dates itself through the year, not here.
 */
import type { AnalysisContext } from '../analysis/document.js';
import type { DateMention, IsoDate } from '../analysis/mentions.js';
import type { EventRecord } from '../kb/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Sentence } from '../load/document.js';
import { addDays, addMonths, formatPartialRange, isoOf, minIso, partialDateRange, rangeOfParts } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { mergeSame } from '../time/constraints.js';
import type { DateConstraint } from '../time/constraints.js';
import { tenseAt } from '../extract/date-tense.js';
import { YEARLESS_REACH_DAYS } from '../time/evidence/yearless.js';
import { summitsWithPlaces } from './events.js';
import { partlyRecorded } from '../kb/series.js';

const RELATIVE_WEIGHT = 0.5;
const TENSE_WEIGHT = 0.35;
const SAME_DAY_WEIGHT = 0.6;
/** A summit told as past without its year was held within the year before the writing. */
const WITHIN_YEAR_DAYS = 365;
const MAY_NAME_SUMMIT = /\b(?:G-?\d|Group of|ASEAN|Asean|APEC|Apec|Asia-Pacific|BRICS|SCO|Shanghai Cooperation|NATO|Nato|East Asia)/;
const RELATIVE_BEFORE = /\b(last|this|next|the previous|the following|the coming)\s+(year|month|week)[’']s\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const RELATIVE_AFTER = /^\s*,?\s*(?:(?:held|hosted)\s+)?(?:in\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?\s+)?(last|this|next)\s+(year|month|week)\b/u;
const STATED_YEAR_NEAR = /\b(?:19|20)\d\d\b/;
type Unit = 'year' | 'month' | 'week';

export function eventConstraints(ctx: AnalysisContext, now: IsoDate): DateConstraint[] {
  const found: DateConstraint[] = [];
  const dates = ctx.get('dates');
  for (const sentence of ctx.doc.sentences) {
    if (MAY_NAME_SUMMIT.test(sentence.text)) found.push(...namedSummits(ctx, sentence, now));
  }
  found.push(...meetingsOnTheDay(ctx, dates));
  return mergeSame(found);
}

function namedSummits(ctx: AnalysisContext, sentence: Sentence, now: IsoDate): DateConstraint[] {
  const found: DateConstraint[] = [];
  for (const summit of summitsWithPlaces(sentence.text, ctx.kb)) {
    if (partlyRecorded(summit.series)) continue;
    const before = sentence.text.slice(Math.max(0, summit.start - 60), summit.start);
    const after = sentence.text.slice(summit.end, summit.end + 60);
    if (STATED_YEAR_NEAR.test(before.slice(-12)) || /^\s*,?\s*(?:in|of)\s+(?:\w+\s+)?(?:19|20)\d\d\b/.test(after)) continue;
    const editions = editionsOf(ctx.kb, summit.series, summit.place);
    if (editions.length === 0) continue;
    const span = { start: sentence.span.start + summit.start, end: sentence.span.start + summit.end };
    const name = sentence.text.slice(summit.start, summit.end) + (summit.place ? ` in ${summit.place}` : '');
    const relative = RELATIVE_BEFORE.exec(before) ?? RELATIVE_AFTER.exec(after);
    if (relative) {
      const amount = /last|previous/i.test(relative[1]) ? -1 : /this/i.test(relative[1]) ? 0 : 1;
      found.push(relativeSummit(name, span, editions, relative[2].toLowerCase() as Unit, amount, now));
      continue;
    }
    // Without a time word, only a summit pinned by its place says anything.
    if (!summit.place) continue;
    const tense = tenseAt(ctx.doc, sentence.index, span);
    if (tense === 'past' || tense === 'future' || tense === 'present') found.push(tensedSummit(name, span, editions, tense, now));
  }
  return found;
}

/** The editions of a series the words can mean: all of them, or those at the named place. */
function editionsOf(kb: KnowledgeBase, series: string, place: string | undefined): EventRecord[] {
  const all = kb.eventsInSeries(series).filter((e) => e.start && e.status !== 'cancelled');
  return place ? all.filter((e) => kb.eventIsAt(e, place)) : all;
}

function daysOf(event: EventRecord): DayRange {
  return { start: partialDateRange(event.start!).start, end: partialDateRange(event.end ?? event.start!).end };
}

/** "last year's summit in Osaka" (held 2019): written in 2020; "next month's": in the month before. */
function relativeSummit(name: string, span: DateConstraint['span'], editions: EventRecord[], unit: Unit, amount: number, now: IsoDate): DateConstraint {
  const intervals = editions.map((e) => {
    const held = daysOf(e);
    if (unit === 'year') {
      const year = Number(held.start.slice(0, 4)) - amount;
      return { start: isoOf(year, 1, 1), end: minIso(isoOf(year, 12, 31), now) };
    }
    if (unit === 'month') {
      const month = addMonths(held.start, -amount);
      return rangeOfParts(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    }
    return { start: addDays(held.start, -7 * amount - 6), end: addDays(held.end, -7 * amount + 6) };
  });
  const when = amount < 0 ? `last ${unit}'s` : amount > 0 ? `next ${unit}'s` : `this ${unit}'s`;
  return {
    kind: 'kb-event',
    weight: RELATIVE_WEIGHT,
    span,
    intervals,
    describe: () => `"${name}" is called ${when}; the knowledge base dates it ${editions.map((e) => formatPartialRange(e.start, e.end)).join(' or ')}, so the article was written in the ${unit} ${amount < 0 ? 'after' : amount > 0 ? 'before' : 'of'} it.`,
  };
}

/** "met at the G7 summit in Biarritz" (past): written after it; "ahead of the summit" (plan): before it. */
function tensedSummit(name: string, span: DateConstraint['span'], editions: EventRecord[], tense: 'past' | 'future' | 'present', now: IsoDate): DateConstraint {
  const intervals = editions.map((e) => {
    const held = daysOf(e);
    if (tense === 'past') return { start: held.start, end: minIso(addDays(held.end, WITHIN_YEAR_DAYS), now) };
    if (tense === 'future') return { start: addDays(held.start, -WITHIN_YEAR_DAYS), end: held.start };
    return { start: addDays(held.start, -14), end: addDays(held.end, 14) };
  });
  const side = tense === 'past' ? 'within the year after' : tense === 'future' ? 'within the year before' : 'around';
  return {
    kind: 'kb-event',
    weight: TENSE_WEIGHT,
    span,
    intervals,
    describe: () => `"${name}" is told ${tense === 'past' ? 'as past' : tense === 'future' ? 'as still to come' : 'in the present'}; the knowledge base dates it ${editions.map((e) => formatPartialRange(e.start, e.end)).join(' or ')}, so the article was written ${side} it.`,
  };
}

/**
 * "On 22 January, talks … were held in Moscow": a meeting on a day given without its year,
 * at a place where the knowledge base records a meeting on that day, is that meeting.
 */
function meetingsOnTheDay(ctx: AnalysisContext, dates: DateMention[]): DateConstraint[] {
  const found: DateConstraint[] = [];
  const places = ctx.get('entities').filter((e) => e.kind === 'place' && e.recordIds.length > 0);
  for (const mention of dates) {
    const { year, month, day } = mention.stated;
    if (year !== undefined || month === undefined || day === undefined || mention.kind === 'relative') continue;
    if (!mention.sentenceFamilies?.includes('meetings') || mention.tense !== 'past') continue;
    const here = places.filter((p) => p.sentence === mention.sentence);
    const events = unique(here.flatMap((p) => p.recordIds.flatMap((id) => ctx.kb.eventsAtPlace(id)))).filter((e) => held(e, month, day) && !partlyRecorded(e.series));
    if (events.length === 0) continue;
    const intervals = events.map((e) => ({ start: daysOf(e).start, end: addDays(daysOf(e).end, YEARLESS_REACH_DAYS) }));
    found.push({
      kind: 'kb-event',
      weight: SAME_DAY_WEIGHT,
      span: mention.span,
      intervals,
      describe: () => `"${mention.text}" with ${here.map((p) => p.text).join(', ')}: the knowledge base records ${events.map((e) => `${e.name} on ${formatPartialRange(e.start, e.end)}`).join(' and ')}, so the article was written within the year after it.`,
    });
  }
  return found;
}

function held(event: EventRecord, month: number, day: number): boolean {
  if (!event.start || event.start.length < 10) return false;
  const { start, end } = daysOf(event);
  const year = Number(start.slice(0, 4));
  const iso = isoOf(year, month, day);
  return start <= iso && iso <= end;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
