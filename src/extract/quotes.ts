/**
 * The `quotes` analyzer: every quotation in a document, with its speaker, its sourcing and
 * whether it is speech at all (see `src/extract/quotes/` for marks, speakers, sourcing).
 *
 * Where sourcing counts (the principle the rules rely on): sourcing stated in the quote's
 * own sentence; in the sentence just before it, when that sentence reports an utterance and
 * quotes nobody else; in an earlier sentence of the same paragraph that names the same
 * speaker; and, for a continued quote, the sourcing of the quote it continues. An outlet
 * credited elsewhere for the article's news ("…, according to The Japan Times") sources that
 * sentence only: it does not tell the reader where or when another person said later words.
 */
import { createRequire } from 'node:module';
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { Document, Paragraph, Span } from '../load/document.js';
import { sentenceAt } from '../load/document.js';
import type { QuotationMarks, QuoteForm, QuoteMention, QuoteSourcing, QuoteSpeaker } from '../analysis/mentions.js';
import { findQuoteMarks } from './quotes/marks.js';
import type { SpeakerMatch } from './quotes/speakers.js';
import { kindOfName, speakerAfterQuote, speakerBeforeQuote, splitNameRun } from './quotes/speakers.js';
import { findSourcing, UTTERANCE_WORDS } from './quotes/sourcing.js';
import { classifyQuote } from './quotes/classify.js';

interface Candidate {
  span: Span;
  contentSpan: Span;
  form: QuoteForm;
  reopenings: number[];
  depth: number;
  paragraph: number;
  /** For block quotes: the sentence that introduces them ("In his words:"). */
  intro?: Span;
}

/** Paragraphs after this many are too far back for a pronoun to point to an earlier speaker. */
const PRONOUN_PARAGRAPH_WINDOW = 2;
/** A colon-introduced paragraph is a quote only when the introduction reports speech. */
const QUOTE_INTRO = /(?:\bwords|\bsaid|\bsays|\bstated|\bwrote|\bwrites|\btold\b.*|\bdeclared|\bput it|\bas follows|\bannounced|\badded|\bexplained|\bstatement\b.*|\bpost\b.*|\breads?)\s*:\s*$/iu;

export function extractQuotes(doc: Document, marks: QuotationMarks[] = findQuoteMarks(doc.text, doc.paragraphs)): QuoteMention[] {
  const masked = maskQuotes(doc.text, marks);
  const candidates = [...marks.map((m) => ({ ...m })), ...blockCandidates(doc)].sort((a, b) => a.span.start - b.span.start);
  const quotes: QuoteMention[] = [];
  for (const candidate of candidates) quotes.push(buildQuote(doc, masked, candidate, quotes));
  return quotes;
}

/** Markdown block quotes and paragraphs introduced by "In his words:" and the like. */
function blockCandidates(doc: Document): Candidate[] {
  const found: Candidate[] = [];
  doc.paragraphs.forEach((paragraph, i) => {
    if (startsWithQuoteMark(doc.text, paragraph)) return;
    const previous = doc.paragraphs[i - 1];
    const introSentence = previous ? doc.sentences[previous.sentences[previous.sentences.length - 1]] : undefined;
    const introduced = introSentence !== undefined && previous.kind !== 'heading' && /:\s*$/.test(introSentence.text) && QUOTE_INTRO.test(introSentence.text);
    if (paragraph.kind !== 'blockquote' && !(introduced && paragraph.kind === 'paragraph')) return;
    found.push({
      span: paragraph.span,
      contentSpan: paragraph.span,
      form: paragraph.kind === 'blockquote' ? 'blockquote' : 'colon-paragraph',
      reopenings: [],
      depth: 0,
      paragraph: paragraph.index,
      intro: introduced ? introSentence.span : undefined,
    });
  });
  return found;
}

