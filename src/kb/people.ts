/** How people are named: helpers shared by the store and the alias index. */
import type { OfficeTermRecord } from './types.js';

/** Words that end a name without being the surname ("George H. W. Bush Jr.", "Charles III"). */
const SUFFIXES = /^(?:jr\.?|sr\.?|i{1,3}|iv|v|vi)$/i;
/** Particles that belong to the surname ("Le Drian", "da Silva", "von der Leyen", "de la Rúa"). */
const PARTICLES = /^(?:le|la|de|da|do|dos|del|der|di|van|von|bin)$/i;
/**
 * Surnames that are also everyday capitalised words (a month, a rank, a broadcaster, a
 * place-name part): in running text they name nobody reliably, so the alias index does not
 * match them alone. After a title ("Prime Minister Brown") they are names.
 */
const AMBIGUOUS_SURNAMES = new Set(['May', 'Major', 'Fox', 'Snow', 'Hunt', 'Cook', 'Straw', 'Rice', 'Moon', 'Brown', 'Martin', 'Park', 'Gabriel', 'Michel', 'Philippe', 'Earnest', 'Burns', 'Smith', 'Howard', 'Franco', 'Costa', 'Hague', 'Singh', 'Kim', 'Lee']);

/**
 * The names a person may be called by surname: the last word of the usual name with its
 * particles, or the first word for Chinese and Korean names, which put the family name first
 * ("Xi Jinping" → Xi). Monarchs ("Charles III") have no surname in this sense.
 */
export function surnames(term: OfficeTermRecord): string[] {
  if (/^(?:Monarch|King|Emperor)\b/.test(term.office)) return [];
  const words = term.person.split(/\s+/);
  while (words.length > 1 && SUFFIXES.test(words[words.length - 1])) words.pop();
  if (words.length < 2) return [];
  const familyFirst = term.country === 'China' || term.country === 'South Korea';
  if (familyFirst) return [words[0]];
  let first = words.length - 1;
  while (first > 1 && PARTICLES.test(words[first - 1])) first--;
  return [words.slice(first).join(' ')];
}

/** Is the surname also an everyday word, so that alone in running text it names nobody? */
export function isAmbiguousSurname(surname: string): boolean {
  return AMBIGUOUS_SURNAMES.has(surname);
}
