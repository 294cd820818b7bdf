/**
 * Bare years ("Back in 1999", "the 1956 joint declaration", "since 1945"). chrono-node drops
 * all-digit tokens, so years need their own finder; a four-digit number counts as a year
 * only with a cue that readers use too: a preposition or determiner before it, or an event
 * noun after it. Counts ("1999 delegates", "¥2000 billion", "page 2001") stay numbers.
 */
import type { Span } from '../load/document.js';

export interface YearMatch {
  span: Span;
  year: number;
  /** The cue that made it a year, for explanations and tests. */
  cue: 'preposition' | 'determiner' | 'event-noun' | 'possessive' | 'range';
}

const MIN_YEAR = 1000;
const MAX_YEAR = 2100;

const CANDIDATE = /(?<![\d.,:/$€£¥#@%])([12]\d{3})(?![\d%A-Za-z]|[.,]\d|\/\d|-\d{2}(?!\d))/g;

const PREPOSITION_BEFORE =
  /(?:\b(?:in|since|by|from|until|till|to|through|after|before|of|during|around|circa|c\.|early|late|mid|between|and|or|throughout|year|spring|summer|autumn|fall|winter)|[–-])\s*$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|whose)\s+$/i;
/** Words before a number that make it something other than a year. */
const NOT_YEAR_BEFORE = /(?:\b(?:page|pages|p\.|no\.|number|room|flight|route|line|article|section|code|model|version|chapter|paragraph|item|exit|gate|bus|highway)\s*|[$€£¥₽#])$/i;

/** Nouns that a year can qualify ("the 1956 declaration", "1999 elections"). */
const EVENT_NOUNS = new Set([
  'declaration', 'summit', 'summits', 'election', 'elections', 'treaty', 'agreement', 'accord', 'accords',
  'war', 'games', 'olympics', 'olympic', 'crisis', 'constitution', 'referendum', 'law', 'act', 'census',
  'revolution', 'coup', 'invasion', 'annexation', 'earthquake', 'tsunami', 'attack', 'attacks', 'budget',
  'communique', 'communiqué', 'statement', 'visit', 'meeting', 'talks', 'protests', 'riots', 'campaign',
  'cup', 'season', 'report', 'survey', 'deal', 'pact', 'convention', 'charter', 'protocol', 'conference',
  'vote', 'uprising', 'reform', 'reforms', 'ceiling', 'plan', 'policy', 'agenda', 'edition', 'strategy',
  'joint', 'peace', 'general', 'presidential', 'parliamentary', 'world', 'financial', 'global', 'nuclear',
]);
/** Units and collective nouns that follow counts. */
const COUNT_WORDS = /^\s+(?:people|men|women|children|persons|troops|staff|feet|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|yen|dollars|euros|rubles|roubles|million|billion|thousand)\b/;
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set(['was', 'has', 'is', 'as', 'this', 'thus', 'does', 'its', 'his', 'hers', 'always', 'perhaps', 'whereas', 'unless', 'across', 'towards', 'besides', 'afterwards', 'yes', 'plus', 'versus', 'less', 'ours', 'theirs']);

/** A plural noun or unit after a number makes it a count ("1999 delegates"). */
function looksLikeCount(after: string): boolean {
  if (COUNT_WORDS.test(after)) return true;
  const word = /^\s+([a-z]+)\b/.exec(after)?.[1];
  return word !== undefined && word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && !NOT_PLURAL.has(word);
}

export function findYears(text: string, offset = 0): YearMatch[] {
  const matches: YearMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const year = Number(m[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    const cue = yearCue(text, m.index, m.index + 4);
    if (cue) matches.push({ span: { start: offset + m.index, end: offset + m.index + 4 }, year, cue });
  }
  return matches;
}

function yearCue(text: string, start: number, end: number): YearMatch['cue'] | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  if (NOT_YEAR_BEFORE.test(before)) return undefined;
  const nextWord = /^\s+([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  const qualifiesEventNoun = nextWord !== undefined && (EVENT_NOUNS.has(nextWord) || secondWordIsEventNoun(after));
  if (/^['’]s\b/.test(after)) return 'possessive';
  if (looksLikeCount(after) && !qualifiesEventNoun) return undefined;
  if (/[–-]$/.test(before) && /\d{4}\s*[–-]$/.test(before)) return 'range';
  if (PREPOSITION_BEFORE.test(before)) return 'preposition';
  if (DETERMINER_BEFORE.test(before) && qualifiesEventNoun) return 'determiner';
  if (qualifiesEventNoun && /(?:^|[\s(,])$/.test(before)) return 'event-noun';
  return undefined;
}

/** "the 1956 Soviet–Japanese Joint Declaration": allow one qualifier before the noun. */
function secondWordIsEventNoun(after: string): boolean {
  const words = /^\s+[A-Za-z'’–-]+\s+([A-Za-z]+)/.exec(after);
  return words !== null && EVENT_NOUNS.has(words[1].toLowerCase());
}
