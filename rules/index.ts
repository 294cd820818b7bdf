/** Every rule factlint ships, one file each. Keep this list sorted by id. */
import type { Rule } from '../src/engine/types.js';
import crossDocConflict from './cross-doc-conflict.js';
import eventDate from './event-date.js';
import eventLocation from './event-location.js';
import officeHolder from './office-holder.js';

export const builtinRules: Rule[] = [
  crossDocConflict,
  eventDate,
  eventLocation,
  officeHolder,
];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