function startsWithQuoteMark(text: string, paragraph: Paragraph): boolean {
  return /^["“‘«„']/.test(text.slice(paragraph.span.start, paragraph.span.start + 1));
}

/** The text with every outer quotation blanked, so patterns never match inside quoted words. */
function maskQuotes(text: string, marks: { span: Span; depth: number }[]): string {
  let out = '';
  let from = 0;
  for (const m of marks) {
    if (m.depth > 0 || m.span.start < from) continue;
    out += text.slice(from, m.span.start) + '…'.repeat(m.span.end - m.span.start);
    from = m.span.end;
  }
  return out + text.slice(from);
}

function buildQuote(doc: Document, masked: string, candidate: Candidate, earlier: QuoteMention[]): QuoteMention {
  const content = quotedText(doc.text, candidate);
  const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const first = sentenceAt(doc, candidate.span.start) ?? nearestSentence(doc, candidate.span.start);
  const last = sentenceAt(doc, candidate.span.end - 1) ?? first;
  const { before, after, beforeStart, afterStart } = attributionContext(doc, masked, candidate, first.span, last.span);
  const match = candidate.depth > 0 ? undefined : findSpeaker(before, after, beforeStart, afterStart);
  const verdict = classifyQuote(content, words, before, after, match);
  const quote: QuoteMention = {
    span: candidate.span,
    contentSpan: candidate.contentSpan,
    text: content,
    words,
    form: candidate.form,
    isSpeech: verdict.isSpeech,
    nonSpeechReason: verdict.reason,
    sourcing: [],
    sentence: first.index,
    paragraph: candidate.paragraph,
  };
  if (candidate.depth > 0) quote.nested = true;
  if (!verdict.isSpeech || quote.nested) return quote;
  quote.speaker = resolveSpeaker(doc, match, quote, earlier);
  const continued = continuedFrom(quote, earlier);
  if (!quote.speaker && continued !== undefined) {
    quote.speaker = { ...earlier[continued].speaker!, via: 'continued' };
  }
  if (continued !== undefined && sameSpeaker(quote.speaker, earlier[continued].speaker)) quote.continues = continued;
  quote.sourcing = gatherSourcing(doc, masked, quote, { before, after, beforeStart, afterStart }, earlier);
  return quote;
}

function quotedText(text: string, candidate: Candidate): string {
  let out = '';
  let from = candidate.contentSpan.start;
  for (const reopen of candidate.reopenings) {
    out += text.slice(from, reopen) + ' ';
    from = reopen + 1;
  }
  out += text.slice(from, candidate.contentSpan.end);
  return out.replace(/\s+/g, ' ').trim();
}

function nearestSentence(doc: Document, offset: number) {
  return doc.sentences.find((s) => s.span.end > offset) ?? doc.sentences[doc.sentences.length - 1];
}

interface Context {
  before: string;
  after: string;
  beforeStart: number;
  afterStart: number;
}

/** The words of the quote's sentence(s) before and after it; for a block quote, its introduction. */
function attributionContext(doc: Document, masked: string, candidate: Candidate, first: Span, last: Span): Context {
  if (candidate.form === 'blockquote' || candidate.form === 'colon-paragraph') {
    const intro = candidate.intro;
    const trailer = /(?:^|\n)\s*[—–-]{1,2}\s*([^\n]+)$/u.exec(doc.text.slice(candidate.span.start, candidate.span.end));
    return {
      before: intro ? masked.slice(intro.start, intro.end) : '',
      beforeStart: intro?.start ?? candidate.span.start,
      after: trailer ? `said ${trailer[1]}` : '',
      afterStart: trailer ? candidate.span.start + trailer.index + trailer[0].indexOf(trailer[1]) - 5 : candidate.span.end,
    };
  }
  if (candidate.depth > 0) {
    return { before: doc.text.slice(first.start, candidate.span.start), after: doc.text.slice(candidate.span.end, last.end), beforeStart: first.start, afterStart: candidate.span.end };
  }
  const start = Math.min(first.start, candidate.span.start);
  const end = Math.max(last.end, candidate.span.end);
  return { before: masked.slice(start, candidate.span.start), after: masked.slice(candidate.span.end, end), beforeStart: start, afterStart: candidate.span.end };
}

function findSpeaker(before: string, after: string, beforeStart: number, afterStart: number): (SpeakerMatch & { offset: number }) | undefined {
  const fromAfter = speakerAfterQuote(after);
  if (fromAfter) return { ...fromAfter, offset: afterStart };
  const fromBefore = speakerBeforeQuote(before);
  if (fromBefore) return { ...fromBefore, offset: beforeStart };
  return undefined;
}

/** Turn a pattern match into a speaker: resolve pronouns and lone surnames against the document. */
function resolveSpeaker(doc: Document, match: (SpeakerMatch & { offset: number }) | undefined, quote: QuoteMention, earlier: QuoteMention[]): QuoteSpeaker | undefined {
  if (!match) return undefined;
  const span = { start: match.offset + match.start, end: match.offset + match.end };
  if (match.kind === 'pronoun') {
    const antecedent = nearestAntecedent(lastSpeaker(quote, earlier), personNamedBefore(doc, span.start, earlier));
    return antecedent ? { ...antecedent, span, via: match.via === 'in-words' || match.via === 'pronoun' ? 'pronoun' : match.via } : undefined;
  }
  let { name, kind } = match;
  if (kind === 'unknown' && !/\s/.test(name)) {
    const full = fullNameInDocument(doc, name, span.start) ?? personByNlp(doc, name, quote.sentence);
    if (full) {
      name = full;
      kind = 'person';
    }
  }
  return { name, span, description: match.description, via: match.via, kind };
}

/** Of the last quoted speaker and the last person named, whichever stands nearer the pronoun. */
function nearestAntecedent(speaker?: QuoteSpeaker, named?: QuoteSpeaker): QuoteSpeaker | undefined {
  if (!speaker || !named) return speaker ?? named;
  return (named.span?.start ?? 0) > (speaker.span?.start ?? 0) ? named : speaker;
}

function lastSpeaker(quote: QuoteMention, earlier: QuoteMention[]): QuoteSpeaker | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i];
    if (quote.paragraph - q.paragraph > PRONOUN_PARAGRAPH_WINDOW) return undefined;
    if (q.speaker && q.speaker.kind !== 'group') return q.speaker;
  }
  return undefined;
}

