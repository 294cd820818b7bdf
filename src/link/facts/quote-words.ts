/**
 * Quote text normalised for comparison: case, punctuation, quote marks, dashes, accents and
 * whitespace do not matter; the words do. Quotes are indexed by overlapping runs of words
 * (shingles), so a quote trimmed or extended in another article still meets its original.
 */

/** Shortest run of words that identifies a quotation; shorter quotes are phrases anyone may use. */
export const QUOTE_SHINGLE_WORDS = 6;

export function quoteWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // An editor's brackets change no word: "[T]he" is "The".
    .replace(/[[\]]/g, '')
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** A short, stable hash of a string (FNV-1a, 32 bits, base 36). */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Hashes of every run of `QUOTE_SHINGLE_WORDS` words; empty for shorter quotes. */
export function quoteShingles(text: string): string[] {
  const words = quoteWords(text);
  const shingles = new Set<string>();
  for (let i = 0; i + QUOTE_SHINGLE_WORDS <= words.length; i++) {
    shingles.add(hashText(words.slice(i, i + QUOTE_SHINGLE_WORDS).join(' ')));
  }
  return [...shingles];
}

/** The part of a speaker's name that identifies them across articles: the surname, unaccented. */
export function speakerKey(name: string): string | undefined {
  const written = name.trim().split(/\s+/);
  // A description ("a spokesperson", "The authorities", "officials") is not a name to compare.
  if (DESCRIPTION_OPENERS.has(written[0]?.toLowerCase() ?? '') || !/^\p{Lu}/u.test(written[written.length - 1] ?? '')) return undefined;
  const words = quoteWords(name.replace(/\b(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.?\s/g, ' '));
  const last = words[words.length - 1];
  return last ? last.replace(/'s$/, '') : undefined;
}

const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'one', 'two', 'several', 'its', 'their', 'his', 'her']);
