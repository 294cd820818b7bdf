/**
 * Text normalisation shared by the alias index, the lookups and the KB build, so that an
 * alias and a text spell the same words the same way: case, diacritics ("Tōyako" = "Toyako"),
 * apostrophes ("Japan’s" = "Japan's"), dots inside words ("U.S." = "US"), hyphens
 * ("Good-Neighbourliness" = "Good Neighbourliness", "G-20" = "G20") and the possessive
 * ("Abe's visit" reads "Abe").
 */

export interface Token {
  /** Normalised form used as the trie key. */
  norm: string;
  /** The token as written (possessive removed). */
  raw: string;
  start: number;
  /** End offset, before any possessive "'s". */
  end: number;
  /**
   * Punctuation stands between this token and the previous one (a comma, a full stop, a
   * bracket): an alias never spans it, so "In Germany, President Biden" is no German president.
   */
  breakBefore: boolean;
}

/** What may stand between two words of one name: spaces, hyphens/dashes, a slash, a possessive. */
const JOINER = /^(?:['’]s)?[\s\-‐‑–—/]*$/i;

// A word: letters/digits with inner apostrophes, dots or ampersands ("U.S.", "L'Aquila", "AT&T").
// Hyphens and dashes separate words ("Russia–China" = "Russia-China" = "Russia China"), except
// in a letter-number name like "G-20", which is one word like "G20".
const WORD = /\p{L}[-‐‑]\p{N}+\b|[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*\.?/gu;
const POSSESSIVE = /['’]s$/i;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
/** Letters that Unicode does not decompose but the press writes plain ("Szydło" = "Szydlo"). */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', þ: 'th' };
const UNDECOMPOSED = /[łŁøØđĐðıßæÆœþ]/g;

/** Lowercase, strip diacritics, and drop the inner punctuation that spellings disagree on. */
export function normalizeWord(word: string): string {
  // Most words are plain ASCII letters and digits: nothing to strip.
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/['’.\-‐‑]/g, '');
}

/** Split a text into normalised word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index ?? 0;
    // A trailing dot belongs to the word only in abbreviations ("U.S."), not at a sentence end.
    if (raw.endsWith('.') && !/\.\p{L}+\.$/u.test(raw) && !/^\p{Lu}\.$/u.test(raw)) raw = raw.slice(0, -1);
    if (POSSESSIVE.test(raw) && raw.length > 2) raw = raw.slice(0, -2);
    const norm = normalizeWord(raw);
    if (!norm) continue;
    const previous = tokens[tokens.length - 1];
    const breakBefore = !previous || !JOINER.test(text.slice(previous.end, start));
    tokens.push({ norm, raw, start, end: start + raw.length, breakBefore });
  }
  return tokens;
}

/** The normalised token keys of a phrase (for building the index and comparing names). */
export function normalizePhrase(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/**
 * Names are looked up again and again (every claim asks for its country's and office's names),
 * so keys are remembered; the memory is dropped when it grows past a bound, so a long run over
 * many articles stays flat.
 */
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/** The phrase as one comparable string: "Group of 20" → "group of 20". */
export function phraseKey(phrase: string): string {
  let key = keyCache.get(phrase);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = normalizePhrase(phrase).join(' ');
    keyCache.set(phrase, key);
  }
  return key;
}

/** A stable id fragment: "Shinzō Abe" → "shinzo-abe". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Acronyms written in capitals ("US", "UK", "START", "SORT") are only matched in capitals,
 * so the pronoun "us" or the verb "start" never match. Mixed-case aliases match any case.
 */
export function isCaseSensitiveAlias(alias: string): boolean {
  return /\p{L}/u.test(alias) && !/\p{Ll}/u.test(alias);
}
