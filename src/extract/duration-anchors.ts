/**
 * What a duration is measured against, as its sentence says it:
 *
 * - a range: "for a quarter of a century, from 1977 to 1995";
 * - a start running to the time of writing: "has fought it for nine years, since 2004",
 *   "the bodyshell dates back more than a decade, to 1998", "seven years on from 2004";
 * - a point counted back from the time of writing: "12 years ago, in 1999";
 * - a start earlier in the sentence and an end: "arrested in 1963 and imprisoned for two
 *   decades, until 1974".
 *
 * A start runs to the time of writing only when the clause's verb says so: present perfect
 * or present ("has been mayor … since 1998"). A past perfect ("had held the post for more
 * than two years, since April 2018") ends at a past time the text leaves open, so only a
 * duration too long even for the time of writing is wrong; a simple past ("served for almost
 * a decade since 2008") ended at a time the text does not give, and nothing is checked.
 * Dates are paired only when they stand next to the duration, in the same stretch of clause.
 */
import type { DateMention, DurationAnchor, DurationMention } from '../analysis/mentions.js';
import type { Document } from '../load/document.js';
import { alternation, words } from '../base/vocabulary.js';
import { verbAspect } from './aspect.js';
import { pushToList } from '../base/multimap.js';

/** How far (in characters) a date may stand from its duration and still be its anchor. */
const NEAR = 80;
/** What may not stand between a duration and its date: a new clause or another date. */
const HARD_BREAK = /[;:()[\]]|\s[—–]\s|—|,\s+(?:which|who|whereas|while|but|although|though|when|because|so|yet|or|and)\b/i;

