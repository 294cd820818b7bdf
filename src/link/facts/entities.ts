/**
 * The named things of a sentence, grouped: "United States Air Force", "Kyriakos Mitsotakis",
 * "A380", "the European Union" — each with the keys under which another document's mention
 * of the same thing meets it: its words ("mitsotakis"), its initials ("usaf", "eu") and its
 * knowledge-base record ("kb:european-union", which "EU" and "European Union" share).
 */
import type { Document } from '../../load/document.js';
import type { EntityMention } from '../../analysis/mentions.js';
import type { Token } from '../../extract/word-tokens.js';
import { isCapitalisedName, isDemonym, isGenericNameWord } from '../../extract/name-words.js';
import { lemma } from '../../extract/quantities.js';
import { isWeekday } from '../../extract/quantities/number-phrase.js';

export interface Entity {
  /** First and last token of the name. */
  first: number;
  last: number;
  text: string;
  /** Every key the name is known by; two mentions are of one thing when they share a key. */
  keys: string[];
  /** The knowledge base's kind of record, when the KB knows the name. */
  kbKind?: EntityMention['kind'];
}

/** Words that may join the capitalised words of one name ("Bay of Biscay", "Charles de Gaulle"). */
const NAME_JOINERS = new Set(['of', 'de', 'du', 'da', 'van', 'von', 'al', 'bin', 'la', 'le', 'del']);

export interface EntityInput {
  doc: Document;
  tokens: readonly Token[];
  /** Tokens that are not names here (inside a date, inside a quotation). */
  skip: (index: number) => boolean;
  /** The knowledge base's mentions in the sentence. */
  kb: readonly EntityMention[];
  /** Numbers the document uses as names ("Boeing 787", "the 787 Dreamliner"). */
  nameNumbers: ReadonlySet<string>;
}

export function findEntities(input: EntityInput): Entity[] {
  const { tokens } = input;
  const isName = (k: number) => !input.skip(k) && isNameAt(input, k);
  const entities: Entity[] = [];
  // Inside a name, a capitalised word is part of it even if it is also a common word ("Theresa May").
  const continues = (k: number) => isName(k) || (!input.skip(k) && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text) && !isWeekday(tokens[k].lower));
  for (let k = 0; k < tokens.length; k++) {
    if (!isName(k)) continue;
    let last = k;
    while (last + 1 < tokens.length) {
      if (joined(input, last, last + 1) && continues(last + 1) && !endsPossessive(tokens[last])) last++;
      else if (NAME_JOINERS.has(tokens[last + 1].lower) && joined(input, last, last + 1) && last + 2 < tokens.length && joined(input, last + 1, last + 2) && isName(last + 2)) last += 2;
      else break;
    }
    const entity = entityOf(input, k, last);
    if (entity) entities.push(entity);
    k = last;
  }
  return entities;
}

function isNameAt(input: EntityInput, k: number): boolean {
  const token = input.tokens[k];
  if (token.kind === 'number') return input.nameNumbers.has(token.text) || isModelNumber(input.tokens, k);
  return isCapitalisedName(input.doc, input.tokens, k) && !isWeekday(token.lower);
}

/** "A380", "G20", "F16": capitals written together with digits. */
function isModelNumber(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.end === tokens[k].start && /^\p{Lu}{1,3}$/u.test(before.text);
}

/** Nothing but spaces or a hyphen between two tokens, or the dot of an initial ("U.S.", "George W. Bush"). */
function joined(input: EntityInput, a: number, b: number): boolean {
  const between = input.doc.text.slice(input.tokens[a].end, input.tokens[b].start);
  if (/^\.\s*$/.test(between) && /^\p{Lu}$/u.test(input.tokens[a].text)) return true;
  return /^[\s\-‐‑]*$/.test(between) && !/\n\s*\n/.test(between);
}

function endsPossessive(token: Token): boolean {
  return /['’]s$/.test(token.text);
}

function entityOf(input: EntityInput, start: number, last: number): Entity | undefined {
  const { tokens } = input;
  // "A380": the capitals written together with the digits belong to the name.
  const first = tokens[start].kind === 'number' && isModelNumber(tokens, start) ? start - 1 : start;
  const words: string[] = [];
  const initials: string[] = [];
  for (const part of nameParts(tokens, first, last)) {
    if (NAME_JOINERS.has(part)) continue;
    initials.push(part[0]);
    // A single letter ("U.S.", "George W. Bush") counts in initials only.
    if (part.length > 1 && !isGenericNameWord(part) && !isGenericNameWord(lemma(part))) words.push(part);
  }
  const text = input.doc.text.slice(tokens[first].start, tokens[last].end);
  // An office ("President") is held by many: it is no key to a person.
  const kbHits = input.kb.filter((m) => m.span.start < tokens[last].end && tokens[first].start < m.span.end && m.via !== 'demonym' && m.kind !== 'office');
  if (words.length === 1 && isDemonym(lemma(words[0])) && kbHits.length === 0) return undefined;
  const keys = new Set(words);
  // Initials of three words or more ("USAF"); two letters ("RP": Reform Party, Republican Party) collide.
  if (initials.length > 2) keys.add(initials.join(''));
  // A place the knowledge base knows is filed as such: sharing a country says less than sharing a person.
  for (const hit of kbHits) keys.add(`${hit.kind === 'place' ? 'place' : 'kb'}:${hit.key ?? hit.recordIds[0]}`);
  if (words.length === 0 && kbHits.length === 0) return undefined;
  return { first, last, text, keys: [...keys], kbKind: kbHits[0]?.kind };
}

/**
 * The lower-case, unaccented words of a name: tokens written together are one word ("A380"),
 * hyphens separate ("Singapore-Sydney" → singapore, sydney), possessives go ("Abe's" → abe).
 */
function nameParts(tokens: readonly Token[], first: number, last: number): string[] {
  const parts: string[] = [];
  let glued = false;
  for (let k = first; k <= last; k++) {
    const pieces = tokens[k].text
      .replace(/['’]s$/, '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[-‐‑]/)
      .filter((p) => p.length > 0);
    if (glued && pieces.length > 0) parts[parts.length - 1] += pieces.shift();
    parts.push(...pieces);
    glued = k < last && tokens[k].end === tokens[k + 1].start;
  }
  return parts;
}
