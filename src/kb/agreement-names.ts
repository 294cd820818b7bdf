/**
 * Other ways the press writes an agreement's name: the final noun swapped for one it uses
 * interchangeably ("the Dayton peace accord" for the Dayton Peace Agreement) and plural for
 * singular ("the Camp David accord"). The word lists and their limits are data
 * (`data/vocabulary/agreements.yml`); the alias index drops a variant that another agreement
 * is also called, so a variant never names a different document.
 */
import { phraseKey } from '../base/names.js';
import { words } from '../base/vocabulary.js';

const SWAPPABLE = words('agreements', 'interchangeable_nouns');
const DOCUMENT_NOUNS = [...words('agreements', 'document_nouns'), ...SWAPPABLE];
/** Fewer words than this before-and-including the noun, and only the plural may change. */
const MIN_WORDS_TO_SWAP = 3;

/** The variants of one name or alias (without the name itself). */
export function nameVariants(name: string): string[] {
  const match = /^(.*\S)\s+(\S+)$/.exec(name.trim());
  if (!match) return [];
  const [, head, last] = match;
  const noun = last.toLowerCase();
  const singular = SWAPPABLE.includes(noun) ? noun : noun.replace(/s$/, '');
  if (!SWAPPABLE.includes(singular)) return [];
  const nouns = new Set([singular, `${singular}s`]);
  if (head.split(/\s+/).length + 1 >= MIN_WORDS_TO_SWAP) for (const other of SWAPPABLE) nouns.add(other);
  nouns.delete(noun);
  return [...nouns].map((n) => `${head} ${n}`);
}

/**
 * Does the name end in a noun that fits any kind of document ("agreement", "accord", "pact",
 * "deal")? "Treaty", "convention" and "protocol" say which kind it is.
 */
export function endsInGenericNoun(name: string): boolean {
  const last = phraseKey(name).split(' ').pop() ?? '';
  return SWAPPABLE.includes(last) || SWAPPABLE.includes(last.replace(/s$/, ''));
}

/**
 * The words of a name before its final document noun, as a phrase key: "Lancaster House" for
 * "Lancaster House Agreement" and "the Lancaster House treaties", "schengen" for the "Schengen
 * Convention". None when the name does not end in such a noun ("Treaty of Lisbon", "New START").
 */
export function nameStem(name: string): string | undefined {
  const key = phraseKey(name).replace(/^(?:the|an?) /, '');
  const match = /^(.+) (\S+)$/.exec(key);
  if (!match) return undefined;
  const noun = match[2].replace(/ies$/, 'y').replace(/s$/, '');
  return DOCUMENT_NOUNS.includes(noun) ? match[1] : undefined;
}