const BACK_TO_VERB = new RegExp(`\\b${alternation(words('durations', 'back_to_verbs'))}\\s+$`, 'i');
// The joins below are written so that no two adjacent parts can match the same spaces ("\s*(?:,\s*)?", not
// "\s*,?\s*"): each is linear on a gap of any length.
/** "… ago, in 1999", "… ago (on 20 August 2018)", "… ago in 1999". */
const AGO_JOIN = /^\s*(?:[,(]\s*)?(?:back\s+)?(?:(?:in|on|during)\s*)?$/i;
/** "In 1999, twelve years ago, …": the date just before. */
const AGO_JOIN_BEFORE = /^\s*(?:,\s*)?$/;
const UNTIL_JOIN = /^\s*(?:,\s*)?(?:until|till|to|through)\s+$/i;
const TO_JOIN = /^\s*(?:,\s*)?to\s+$/i;
const COUNT_ON_JOIN: Record<string, RegExp> = { on: /^\s+on\s*(?:,\s*)?(?:from|since)\s+(?:the\s+)?$/i, after: /^\s+after\s+(?:the\s+)?$/i, since: /^\s+since\s+(?:the\s+)?$/i };

interface Indexed {
  date: DateMention;
  index: number;
}

/** Adds `anchor` to the durations whose sentence ties them to dates (in place; returns them). */
export function anchorDurations(doc: Document, durations: DurationMention[], dates: DateMention[]): DurationMention[] {
  // Dates and durations grouped by sentence once: a duration only looks within its own sentence,
  // and filtering the whole document for each one is quadratic on long documents.
  const datesBySentence = new Map<number, Indexed[]>();
  dates.forEach((date, index) => {
    if (date.kind !== 'relative') pushToList(datesBySentence, date.sentence, { date, index });
  });
  const durationsBySentence = new Map<number, DurationMention[]>();
  for (const duration of durations) pushToList(durationsBySentence, duration.sentence, duration);
  for (const duration of durations) {
    const sentence = doc.sentences[duration.sentence];
    if (!sentence) continue;
    const inSentence = datesBySentence.get(duration.sentence) ?? [];
    const anchor = anchorOf(doc, duration, inSentence, durationsBySentence.get(duration.sentence) ?? [], sentence.span);
    if (anchor) duration.anchor = anchor;
  }
  return durations;
}

function anchorOf(doc: Document, duration: DurationMention, dates: Indexed[], durations: DurationMention[], sentence: { start: number; end: number }): DurationAnchor | undefined {
  const text = doc.text;
  const between = (a: number, b: number) => text.slice(Math.min(a, b), Math.max(a, b));
  const after = dates.filter((d) => d.date.span.start >= duration.span.end);
  const before = dates.filter((d) => d.date.span.end <= duration.span.start).reverse();
  const nextDate = after[0];
  const gapAfter = nextDate ? between(duration.span.end, nextDate.date.span.start) : undefined;
  const hasYear = (d: Indexed | undefined): d is Indexed => d !== undefined && d.date.stated.year !== undefined;

  if (duration.ago) {
    if (hasYear(nextDate) && AGO_JOIN.test(gapAfter!)) return { via: 'ago', start: nextDate.index, runsTo: 'writing' };
    const previous = before[0];
    if (hasYear(previous) && AGO_JOIN_BEFORE.test(between(previous.date.span.end, duration.span.start))) return { via: 'ago', start: previous.index, runsTo: 'writing' };
    return undefined;
  }
  if (duration.follower) {
    const join = COUNT_ON_JOIN[duration.follower];
    if (!hasYear(nextDate) || !join.test(gapAfter!)) return undefined;
    return startToWriting(doc, duration, nextDate, 'counting-on', sentence);
  }

  const range = nearest(dates.filter((d) => isRange(d.date, dates)), duration, text, durations);
  if (range) return { via: 'range', start: range.index, end: range.date.kind === 'range' ? range.index : range.date.rangeEnd! };

  const since = nearest(dates.filter((d) => d.date.lead === 'since' && d.date.stated.year !== undefined), duration, text, durations);
  if (since) return startToWriting(doc, duration, since, 'since', sentence);

  if (hasYear(nextDate) && TO_JOIN.test(gapAfter!) && BACK_TO_VERB.test(text.slice(Math.max(sentence.start, duration.span.start - 40), duration.span.start).trimEnd() + ' ')) {
    return { via: 'back-to', start: nextDate.index, runsTo: 'writing' };
  }

  if (hasYear(nextDate) && UNTIL_JOIN.test(gapAfter!)) {
    // "arrested in 1963 and imprisoned for two decades, until 1974": the start is the last point in time before.
    const start = before.find((d) => d.date.stated.year !== undefined && d.date.kind !== 'range' && d.date.rangeEnd === undefined);
    if (start && start.date.stated.year! <= nextDate.date.stated.year!) return { via: 'until', start: start.index, end: nextDate.index };
  }
  return undefined;
}

/** A since-date runs to the time of writing in a present or present-perfect clause, to some earlier time in a past perfect. */
function startToWriting(doc: Document, duration: DurationMention, start: Indexed, via: DurationAnchor['via'], sentence: { start: number; end: number }): DurationAnchor | undefined {
  const aspect = verbAspect(doc.text.slice(sentence.start, duration.span.start), doc.text.slice(duration.span.end, sentence.end));
  if (aspect === 'present' || aspect === 'present-perfect') return { via, start: start.index, runsTo: 'writing' };
  if (aspect === 'past-perfect') return { via, start: start.index, runsTo: 'before-writing' };
  return undefined;
}

/** "from 1977 to 1995" as one chrono range, or as a pair of years the date context joined. */
function isRange(date: DateMention, dates: Indexed[]): boolean {
  if (date.kind === 'range') return date.stated.year !== undefined && date.statedEnd?.year !== undefined;
  return date.rangeEnd !== undefined && dates.some((d) => d.index === date.rangeEnd);
}

/** The candidate standing next to the duration: near, in the same stretch of clause, no other duration between. */
function nearest(candidates: Indexed[], duration: DurationMention, text: string, durations: DurationMention[]): Indexed | undefined {
  const distance = (d: Indexed) => (d.date.span.start >= duration.span.end ? d.date.span.start - duration.span.end : duration.span.start - d.date.span.end);
  return candidates
    .filter((d) => distance(d) <= NEAR)
    .filter((d) => {
      const from = Math.min(d.date.span.end, duration.span.end);
      const to = Math.max(d.date.span.start, duration.span.start);
      const gap = text.slice(from, to);
      return !HARD_BREAK.test(gap) && !durations.some((o) => o !== duration && o.span.start >= from && o.span.end <= to);
    })
    .sort((a, b) => distance(a) - distance(b))[0];
}
