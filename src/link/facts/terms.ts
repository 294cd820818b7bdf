/**
 * Terms: the content words of a clause reduced to one form, so that two reports of one fact
 * meet whatever their wording — "stepped down" and "step down", "flew" and "flight", "infused"
 * and "injection", "maiden flight" and "first flew". A crude suffix stripper (Porter's first
 * steps) plus a table of irregular forms and synonyms (`data/vocabulary/facts.yml`).
 */
import { wordTable, words } from '../../base/vocabulary.js';

const FILE = 'facts';
const STOP_WORDS: ReadonlySet<string> = new Set(words(FILE, 'stop_words'));
const REPORTING_VERBS: ReadonlySet<string> = new Set(words(FILE, 'reporting_verbs'));
const LIGHT_VERBS: ReadonlySet<string> = new Set(words(FILE, 'light_verbs'));
const PARTICLES: ReadonlySet<string> = new Set(words(FILE, 'particles'));
const ORDINALS: Readonly<Record<string, string>> = wordTable(FILE, 'ordinal_modifiers');
const STEMS: Readonly<Record<string, string>> = wordTable(FILE, 'stems');
/** Memoised: the same words come back in every document. */
const stems = new Map<string, string>();
const roles = new Map<string, WordRole>();
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(words(FILE, 'clause_openers'));
const ASPECTUAL: ReadonlySet<string> = new Set(words(FILE, 'aspectual_verbs').map((w) => w.split('_').map((p, i) => (i === 0 ? stem(p) : p)).join('_')));
const PLAN_WORDS: ReadonlySet<string> = new Set(words(FILE, 'plan_words'));

/** "started", "ended", "took place": a verb that says only that something began, ended or happened. */
export function isAspectual(term: string): boolean {
  return ASPECTUAL.has(term);
}

/** "will", "expected", "plans": a word that makes what follows a plan or a forecast. */
export function isPlanWord(word: string): boolean {
  return PLAN_WORDS.has(word);
}

/** What a lower-case word is, for reading a clause. */
export type WordRole = 'stop' | 'reporting' | 'light' | 'particle' | 'ordinal' | 'content';

export function roleOf(word: string): WordRole {
  let role = roles.get(word);
  if (role === undefined) {
    role = readRole(word);
    if (roles.size < 50_000) roles.set(word, role);
  }
  return role;
}

function readRole(word: string): WordRole {
  if (word in ORDINALS) return 'ordinal';
  if (PARTICLES.has(word)) return 'particle';
  if (REPORTING_VERBS.has(word)) return 'reporting';
  if (LIGHT_VERBS.has(word)) return 'light';
  if (STOP_WORDS.has(word) || CLAUSE_OPENERS.has(word)) return 'stop';
  return 'content';
}

/** The form an ordinal modifier takes in terms ("maiden" → first). */
export function ordinalForm(word: string): string | undefined {
  return ORDINALS[word];
}

/** Whether the word was named in the table of irregular forms and nouns of action. */
export function hasListedStem(word: string): boolean {
  return word in STEMS;
}

/** One form for the inflections of a word: "voted", "voting", "votes" → vot; "stepped" → step. */
export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = readStem(word);
    if (stems.size < 50_000) stems.set(word, found);
  }
  return found;
}

function readStem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  const listed = STEMS[lower];
  if (listed) return stripSuffixes(listed);
  const base = stripSuffixes(lower);
  const again = STEMS[base];
  return again ? stripSuffixes(again) : base;
}

function stripSuffixes(word: string): string {
  let base = word;
  if (base.length > 4 && base.endsWith('ies')) base = `${base.slice(0, -3)}y`;
  else if (base.length > 5 && base.endsWith('ing')) base = undouble(base.slice(0, -3));
  else if (base.length > 4 && base.endsWith('ied')) base = `${base.slice(0, -3)}y`;
  else if (base.length > 4 && base.endsWith('ed')) base = undouble(base.slice(0, -2));
  else if (base.length > 4 && /(?:ch|sh|x|ss|z)es$/.test(base)) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith('s') && !/(?:ss|us|is)$/.test(base)) base = base.slice(0, -1);
  if (base.length > 7 && base.endsWith('ment')) base = base.slice(0, -4);
  if (base.length > 3 && base.endsWith('e')) base = base.slice(0, -1);
  return base;
}

/** "stepp" → step, "plann" → plan; not "call", "pass", "buzz". */
function undouble(base: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(base) && !/(?:ll|ss|zz)$/.test(base) ? base.slice(0, -1) : base;
}

/** A word form that names an action: a participle, or a verb or action noun of the table. */
export function looksPredicative(word: string): boolean {
  const lower = word.toLowerCase();
  return hasListedStem(lower) || (lower.length > 4 && /(?:ed|ing)$/.test(lower));
}
