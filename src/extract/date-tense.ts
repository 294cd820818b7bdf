/**
 * Which way a date points from the time of writing, as its clause tells it: "the talks
 * were held on 14 March" (past: written after it), "the summit will open on 5 June"
 * (a plan: written before it), "the talks begin on 14 March" (present: written around it).
 * The date's own words decide first — in "Jobs announced that Leopard would be released in
 * 2007" the date belongs to the plan after "that", not to the announcing — then its clause,
 * then the sentence. A hedge ("the trial could begin on 21 January") bounds nothing, and
 * "due to his health" is no plan.
 */
import type { DateMention, DateTense } from '../analysis/mentions.js';
import type { Document, Span } from '../load/document.js';
import { clauseAround } from './clauses.js';
import { tenseByWords } from './tense.js';
import { wordPattern, words } from '../base/vocabulary.js';

export type { DateTense };

const PLAN_WORDS = words('dates', 'plan_words');
const PLAN = wordPattern(PLAN_WORDS);
const PLAN_GLOBAL = wordPattern(PLAN_WORDS, 'gi');
const HEDGE = wordPattern(words('dates', 'hedge_words'));
const REPORTING = wordPattern(words('dates', 'reporting_words'), 'gi');
/** "(would) be released", "(to) be held": a passive infinitive is no past form. */
const INFINITIVE_PASSIVE = /\bbe\s+(?:\w+ly\s+)?[a-z]{2,}ed\b/gi;

export function dateTense(doc: Document, mention: DateMention): DateTense {
  return tenseAt(doc, mention.sentence, mention.span);
}

/** The tense of the words around `span` in sentence `sentenceIndex`, read as for a date there. */
export function tenseAt(doc: Document, sentenceIndex: number, span: Span): DateTense {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return 'unclear';
  const text = sentence.text;
  const from = span.start - sentence.span.start;
  const to = span.end - sentence.span.start;
  const clause = clauseAround(text, from, to);
  const reported = lastReportingBoundary(text.slice(clause.start, from));
  const ownStart = clause.start + (reported ?? 0);
  // The date's own words: from where its clause (or the reported speech) starts to the next comma.
  const ownEnd = to + (/[,;:]/.exec(text.slice(to, clause.end))?.index ?? clause.end - to);
  const readings = [
    `${text.slice(ownStart, from)} ${text.slice(to, ownEnd)}`,
    `${text.slice(clause.start, from)} ${text.slice(to, clause.end)}`,
    `${text.slice(0, from)} ${text.slice(to)}`,
  ];
  for (const words of readings) {
    const tense = tenseOf(words);
    if (tense !== 'none') return tense;
  }
  return 'unclear';
}

/** Where the reported words after the last "that"/"said" before the date begin. */
function lastReportingBoundary(before: string): number | undefined {
  let end: number | undefined;
  for (const m of before.matchAll(REPORTING)) end = m.index + m[0].length;
  return end;
}

function tenseOf(text: string): DateTense | 'none' {
  if (HEDGE.test(text)) return 'unclear';
  const plan = PLAN.test(text);
  // "scheduled", "planned" end in -ed but are plans, not reports; so is "be released".
  const grammar = tenseByWords(text.replace(PLAN_GLOBAL, ' ').replace(INFINITIVE_PASSIVE, ' '));
  const past = grammar === 'past' || grammar === 'mixed';
  if (plan) return past ? 'unclear' : 'future';
  if (past) return 'past';
  return grammar === 'present' ? 'present' : 'none';
}
