/** Every rule factlint ships, one file each. Keep this list sorted by id. */
import type { Rule } from '../src/engine/types.js';
import crossDocConflict from './cross-doc-conflict.js';

export const builtinRules: Rule[] = [
  crossDocConflict,
];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