const PERSON_NAME = /\b((?:[\p{Lu}][\p{Ll}\p{M}'’-]+)(?:\s+[\p{Lu}][\p{Ll}\p{M}'’-]+){1,2})\b/gu;

/** The nearest person named in the three sentences before `offset` (for "he said", "in his words"). */
function personNamedBefore(doc: Document, offset: number, earlier: QuoteMention[]): QuoteSpeaker | undefined {
  const here = sentenceAt(doc, offset) ?? nearestSentence(doc, offset);
  const known = new Map(earlier.flatMap((q) => (q.speaker?.kind === 'person' ? [[q.speaker.name.split(/\s+/).pop() ?? '', q.speaker] as const] : [])));
  for (let i = here.index; i >= Math.max(0, here.index - 3); i--) {
    const sentence = doc.sentences[i];
    const text = doc.text.slice(sentence.span.start, Math.min(sentence.span.end, offset));
    const surname = [...text.matchAll(/\b[\p{Lu}][\p{Ll}'’-]+\b/gu)].find((m) => known.has(m[0]));
    if (surname) {
      const start = sentence.span.start + (surname.index ?? 0);
      return { ...known.get(surname[0])!, span: { start, end: start + surname[0].length }, via: 'pronoun' };
    }
    for (const m of text.matchAll(PERSON_NAME)) {
      const name = splitNameRun(m[1]).name;
      if (/\s/.test(name) && kindOfName(name) === 'person') {
        const start = sentence.span.start + (m.index ?? 0) + m[1].indexOf(name);
        return { name, span: { start, end: start + name.length }, via: 'pronoun', kind: 'person' };
      }
    }
  }
  return undefined;
}

/** "Abe" said … after "Shinzo Abe" earlier in the document: the same person. */
const fullNames = new WeakMap<Document, Map<string, string | undefined>>();

function fullNameInDocument(doc: Document, surname: string, before: number): string | undefined {
  let cache = fullNames.get(doc);
  if (!cache) fullNames.set(doc, (cache = new Map()));
  const key = `${surname}@${before}`;
  if (!cache.has(key)) cache.set(key, searchFullName(doc, surname, before));
  return cache.get(key);
}

function searchFullName(doc: Document, surname: string, before: number): string | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`\\b([\\p{Lu}][\\p{Ll}\\p{M}'’-]+(?:\\s+[\\p{Lu}][\\p{Ll}\\p{M}'’-]+)?)\\s+${escaped}\\b`, 'gu');
  for (const m of doc.text.slice(0, Math.max(before, 0) + surname.length + 200).matchAll(pattern)) {
    const full = `${m[1].split(/\s+/).pop()} ${surname}`;
    if (kindOfName(full) === 'person' && !/^(?:The|Minister|President|Secretary|Prime|Foreign|Former|Russian|Japanese|Chinese|American|Chief)$/u.test(m[1].split(/\s+/).pop() ?? '')) return full;
  }
  return undefined;
}

type Nlp = (text: string) => { people(): { out(format: 'array'): string[] } };
let nlp: Nlp | undefined;

/** Last resort for a lone capitalised name: ask compromise, for this one sentence only. */
function personByNlp(doc: Document, name: string, sentence: number): string | undefined {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  const people = nlp(doc.sentences[sentence]?.text ?? '').people().out('array');
  return people.some((p) => p.replace(/[’']s$/, '').split(/\s+/).includes(name)) ? name : undefined;
}

/** The quote this one continues: the speaker's previous quote in this or the previous sentence. */
function continuedFrom(quote: QuoteMention, earlier: QuoteMention[]): number | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i];
    if (q.nested) continue;
    if (!q.isSpeech || q.form === 'blockquote' || q.form === 'colon-paragraph') return undefined;
    if (q.speaker && quote.sentence - q.sentence <= 1 && quote.paragraph - q.paragraph <= 1) return i;
    return undefined;
  }
  return undefined;
}

function sameSpeaker(a?: QuoteSpeaker, b?: QuoteSpeaker): boolean {
  if (!a || !b) return false;
  return a.name === b.name || a.name.endsWith(` ${b.name}`) || b.name.endsWith(` ${a.name}`);
}

function gatherSourcing(doc: Document, masked: string, quote: QuoteMention, context: Context, earlier: QuoteMention[]): QuoteSourcing[] {
  const found = [...findSourcing(context.before, context.beforeStart), ...findSourcing(context.after, context.afterStart)];
  const firstSentence = doc.sentences[quote.sentence];
  const previous = doc.sentences[quote.sentence - 1];
  const introduced = quote.form === 'colon-paragraph' || quote.form === 'blockquote';
  if (previous && !introduced && reportsUtteranceOnly(masked, previous.span, quote, earlier)) {
    found.push(...findSourcing(masked.slice(previous.span.start, previous.span.end), previous.span.start));
  }
  found.push(...sourcingNamingSpeaker(doc, masked, quote, firstSentence.index - 2));
  if (quote.continues !== undefined) found.push(...earlier[quote.continues].sourcing);
  else if (found.length === 0) found.push(...sourcingOfSpeakersLastQuote(quote, earlier));
  const unique = new Map(found.map((s) => [`${s.span.start}:${s.span.end}`, s]));
  return [...unique.values()].sort((a, b) => a.span.start - b.span.start);
}

/** The same speaker's previous quote, in this paragraph or the one before, speaks on the same occasion. */
function sourcingOfSpeakersLastQuote(quote: QuoteMention, earlier: QuoteMention[]): QuoteSourcing[] {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i];
    if (quote.paragraph - q.paragraph > 1) return [];
    if (q.isSpeech && !q.nested && q.speaker) return sameSpeaker(q.speaker, quote.speaker) ? q.sourcing : [];
  }
  return [];
}

