/** Every rule factlint ships, one file each. Keep this list sorted by id. */
import type { Rule } from '../src/rule-api/index.js';
import crossDocConflict from './cross-doc-conflict.js';
import elapsedTime from './elapsed-time.js';
import eventDate from './event-date.js';
import eventLocation from './event-location.js';
import futureDate from './future-date.js';
import officeHolder from './office-holder.js';
import unattributedQuote from './unattributed-quote.js';
import unsourcedQuote from './unsourced-quote.js';
import urlDate from './url-date.js';
import weekdayMismatch from './weekday-mismatch.js';

export const builtinRules: Rule[] = [
  crossDocConflict,
  elapsedTime,
  eventDate,
  eventLocation,
  futureDate,
  officeHolder,
  unattributedQuote,
  unsourcedQuote,
  urlDate,
  weekdayMismatch,
];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
