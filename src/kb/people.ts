/** How people are named: helpers shared by the store and the alias index. */
import type { OfficeTermRecord } from './types.js';

/**
 * The names a person may be called by surname: the last word of the usual name, or the first
 * for Chinese and Korean names, which put the family name first ("Xi Jinping" → Xi).
 */
export function surnames(term: OfficeTermRecord): string[] {
  const words = term.person.split(/\s+/);
  if (words.length < 2) return [];
  const familyFirst = term.country === 'China' || term.country === 'South Korea';
  return [familyFirst ? words[0] : words[words.length - 1]];
}