/** The previous sentence reports an utterance and quotes no one else. */
function reportsUtteranceOnly(masked: string, span: Span, quote: QuoteMention, earlier: QuoteMention[]): boolean {
  const other = earlier.some((q) => q.sentence === quote.sentence - 1 && q.isSpeech && q.speaker && !sameSpeaker(q.speaker, quote.speaker));
  return !other && UTTERANCE_WORDS.test(masked.slice(span.start, span.end));
}

/** Earlier sentences of the paragraph that name this speaker and report their words. */
function sourcingNamingSpeaker(doc: Document, masked: string, quote: QuoteMention, lastIndex: number): QuoteSourcing[] {
  const surname = quote.speaker?.kind === 'person' ? quote.speaker.name.split(/\s+/).pop() : undefined;
  if (!surname) return [];
  const paragraph = doc.paragraphs[doc.sentences[quote.sentence].paragraph];
  const found: QuoteSourcing[] = [];
  for (const index of paragraph.sentences) {
    if (index > lastIndex) break;
    const { span } = doc.sentences[index];
    const text = masked.slice(span.start, span.end);
    if (text.includes(surname) && UTTERANCE_WORDS.test(text)) found.push(...findSourcing(text, span.start));
  }
  return found;
}

/** Quotation marks alone: cheap, for anything that only needs to know what is quoted. */
export const quotationsAnalyzer: Analyzer<'quotations'> = {
  kind: 'quotations',
  analyze: (context: AnalysisContext) => findQuoteMarks(context.doc.text, context.doc.paragraphs),
};

export const quotesAnalyzer: Analyzer<'quotes'> = {
  kind: 'quotes',
  analyze: (context: AnalysisContext) => extractQuotes(context.doc, context.get('quotations')),
};
