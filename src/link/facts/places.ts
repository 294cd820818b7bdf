/**
 * Where something happened: "the two leaders met in Da Nang on Monday", "the talks were held
 * at Geneva". A place the knowledge base knows, after "in" or "at", with the action it
 * locates and the time (a date in the clause, else the days of the report). The place is the
 * value; the other names of the clause say what happened there.
 */
import type { FactClaim } from '../../analysis/mentions.js';
import type { TimeInfo } from '../../analysis/time.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { SentenceReading, TokenRange } from './reading.js';
import type { SentenceDate } from './dates.js';
import { frameOf, headOf, plannedIn } from './frame.js';
import { factTimeOf, reportWindow, unplacedTime } from './time.js';

const LOCATING = new Set(['in', 'at']);

export function placeFacts(reading: SentenceReading, dates: readonly SentenceDate[], time: TimeInfo, kb: KnowledgeBase): FactClaim[] {
  const facts: FactClaim[] = [];
  for (const entity of reading.entities) {
    const placeKey = entity.keys.find((k) => k.startsWith('place:'));
    const before = reading.tokens[entity.first - 1]?.lower === 'the' ? entity.first - 2 : entity.first - 1;
    if (!placeKey || !LOCATING.has(reading.tokens[before]?.lower ?? '') || reading.isQuoted(entity.first)) continue;
    const range: TokenRange = { first: entity.first, last: entity.last };
    const clause = reading.clauseOf(entity.first);
    const terms = reading.termsIn(clause);
    const head = headOf(terms, range);
    if (!head) continue;
    const when = timeIn(reading, clause, dates, time);
    if (!when) continue;
    const about = frameOf(reading, clause, terms, head);
    // The place is the value, not one of the names that say what happened.
    about.entities = about.entities.filter((keys) => !keys.includes(placeKey));
    if (about.entities.length === 0) continue;
    const placeId = placeKey.slice('place:'.length);
    facts.push({
      span: reading.spanOf(range),
      sentence: reading.input.sentence,
      stated: entity.text,
      value: { kind: 'place', place: placeId, within: containers(kb, placeId) },
      about,
      time: when,
      ...(plannedIn(reading, clause) ? { planned: true } : {}),
    });
  }
  return facts;
}

/** A date of the clause, else the days up to the document's date. */
function timeIn(reading: SentenceReading, clause: TokenRange, dates: readonly SentenceDate[], time: TimeInfo): FactClaim['time'] {
  for (const date of dates) {
    const range = reading.tokenRange(date.mention.span);
    if (!range || range.first < clause.first || range.last > clause.last || date.mention.lead) continue;
    return date.resolved ? factTimeOf(date.resolved, time) : unplacedTime(date.mention);
  }
  return reportWindow(time);
}

/** The place and what contains it, as the knowledge base knows ("osaka-japan" → its country "japan"). */
function containers(kb: KnowledgeBase, placeId: string): string[] {
  const place = kb.place(placeId);
  return place?.countryId && place.countryId !== placeId ? [placeId, place.countryId] : [placeId];
}
