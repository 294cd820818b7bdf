/**
 * What the words around a date say about it, read once here so that rules never re-read
 * the text: a start ("since 2004"), a deadline ("by 2030"), one end of a range ("from 1977
 * to 1995"), the weekday word inside it, the event a weekday's possessive names
 * ("Thursday's meeting"), the kinds of event its sentence talks about, the sentence's tense
 * and the date's own (`date-tense.ts`). Word lists: `data/vocabulary/dates.yml` and `event-families.yml`.
 */
import type { DateMention } from '../analysis/mentions.js';
import type { Document } from '../load/document.js';
import { alternation, vocabulary, wordPattern, words } from '../base/vocabulary.js';
import { sentenceTense } from './tense.js';
import { dateTense } from './date-tense.js';

const list = (name: string) => words('dates', name);

const SINCE_BEFORE = new RegExp(`\\b${alternation(list('since_leads'))}\\s+(?:\\w+\\s+)?$`, 'i');
const DEADLINE_BEFORE = new RegExp(`\\b${alternation(list('deadline_leads'))}\\s+(?:the\\s+)?$`, 'i');
const NEW_END_VERB = wordPattern(list('new_end_verbs'));
/** How far before a date its new-end verb may stand ("extended the city's lockdown to"). */
const NEW_END_REACH = 90;
const END_LEADS = new Set(['to', 'until', 'till', 'through']);
const RANGE_OPENER_BEFORE = new RegExp(`\\b${alternation(list('range_openers'))}\\s+$`, 'i');
const RANGE_JOINER = new RegExp(`^\\s*${alternation(list('range_joiners'))}\\s*$`, 'i');
/** A weekday's name, whole or abbreviated ("Wednesday", "Wed.", "Thurs."). */
const WEEKDAY_WORD = /\b(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b/i;
/** "16 November, a Wednesday", "16 November (a Wednesday)", "16 November, which was a Wednesday". */
const WEEKDAY_AFTER_DATE = /^\s*[,(]\s*(?:a|which\s+(?:was|is|will\s+be)\s+a)\s+$/i;
/** "next Wednesday (3 March)", "Monday, the 14th of September". */
const DATE_AFTER_WEEKDAY = /^(?:\s*\(\s*|,?\s+the\s+)$/i;
const POSSESSIVE_NOUNS = /^['’]s\s+((?:[a-z-]+\s+)?[a-z]+)/;

const FAMILIES = Object.entries(vocabulary('event-families'));

/** The event family a word belongs to ("negotiations" → meetings). */
export function familyOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  return FAMILIES.find(([, members]) => members.includes(lower))?.[0];
}

/** Adds the context fields to the mentions of one document (in place; called once by the dates analyzer). */
export function describeDateContext(doc: Document, mentions: DateMention[]): void {
  const families = new Map<number, string[]>();
  const tenses = new Map<number, ReturnType<typeof sentenceTense>>();
  mentions.forEach((mention, i) => {
    const sentence = doc.sentences[mention.sentence];
    const before = doc.text.slice(Math.max(0, mention.span.start - 24), mention.span.start);
    if (SINCE_BEFORE.test(before)) mention.lead = 'since';
    else if (isNewEnd(doc.text.slice(Math.max(sentence?.span.start ?? 0, mention.span.start - NEW_END_REACH), mention.span.start))) mention.lead = 'new-end';
    else if (DEADLINE_BEFORE.test(before)) mention.lead = 'deadline';
    const weekday = WEEKDAY_WORD.exec(mention.text);
    if (weekday) mention.weekdaySpan = { start: mention.span.start + weekday.index, end: mention.span.start + weekday.index + weekday[0].length };
    const possessive = POSSESSIVE_NOUNS.exec(doc.text.slice(mention.span.end, mention.span.end + 40));
    if (possessive) {
      const family = possessive[1].split(/\s+/).map((w) => ({ w, f: familyOf(w) })).find((x) => x.f);
      if (family) mention.possessiveEvent = { noun: family.w, family: family.f! };
    }
    if (sentence) {
      if (!families.has(sentence.index)) families.set(sentence.index, sentenceFamilies(sentence.text));
      if (!tenses.has(sentence.index)) tenses.set(sentence.index, sentenceTense(sentence.text));
      mention.sentenceFamilies = families.get(sentence.index);
      mention.sentenceTense = tenses.get(sentence.index);
      mention.tense = dateTense(doc, mention);
    }
    pairRange(doc, mentions, i);
  });
  mentions.forEach((_, i) => pairWeekday(doc, mentions, i));
}

/**
 * A weekday written beside a day-month in apposition ("16 November, a Wednesday", "next
 * Wednesday (3 March)", "Monday, the 14th of September") is the weekday of that date: the
 * date mention states it too, so the check that a weekday fits its date sees both.
 */
function pairWeekday(doc: Document, mentions: DateMention[], i: number): void {
  const date = mentions[i];
  if (date.stated.day === undefined || date.stated.month === undefined || date.stated.weekday !== undefined) return;
  const next = mentions[i + 1];
  const previous = mentions[i - 1];
  const isWeekday = (m: DateMention | undefined): m is DateMention => m !== undefined && m.sentence === date.sentence && m.stated.weekday !== undefined && m.stated.day === undefined && m.stated.month === undefined;
  let weekday: DateMention | undefined;
  if (isWeekday(next) && WEEKDAY_AFTER_DATE.test(doc.text.slice(date.span.end, next.span.start))) weekday = next;
  else if (isWeekday(previous) && DATE_AFTER_WEEKDAY.test(doc.text.slice(previous.span.end, date.span.start))) weekday = previous;
  if (!weekday?.weekdaySpan) return;
  date.stated = { ...date.stated, weekday: weekday.stated.weekday };
  date.weekdaySpan = weekday.weekdaySpan;
}

/**
 * "extended the lockdown to", "postponed the vote until the end of": the words before a date
 * end in to/until/till/through (with "the", "end of"), and the clause before them names a
 * change of a period's end. Read word by word, without a backtracking pattern.
 */
function isNewEnd(before: string): boolean {
  const tokens = before.trimEnd().split(/\s+/);
  if (tokens.length >= 2 && tokens[tokens.length - 2].toLowerCase() === 'end' && tokens[tokens.length - 1].toLowerCase() === 'of') tokens.splice(-2);
  if (tokens.length >= 1 && tokens[tokens.length - 1].toLowerCase() === 'the') tokens.pop();
  const lead = tokens.pop()?.toLowerCase();
  if (lead === undefined || !END_LEADS.has(lead)) return false;
  const clause = tokens.join(' ').split(/[.;!?]/).pop() ?? '';
  return NEW_END_VERB.test(clause);
}

/** "from 1977 to 1995": the first year of the pair learns where its range ends. */
function pairRange(doc: Document, mentions: DateMention[], i: number): void {
  const first = mentions[i];
  const next = mentions[i + 1];
  if (!next || first.kind !== 'year' || next.kind !== 'year' || next.sentence !== first.sentence) return;
  const between = doc.text.slice(first.span.end, next.span.start);
  const before = doc.text.slice(Math.max(0, first.span.start - 9), first.span.start);
  if (!RANGE_JOINER.test(between) || !RANGE_OPENER_BEFORE.test(before)) return;
  // "the deadline moved from 2029 to 2021": a backward pair is a changed value, not a period.
  if (next.stated.year! < first.stated.year!) first.changedValue = next.changedValue = true;
  else first.rangeEnd = i + 1;
}

function sentenceFamilies(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const family = familyOf(word);
    if (family) found.add(family);
  }
  return [...found];
}
