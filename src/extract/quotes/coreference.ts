/**
 * Who a pronoun or a lone name is: "he said" → the person it refers to, "Abe said" → "Shinzo
 * Abe" named earlier. The rule is to resolve or to leave unresolved, never to guess: a
 * pronoun takes the last speaker or the last person named before it only when that is the
 * one person in reach that fits (he/she: one person; they: a group or an organisation), and
 * names inside quotations are never candidates (the text is masked).
 */
import type { Document } from '../../load/document.js';
import { sentenceAt, sentenceFrom } from '../../load/document.js';
import type { QuoteMention, QuoteSpeaker } from '../../analysis/mentions.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { pushToList } from '../../base/multimap.js';
import { alternation, words } from '../../base/vocabulary.js';
import { isNotName, isPlaceWord, isRoleWord, kindOfName, splitNameRun } from './names.js';

/** Paragraphs after this many are too far back for a pronoun to point to an earlier speaker. */
const PRONOUN_PARAGRAPH_WINDOW = 2;
/** Sentences back in which a pronoun looks for a person named. */
const PRONOUN_SENTENCE_WINDOW = 2;

const CAPITALISED_RUN = /\b((?:[\p{Lu}][\p{L}\p{M}'’.-]*|of|the|de|van|von|der|al|da|di|le|la)(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|of|the|de|van|von|der|al|da|di|le|la)){0,6})/gu;

export interface CorefContext {
  doc: Document;
  /** The document's prose with every quotation blanked. */
  masked: string;
  kb: KnowledgeBase;
}

/**
 * The person a singular pronoun at `offset` refers to: the last person quoted or named before
 * it, when only one person stands in the window; undefined when none or several do.
 */
export function resolvePronoun(ctx: CorefContext, pronoun: string, offset: number, quote: QuoteMention, earlier: QuoteMention[]): QuoteSpeaker | undefined {
  if (!/^(?:he|she|his|her|him)$/i.test(pronoun)) return groupAntecedent(quote, earlier, pronoun);
  const named = peopleNamedBefore(ctx, offset);
  const speaker = lastSpeaker(quote, earlier);
  const candidates = new Map<string, QuoteSpeaker>();
  if (speaker) candidates.set(surnameOf(speaker.name), speaker);
  for (const person of named) candidates.set(surnameOf(person.name), person);
  // The nearest person named in the pronoun's own sentence or the one before decides; if two
  // different people are named there, the reference is open and stays unresolved.
  const nearSentences = named.filter((p) => p.sentenceDistance <= 1);
  const near = new Set(nearSentences.map((p) => surnameOf(p.name)));
  if (near.size > 1) return undefined;
  if (near.size === 1) {
    const [surname] = near;
    return candidates.get(surname);
  }
  if (speaker && (named.length === 0 || named.every((p) => surnameOf(p.name) === surnameOf(speaker.name)))) return speaker;
  return named.length === 1 ? named[0] : undefined;
}

/** "they said": an organisation or group speaker quoted just before, else unresolved. */
function groupAntecedent(quote: QuoteMention, earlier: QuoteMention[], pronoun: string): QuoteSpeaker | undefined {
  if (!/^(?:they|their|them|we)$/i.test(pronoun)) return undefined;
  const last = earlier[earlier.length - 1];
  if (!last?.speaker || quote.paragraph - last.paragraph > 1) return undefined;
  return last.speaker.kind === 'organization' || last.speaker.kind === 'group' ? last.speaker : undefined;
}

function lastSpeaker(quote: QuoteMention, earlier: QuoteMention[]): QuoteSpeaker | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i];
    if (quote.paragraph - q.paragraph > PRONOUN_PARAGRAPH_WINDOW) return undefined;
    if (q.speaker?.kind === 'person') return q.speaker;
  }
  return undefined;
}

interface NamedPerson extends QuoteSpeaker {
  sentenceDistance: number;
}

