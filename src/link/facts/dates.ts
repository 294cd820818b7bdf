/**
 * Dates of events: every date written in a sentence, with what happened then — "Theresa May
 * stepped down on July 23", "Today, Navalny was airlifted to Berlin", "the A380 first flew in
 * April 2006". A date that starts a period ("since 2004") or sets a deadline ("by 2030") dates
 * no event, and a date inside a quotation is the speaker's.
 */
import type { DateMention, FactClaim, FactTime } from '../../analysis/mentions.js';
import type { ResolvedDate, TimeInfo } from '../../analysis/time.js';
import type { SentenceReading, TokenRange } from './reading.js';
import { frameOf, headOf, plannedIn, segmentAround } from './frame.js';
import type { Term } from './reading.js';
import { factTimeOf, reportWindow, unplacedTime } from './time.js';
import { looksPredicative, roleOf } from './terms.js';

/** A date mention of the sentence, with its value when the time layer could place it. */
export interface SentenceDate {
  mention: DateMention;
  resolved?: ResolvedDate;
}

export function dateFacts(reading: SentenceReading, dates: readonly SentenceDate[], time: TimeInfo): FactClaim[] {
  const placed = dates
    .map((date) => ({ ...date, range: reading.tokenRange(date.mention.span) }))
    .filter((d): d is SentenceDate & { range: TokenRange } => d.range !== undefined);
  const facts: FactClaim[] = [];
  for (const { mention, resolved, range } of placed) {
    if (mention.lead || resolved?.approximate || reading.isQuoted(range.first)) continue;
    const value: FactTime | undefined = resolved ? factTimeOf(resolved, time) : unplacedTime(mention);
    if (!value) continue;
    const clause = reading.clauseOf(range.first);
    const others = placed.map((d) => d.range).filter((r) => r !== range);
    const segment = segmentAround(clause, range, others);
    const terms = reading.termsIn(segment);
    const head = headOf(terms, range, attachedToOthers(terms, others));
    if (!head || datesSaying(reading, range, head, segment) || reading.hasRelativeOccurrence(clause)) continue;
    const about = frameOf(reading, clause, terms, head, range);
    // Without a name, a date needs more words to say what it dates ("the vaccination campaign started").
    if (about.entities.length === 0 && about.terms.length < 2) continue;
    const stated = mention.text.trim().replace(/[,.;:]+$/, '');
    const start = mention.span.start + mention.text.indexOf(stated);
    const fact: FactClaim = {
      span: { start, end: start + stated.length },
      sentence: mention.sentence,
      stated,
      value: { kind: 'date', time: value },
      about,
    };
    // A plan's date is compared with plans only — unless it is for the day of writing ("is to step down today").
    if (plannedIn(reading, { first: clause.first, last: range.first - 1 }) && !isDocumentDay(value, time)) fact.planned = true;
    facts.push(fact);
  }
  return facts;
}

/** A verb of saying stands between the date and its action ("said on Monday that …"): the date is the saying's. */
function datesSaying(reading: SentenceReading, date: TokenRange, head: Term, segment: TokenRange): boolean {
  const [from, to] = head.index < date.first ? [head.index + 1, date.first - 1] : [date.last + 1, head.index - 1];
  for (let k = Math.max(from, segment.first); k <= Math.min(to, segment.last); k++) if (reading.isReporting(k)) return true;
  return false;
}

/** Terms written right before another date of the clause ("begun on November 15"): that date's action. */
function attachedToOthers(terms: readonly Term[], others: readonly TokenRange[]): Set<number> {
  const taken = new Set<number>();
  for (const other of others) {
    const before = terms.filter((t) => t.index < other.first && other.first - t.index <= 2 && t.predicative).pop();
    if (before) taken.add(before.index);
  }
  return taken;
}

function isDocumentDay(time: FactTime, info: TimeInfo): boolean {
  return time.reliable && time.start !== undefined && time.start === time.end && time.start === info.documentDate.date;
}

const PERFECT_AUXILIARIES = new Set(['has', 'have']);

/**
 * The news of a lead sentence: "The Airbus A380 has made its maiden flight" in an article of
 * 27 April 2005 says the flight happened in the days before that date. Only the first sentence
 * of the body, only the present perfect of an action ("has been …" describes a state), and
 * only when the clause gives no date of its own.
 */
export function leadFacts(reading: SentenceReading, dates: readonly SentenceDate[], time: TimeInfo): FactClaim[] {
  const window = reportWindow(time);
  if (!window) return [];
  const t = reading.tokens;
  const dated = dates.map((d) => reading.tokenRange(d.mention.span)).filter((r): r is TokenRange => r !== undefined);
  for (let k = 0; k + 1 < t.length; k++) {
    if (!PERFECT_AUXILIARIES.has(t[k].lower) || reading.isQuoted(k)) continue;
    const participle = /ly$/.test(t[k + 1].lower) ? k + 2 : k + 1;
    const word = t[participle]?.lower ?? '';
    if (word === 'been' || !(roleOf(word) === 'light' || looksPredicative(word) || /(?:en|wn)$/.test(word))) continue;
    const clause = reading.clauseOf(k);
    // A date after the verb dates it ("has signed the treaty on Monday"): the date's own fact says so.
    if (dated.some((r) => r.first > k && r.last <= clause.last)) return [];
    const rest = { first: k, last: clause.last };
    const terms = reading.termsIn(rest);
    const head = terms.find((term) => term.predicative);
    const about = frameOf(reading, clause, terms, head);
    if (!head || about.entities.length === 0) return [];
    const span = reading.spanOf({ first: k, last: head.index });
    return [{ span, sentence: reading.input.sentence, stated: reading.textOf({ first: k, last: head.index }), value: { kind: 'date', time: window }, about }];
  }
  return [];
}
