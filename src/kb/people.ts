/** How people are named: helpers shared by the store and the alias index. */
import type { OfficeTermRecord } from './types.js';

/** Words that end a name without being the surname ("George H. W. Bush Jr.", "Charles III"). */
const SUFFIXES = /^(?:Jr\.?|Sr\.?|jr\.?|sr\.?|[IVX]+)$/;
/** Particles that belong to the surname ("Le Drian", "da Silva", "von der Leyen", "de la Rúa", "Al Thani"). */
const PARTICLES = /^(?:le|la|de|da|do|dos|del|der|di|van|von|bin|al|el)$/i;
/** The Arabic article written onto a name ("al-Abadi"): the press also writes the name without it. */
const ARTICLE = /^(?:al|el|as|ash|ad|an|ar|at|az)[-‐]\s*/i;
/**
 * Surnames that are also everyday capitalised words (a month, a rank, a broadcaster, a
 * place-name part): in running text they name nobody reliably, so the alias index does not
 * match them alone. After a title ("Prime Minister Brown") they are names.
 */
const AMBIGUOUS_SURNAMES = new Set(['May', 'Major', 'Fox', 'Snow', 'Hunt', 'Cook', 'Straw', 'Rice', 'Moon', 'Brown', 'Martin', 'Park', 'Gabriel', 'Michel', 'Philippe', 'Earnest', 'Burns', 'Smith', 'Howard', 'Franco', 'Costa', 'Hague', 'Singh', 'Kim', 'Lee', 'Said', 'Ali', 'Khan', 'Love', 'Hope', 'Bell', 'Young', 'White', 'King', 'Rich', 'Long', 'Little', 'Sharp', 'Wise', 'Bishop', 'Church', 'Mark', 'Frank', 'Hassan', 'Mohamed', 'Mohammed', 'Ahmed', 'Abdullah', 'Saleh', 'Ibrahim', 'Musa', 'Juncker']);

/** Countries whose leaders' names put the family name first ("Xi Jinping" is Xi). */
const FAMILY_FIRST = new Set(['China', 'South Korea', 'North Korea']);

/** Hereditary heads of state: named by regnal name ("King Abdullah"), not by surname. */
export function isMonarchOffice(office: string): boolean {
  return /^(?:Monarch|King|Queen|Emperor|Empress|Sultan|Emir|Amir|Grand Duke|Sovereign Prince|Prince|Co-Prince)\b/.test(office);
}

/** The family name of one written name, or nothing for a single word. */
function surnameOf(name: string, country: string): string | undefined {
  const words = name.split(/\s+/);
  while (words.length > 1 && SUFFIXES.test(words[words.length - 1])) words.pop();
  if (words.length < 2) return undefined;
  // Singapore's Chinese names in three words ("Goh Chok Tong", "Lee Hsien Loong") are family-first too.
  if (FAMILY_FIRST.has(country) || (country === 'Singapore' && words.length === 3 && /^[A-Z][a-z]+$/.test(words[0]) && /^[A-Z][a-z]+$/.test(words[1]))) return words[0];
  let first = words.length - 1;
  while (first > 1 && PARTICLES.test(words[first - 1])) first--;
  return words.slice(first).join(' ');
}

/**
 * The names a person may be called by surname: the last word of the usual name with its
 * particles ("Le Drian"), also without an Arabic article ("al-Abadi", "Abadi"); the first
 * word for Chinese and Korean names ("Xi Jinping" → Xi); the paternal surname of a Spanish
 * double name ("Fernández" of Cristina Fernández de Kirchner); and the surnames of the
 * record's aliases that keep the first name ("Cristina Kirchner" → Kirchner). Monarchs have
 * no surname in this sense (see `regnalNames`).
 */
export function surnames(term: OfficeTermRecord): string[] {
  if (isMonarchOffice(term.office)) return [];
  const first = term.person.split(/\s+/)[0];
  const names = [term.person, ...(term.aliases ?? []).filter((a) => a.split(/\s+/)[0] === first && a !== term.person)];
  const found = new Set<string>();
  for (const name of names) {
    const surname = surnameOf(name, term.country);
    if (!surname) continue;
    found.add(surname);
    const withoutArticle = surname.replace(ARTICLE, '').replace(/^(?:Al|El)\s+/, '');
    if (withoutArticle !== surname && withoutArticle.length > 1) found.add(withoutArticle);
  }
  const words = term.person.split(/\s+/);
  const de = words.findIndex((w, i) => i >= 2 && /^(?:de|del)$/i.test(w));
  if (de > 0) found.add(words[de - 1]);
  return [...found];
}

/**
 * The names a monarch is called by with a title ("King Abdullah", "Queen Elizabeth", "Sultan
 * Qaboos"): the name before "of <country>", before "bin"/"ibn", without the regnal number.
 */
export function regnalNames(term: OfficeTermRecord): string[] {
  if (!isMonarchOffice(term.office)) return [];
  const found = new Set<string>();
  for (const name of [term.person, ...(term.aliases ?? [])]) {
    const base = name.replace(/^(?:King|Queen|Emperor|Sultan|Emir|Sheikh|Grand Duke|Prince)\s+/, '').split(/\s+(?:of|bin|ibn|bint)\s+/)[0];
    const words = base.split(/\s+/).filter((w) => !SUFFIXES.test(w));
    if (words.length > 0 && words.length <= 2) found.add(words.join(' '));
  }
  return [...found];
}

/** Is the surname also an everyday word, so that alone in running text it names nobody? */
export function isAmbiguousSurname(surname: string): boolean {
  return AMBIGUOUS_SURNAMES.has(surname);
}