/** People named (outside quotations) in the pronoun's sentence and the ones before, nearest first. */
function peopleNamedBefore(ctx: CorefContext, offset: number): NamedPerson[] {
  const here = sentenceAt(ctx.doc, offset) ?? sentenceFrom(ctx.doc, offset) ?? ctx.doc.sentences[ctx.doc.sentences.length - 1];
  const found: NamedPerson[] = [];
  for (let i = here.index; i >= Math.max(0, here.index - PRONOUN_SENTENCE_WINDOW); i--) {
    const sentence = ctx.doc.sentences[i];
    const text = ctx.masked.slice(sentence.span.start, Math.min(sentence.span.end, offset));
    const inSentence: NamedPerson[] = [];
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const split = splitNameRun(m[1], ctx.kb);
      const start = sentence.span.start + (m.index ?? 0) + m[1].lastIndexOf(split.name);
      // A lone surname counts when the article named the person in full before ("Lois" → "Marta Lois").
      const name = split.kind === 'person' && /\s/.test(split.name) ? split.name : !/\s/.test(split.name) ? fullNameInDocument(ctx, split.name, start) : undefined;
      if (!name) continue;
      inSentence.push({ name, description: split.description, span: { start, end: start + split.name.length }, via: 'pronoun', kind: 'person', sentenceDistance: here.index - i });
    }
    found.push(...inSentence.reverse());
  }
  return found;
}

export function surnameOf(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}

/**
 * A lone capitalised name ("Stefaniak said", "said Clements"): the full name it stands for when
 * the article named that person earlier ("Dr. Tomasz Stefaniak"), or the knowledge base knows
 * it, or a title goes with it ("President Mnangagwa"); otherwise undefined.
 */
export function resolveLoneName(ctx: CorefContext, name: string, offset: number, description?: string): { name: string; kind: 'person' } | undefined {
  // "a student named Wong": someone introduced here, never a famous namesake.
  if (INTRODUCED.test(ctx.masked.slice(Math.max(0, offset - 40), offset))) return { name, kind: 'person' };
  const full = fullNameInDocument(ctx, name, offset);
  if (full) return { name: full, kind: 'person' };
  const known = ctx.kb.findPersons(name);
  if (known.ids.length === 1) return { name: ctx.kb.personName(known.ids[0]), kind: 'person' };
  if (description && description.split(/\s+/).some(isRoleWord)) return { name, kind: 'person' };
  return undefined;
}

const INTRODUCED = new RegExp(`(?<![\\p{L}])${alternation(words('quotes', 'introduced_by'))}\\s+$`, 'iu');

/** For each document, each surname's full name and where the article first writes it. */
const fullNames = new WeakMap<Document, Map<string, { name: string; at: number } | undefined>>();

/** "Stefaniak" after "Dr. Tomasz Stefaniak" earlier in the document (quotations excluded). */
function fullNameInDocument(ctx: CorefContext, surname: string, before: number): string | undefined {
  if (!/^[\p{Lu}]/u.test(surname) || isNotName(surname) || isPlaceWord(surname, ctx.kb)) return undefined;
  let cache = fullNames.get(ctx.doc);
  if (!cache) fullNames.set(ctx.doc, (cache = new Map()));
  if (!cache.has(surname)) {
    const name = searchFullName(ctx, surname);
    cache.set(surname, name === undefined ? undefined : { name, at: ctx.masked.indexOf(name) });
  }
  const full = cache.get(surname);
  return full && full.at < before ? full.name : undefined;
}

function searchFullName(ctx: CorefContext, surname: string): string | undefined {
  for (const first of firstNamesBefore(ctx).get(surname) ?? []) {
    if (isRoleWord(first) || isNotName(first) || isPlaceWord(first, ctx.kb)) continue;
    const full = `${first} ${surname}`;
    if (kindOfName(full, ctx.kb) === 'person') return full;
  }
  return undefined;
}

/** A capitalised word before another ("Tomasz Stefaniak", "George W. Bush"); the second is looked ahead so pairs overlap. */
const NAME_PAIR = /(?<![\p{L}\p{M}\p{N}'’-])([\p{Lu}][\p{Ll}\p{M}'’-]+)(?=\s+(?:[\p{Lu}]\.\s+)?([\p{Lu}][\p{L}\p{M}'’-]*))/gu;
const firstNameIndexes = new WeakMap<Document, Map<string, string[]>>();

/**
 * The words written before each capitalised word of the document (quotations masked), in
 * order: one pass over the text, however many surnames are then asked about. "Stefaniak's"
 * and "Jean-Pierre" also stand for "Stefaniak" and "Jean".
 */
function firstNamesBefore(ctx: CorefContext): Map<string, string[]> {
  let index = firstNameIndexes.get(ctx.doc);
  if (index) return index;
  index = new Map();
  for (const m of ctx.masked.matchAll(NAME_PAIR)) {
    const second = m[2];
    const keys = new Set([second, ...[...second.matchAll(/['’-]/g)].map((cut) => second.slice(0, cut.index))]);
    for (const key of keys) if (key) pushToList(index, key, m[1]);
  }
  firstNameIndexes.set(ctx.doc, index);
  return index;
}
