/**
 * The offices in the knowledge base: each office's stable key ("prime-minister:ireland") and
 * the kinds of title that name it. Keys are derived from the office's English name, its role
 * and its country ("Prime Minister of Ireland" → `prime-minister:ireland`); a few offices whose
 * names do not follow the "<Title> of <Country>" pattern are listed by hand. Title words
 * beyond the office's own name ("Taoiseach", "Chancellor of the Exchequer") come from each
 * record's `titles`.
 */
import { slugify } from '../base/names.js';
import { escapeRegExp } from '../base/vocabulary.js';

/** Offices whose key cannot be read off their name. */
const OFFICE_KEYS: Record<string, string> = {
  'Acting President of South Korea': 'acting-president:south-korea',
  'Monarch (Australia)': 'monarch:australia',
  'Monarch (Canada)': 'monarch:canada',
  'Monarch (United Kingdom)': 'monarch:united-kingdom',
  'Premier of the State Council of China': 'premier:china',
  'Press Secretary of the President of Russia': 'press-secretary:russia',
  'Spokesperson of the Ministry of Foreign Affairs of Russia': 'foreign-ministry-spokesperson:russia',
  'White House Press Secretary': 'press-secretary:united-states',
  'Chief Cabinet Secretary of Japan': 'chief-cabinet-secretary:japan',
};

/** Roles whose office is named by the role, whatever the ministry's title in that country. */
const ROLE_KEYS: Record<string, string> = {
  foreign_minister: 'foreign-minister',
  finance_minister: 'finance-minister',
  secretary_general: 'secretary-general',
};

/** Titles of hereditary heads of state: one key, `monarch:<country>`. */
const MONARCH_TITLE = /^(?:king|queen|monarch|emperor|empress|sultan|emir|amir|grand duke|sovereign prince|prince)$/i;

/**
 * The stable key of an office: `role:country`, e.g. "Prime Minister of Ireland" (Ireland) →
 * `prime-minister:ireland`, "Chancellor of the Exchequer" (finance minister, United Kingdom)
 * → `finance-minister:united-kingdom`, "King of the Belgians" → `monarch:belgium`.
 */
export function officeKeyOf(office: string, role: string, country: string): string {
  const listed = OFFICE_KEYS[office];
  if (listed) return listed;
  const byRole = ROLE_KEYS[role];
  if (byRole) return `${byRole}:${slugify(country)}`;
  // "Member of the Presidency of Bosnia and Herzegovina": the title is all before the country.
  const ofCountry = office.match(new RegExp(`^(.+?) of (?:the )?${escapeRegExp(country)}$`));
  const [, head = office, tail = country] = ofCountry ? [ofCountry[0], ofCountry[1], country] : office.match(/^(.+?) of (?:the )?(.+)$/) ?? [];
  // An EU office is named by its institution ("President of the European Commission"); a
  // monarch's title may name the people ("King of the Belgians"), the key still the country.
  const place = country === 'European Union' ? tail : country;
  const kind = MONARCH_TITLE.test(head) ? 'monarch' : slugify(head);
  return `${kind}:${slugify(place)}`;
}

/**
 * Offices held by several people at once by design (two Captains Regent of San Marino, two
 * Co-Princes of Andorra, the three members of Bosnia's Presidency): overlapping terms are
 * normal there, not a data error.
 */
export function isCollegialOffice(office: string): boolean {
  return /^(?:co-prince|captains? regent|member of the presidency)\b/i.test(office);
}

/** The kinds of office a title names, whatever the country (`data/vocabulary/titles.yml`). */
export type TitleClass =
  | 'president'
  | 'prime-minister'
  | 'chancellor'
  | 'foreign-minister'
  | 'finance-minister'
  | 'monarch'
  | 'secretary-general'
  | 'supreme-leader';

/** What a title class needs of an office: its role, or the start of its English name. */
const CLASS_TEST: Record<TitleClass, (name: string, role: string, titles: string[]) => boolean> = {
  'foreign-minister': (_name, role) => role === 'foreign_minister',
  'finance-minister': (_name, role) => role === 'finance_minister',
  'secretary-general': (_name, role) => role === 'secretary_general',
  'prime-minister': (name, role, titles) => role !== 'foreign_minister' && role !== 'finance_minister' && (/^(?:prime minister|premier) of/.test(name) || titles.some((t) => /^(?:taoiseach|prime minister)$/i.test(t))),
  // "President" alone names a head of state, not a commission, council or parliament chair.
  president: (name) => /^(?:acting |state |federal )?president of (?!the european)/.test(name),
  // The German and Austrian chancellors, and the UK's Chancellor (of the Exchequer).
  chancellor: (name) => /^(?:federal )?chancellor (?:of|\()/.test(name),
  monarch: (name) => /^(?:king|queen|monarch|emperor|sultan|emir|grand duke|sovereign prince|prince) (?:of|\()/.test(name),
  'supreme-leader': (name) => name.startsWith('supreme leader of'),
};

/**
 * Can a title of this class name the office? Judged by the office's English name and role,
 * and the extra titles its records carry ("Taoiseach" names Ireland's prime minister).
 */
export function officeMatchesTitle(office: string, role: string, cls: TitleClass, titles: readonly string[] = []): boolean {
  return CLASS_TEST[cls](office.toLowerCase(), role, [...titles]);
}
