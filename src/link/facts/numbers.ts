/**
 * Figures with what they are figures of and when they held: "Northrop Grumman and EADS won an
 * order for 197 tankers" (tankers, ordered, last month), "the Senate voted it down 52-38" (a
 * vote of the Senate), "US$19.7 billion would be infused into the markets" (money, infused,
 * planned). A figure in a quotation, or counted from a date ("since 2004"), is left alone; a
 * figure in the past perfect ("had agreed to lease 100 tankers") belongs to an earlier time
 * the text does not give.
 */
import type { FactClaim, FactValue, QuantityFact } from '../../analysis/mentions.js';
import type { TimeInfo } from '../../analysis/time.js';
import type { SentenceReading, TokenRange } from './reading.js';
import { frameOf, headOf, segmentAround } from './frame.js';
import { factTimeOf, reportWindow, sincePeriod, unplacedTime } from './time.js';
import type { SentenceDate } from './dates.js';
import { plannedIn } from './frame.js';

export function numberFacts(reading: SentenceReading, quantities: readonly QuantityFact[], dates: readonly SentenceDate[], time: TimeInfo): FactClaim[] {
  const placed = quantities
    .map((quantity) => ({ quantity, range: reading.tokenRange(quantity.span) }))
    .filter((q): q is { quantity: QuantityFact; range: TokenRange } => q.range !== undefined);
  const facts: FactClaim[] = [];
  for (const { quantity, range } of placed) {
    if (reading.isQuoted(range.first)) continue;
    const clause = reading.clauseOf(range.first);
    const segment = segmentAround(clause, range, placed.map((q) => q.range).filter((r) => r !== range));
    const before = { first: clause.first, last: range.first - 1 };
    if (hasPastPerfect(reading, before)) continue;
    const when = timeOf(reading, clause, range, dates, time);
    if (when === 'not-a-time') continue;
    // The action is the figure's own; the words are the whole clause's ("defeated Boeing for a contract to supply … 179 tankers").
    const head = headOf(reading.termsIn(segment), range);
    const terms = reading.termsIn(clause);
    facts.push({
      span: quantity.span,
      sentence: quantity.sentence,
      stated: quantity.text,
      value: valueOf(quantity),
      about: frameOf(reading, clause, terms, head),
      time: when,
      planned: plannedIn(reading, clause),
    });
  }
  return facts;
}

function valueOf(q: QuantityFact): FactValue {
  if (q.tally) return { kind: 'tally', noun: 'vote', votes: q.tally };
  // "spend:project" (a verb and its object) names no counted noun; "russian resident" does.
  const noun = q.subject.includes(':') ? '' : q.subject.split(' ').pop() ?? '';
  return { kind: 'number', dimension: q.dimension, noun: noun.replace(/ times$/, ''), value: q.value, range: q.range, bound: q.bound };
}

/** A date in the clause (the nearest), else the days up to the document's date. */
function timeOf(reading: SentenceReading, clause: TokenRange, value: TokenRange, dates: readonly SentenceDate[], time: TimeInfo): FactClaim['time'] | 'not-a-time' {
  let nearest: { date: SentenceDate; distance: number } | undefined;
  for (const date of dates) {
    const range = reading.tokenRange(date.mention.span);
    if (!range || range.first < clause.first || range.last > clause.last) continue;
    const distance = range.first > value.last ? range.first - value.last : value.first - range.last;
    if (!nearest || distance < nearest.distance) nearest = { date, distance };
  }
  if (!nearest) return reportWindow(time);
  // "since 2004", "by 2030": a figure over a period, or a target — not a figure at a time.
  const { mention, resolved } = nearest.date;
  // "since 2013": a figure over the period up to the time of writing; "by 2030": a target, not a figure at a time.
  if (mention.lead === 'since') return resolved ? sincePeriod(resolved, time) : 'not-a-time';
  if (mention.lead) return 'not-a-time';
  return resolved ? factTimeOf(resolved, time) : unplacedTime(mention);
}

function hasPastPerfect(reading: SentenceReading, range: TokenRange): boolean {
  for (let k = range.first; k < range.last; k++) {
    if (reading.tokens[k].lower === 'had' && /(?:ed|en|wn)$/.test(reading.tokens[k + 1]?.lower ?? '')) return true;
    if (reading.tokens[k].lower === 'had' && /(?:ed|en|wn)$/.test(reading.tokens[k + 2]?.lower ?? '') && /ly$/.test(reading.tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
