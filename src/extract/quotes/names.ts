/**
 * What kind of speaker a run of words names: a person ("Foreign Minister Yoko Kamikawa"), an
 * organisation ("General Motors", "the Interior Ministry"), a group or an unnamed speaker
 * ("officials", "an EU official"), a pronoun — or nothing a speaker can be: a place ("Eastern
 * Mediterranean"), a country adjective, a possessive fragment. Word lists in
 * `data/vocabulary/quotes.yml`; places come from the knowledge base.
 */
import { words } from '../../base/vocabulary.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';

export type SpeakerKind = 'person' | 'organization' | 'group' | 'pronoun' | 'unknown';

const lower = (name: string) => new Set(words('quotes', name).map((w) => w.toLowerCase()));
const ROLE_WORDS = lower('role_words');
const ORG_WORDS = lower('organisation_words');
const GROUP_HEADS = lower('group_heads');

export const PRONOUNS = /^(?:he|she|they|we|i|his|her|their|him|them)$/i;
const SINGULAR_PRONOUN = /^(?:he|she|i|his|her|him)$/i;

/** Capitalised words that begin sentences and clauses but are never names. */
const NOT_NAMES = new Set(
  ('The A An But And Or So Yet Now Then However In At On When After Before As While Though Although This That These Those It Its ' +
    'He She They We I You His Her Their Our My Your There Here Still Also Later Earlier Today Yesterday Meanwhile Indeed Instead ' +
    'Asked Speaking According Even Only Just Both Some Many Most Such For From With Without By Of To If Once Since Until Last Next ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Christmas Easter Ramadan Eid Thanksgiving Hanukkah Diwali New Year').split(' '),
);

/** Words of place names that are not in the knowledge base as places by themselves. */
const PLACE_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'middle']);

/** Particles inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = /^(?:de|van|von|der|den|bin|bint|al|el|da|di|do|dos|du|le|la|ter|ibn|abu)$/;

export const isRoleWord = (word: string): boolean => ROLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
export const isNotName = (word: string): boolean => NOT_NAMES.has(word);
export const isGroupHead = (word: string): boolean => GROUP_HEADS.has(word.toLowerCase());
export const isOrganisationWord = (word: string): boolean => ORG_WORDS.has(word.toLowerCase().replace(/[’']s$/, ''));
export const isSingularPronoun = (word: string): boolean => SINGULAR_PRONOUN.test(word);

/** The speaker's words split into the name and the description given with it. */
export interface NamedSpeaker {
  name: string;
  description?: string;
  kind: SpeakerKind;
}

/**
 * Split a run of capitalised words and titles ("Former US Ambassador to the United Nations
 * Nikki Haley", "Russian Foreign Ministry spokesperson Maria Zakharova") into description and
 * name, and say what the name is.
 */
export function splitNameRun(run: string, kb: KnowledgeBase): NamedSpeaker {
  const tokens = run.trim().split(/\s+/);
  while (tokens.length > 1 && NOT_NAMES.has(tokens[0])) tokens.shift();
  const last = tokens[tokens.length - 1];
  // Sentence-final full stop, unless the last word is an initial or a title ("Dr.").
  if (/[\p{L}]{3,}\.$/u.test(last) && !isRoleWord(last)) tokens[tokens.length - 1] = last.slice(0, -1);
  const cleaned = tokens.map((t) => t.replace(/[,;:]$/, ''));
  // "Interior Ministry", "General Motors": an organisation's name is not split into a title and a name.
  if (isOrganisationWord(cleaned[cleaned.length - 1])) return { name: cleaned.join(' '), kind: 'organization' };
  // The name starts after the last title, organisation word or place ("United Nations | Nikki Haley").
  let nameStart = 0;
  cleaned.forEach((word, i) => {
    if (i >= cleaned.length - 1) return;
    if (isRoleWord(word) || isOrganisationWord(word) || isPlaceWord(word, kb) || /[’']s$/.test(word) || /^[\p{Ll}]/u.test(word) && !NAME_PARTICLES.test(word)) nameStart = i + 1;
  });
  // "Commissioner for Competition Neelie Kroes", "Secretary of State Mike Pompeo": the word
  // after "of"/"for" belongs to the office when a name of two words or more still follows.
  if (/^(?:of|for)$/.test(cleaned[nameStart - 1] ?? '') && cleaned.length - nameStart >= 3) nameStart++;
  // A particle starts the surname, not the description ("von der Leyen").
  while (nameStart > 0 && NAME_PARTICLES.test(cleaned[nameStart - 1])) nameStart--;
  const name = cleaned.slice(nameStart).join(' ');
  const description = nameStart > 0 ? cleaned.slice(0, nameStart).join(' ') : undefined;
  return { name, description, kind: kindOfName(name, kb, description) };
}

export function kindOfName(name: string, kb: KnowledgeBase, description?: string): SpeakerKind {
  if (PRONOUNS.test(name)) return 'pronoun';
  const tokens = name.split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || !/^[\p{Lu}]/u.test(name)) return isGroupHead(tokens[tokens.length - 1] ?? '') ? 'group' : 'unknown';
  if (tokens.some(isOrganisationWord)) return 'organization';
  if (tokens.some((t) => NOT_NAMES.has(t))) return 'unknown';
  // A place or a people is not a speaker ("Eastern Mediterranean", "Japanese").
  if (tokens.every((t) => isPlaceWord(t, kb)) || kb.isKnownPlace(name)) return 'unknown';
  // Two or more name words, not all of them a place's: "Michael Jordan" is a person, "South Sudan" is not.
  if (tokens.length >= 2) return 'person';
  if (description && description.split(/\s+/).some(isRoleWord)) return 'person';
  return 'unknown';
}

/** A word of a place name or a people: a country, city, demonym ("Russian") or a compass word. */
export function isPlaceWord(word: string, kb: KnowledgeBase): boolean {
  const bare = word.replace(/[’']s$/, '');
  return PLACE_WORDS.has(bare.toLowerCase()) || kb.isKnownPlace(bare);
}
