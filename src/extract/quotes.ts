/**
 * The `quotes` analyzer: every quotation in a document, with its speaker, its sourcing and
 * whether it is speech at all (see `src/extract/quotes/`: marks and candidates, speakers and
 * names, coreference, sourcing, classification).
 *
 * Where sourcing counts — what an editor reads as "we know where this was said": a cue in the
 * quote's paragraph (quotations blanked out, so cue words inside them never count); the
 * sentence before, when it stands in another paragraph and introduces the quote (ends with a
 * colon) or names the same speaker; the quote a continued quote continues; and an occasion the
 * article gave earlier for the same speaker, which carries over until another one is named.
 */
import type { Analyzer, AnalysisContext } from '../analysis/document.js';
import type { Document, Span } from '../load/document.js';
import { sentenceAt, sentenceFrom } from '../load/document.js';
import type { QuotationMarks, QuoteMention, QuoteSourcing, QuoteSpeaker } from '../analysis/mentions.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { findQuoteMarks } from './quotes/marks.js';
import { quoteCandidates } from './quotes/candidates.js';
import type { Candidate } from './quotes/candidates.js';
import { speakerAfterQuote, speakerBeforeQuote } from './quotes/speakers.js';
import type { SpeakerMatch } from './quotes/speakers.js';
import { splitNameRun } from './quotes/names.js';
import { resolveLoneName, resolvePronoun, surnameOf } from './quotes/coreference.js';
import type { CorefContext } from './quotes/coreference.js';
import { classifyQuote } from './quotes/classify.js';
import { alternation, words } from '../base/vocabulary.js';
import { SourcingScope } from './quotes/scope.js';

const SPEECH_VERB_NEAR = new RegExp(`\\b${alternation(words('quotes', 'speech_verbs'))}\\b[^.;!?]{0,20}$`, 'iu');
const SPEECH_VERB_NEAR_AFTER = new RegExp(`^[^.;!?]{0,40}\\b${alternation(words('quotes', 'speech_verbs'))}\\b`, 'iu');

export function extractQuotes(doc: Document, kb: KnowledgeBase, marks: QuotationMarks[] = findQuoteMarks(doc.text, doc.paragraphs)): QuoteMention[] {
  const masked = maskQuotes(doc.text, marks);
  const ctx: CorefContext = { doc, masked, kb };
  const scope = new SourcingScope(doc, masked, kb);
  const quotes: QuoteMention[] = [];
  for (const candidate of quoteCandidates(doc, marks)) quotes.push(buildQuote(ctx, scope, candidate, quotes));
  return quotes;
}

/** The text with every outer quotation blanked, so patterns never match inside quoted words. */
function maskQuotes(text: string, marks: { span: Span; depth: number }[]): string {
  let out = '';
  let from = 0;
  for (const m of marks) {
    if (m.depth > 0 || m.span.start < from) continue;
    out += text.slice(from, m.span.start) + text.slice(m.span.start, m.span.end).replace(/[^\n]/g, ' ');
    from = m.span.end;
  }
  return out + text.slice(from);
}

function buildQuote(ctx: CorefContext, scope: SourcingScope, candidate: Candidate, earlier: QuoteMention[]): QuoteMention {
  const { doc } = ctx;
  const content = quotedText(doc.text, candidate);
  const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const first = sentenceAt(doc, candidate.span.start) ?? nearestSentence(doc, candidate.span.start);
  const last = sentenceAt(doc, candidate.span.end - 1) ?? first;
  const context = attributionContext(ctx, candidate, first.span, last.span);
  const match = candidate.depth > 0 ? undefined : findSpeaker(context, ctx.kb);
  const verdict = candidate.form === 'interview-turn' ? { isSpeech: true } : classifyQuote(content, words, context.before, context.after, match);
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
  quote.speaker = resolveSpeaker(ctx, match, quote, earlier);
  // A quotation with its own attribution ("Charles said, “…”") is a new one, even by the same
  // speaker — unless it stands in the same sentence as that speaker's last one ("…, adding “…”").
  const continued = match || hasAttributingVerb(context) ? sameSentenceSpeaker(quote, earlier) : continuedFrom(doc, quote, earlier);
  if (continued !== undefined) {
    quote.speaker = { ...earlier[continued].speaker!, via: quote.speaker ? quote.speaker.via : 'continued' };
    quote.continues = continued;
  }
  quote.sourcing = scope.sourcingOf(quote, candidate, earlier);
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

/** The sentence an offset between sentences belongs with: the next one, else the last. */
function nearestSentence(doc: Document, offset: number) {
  return sentenceFrom(doc, offset) ?? doc.sentences[doc.sentences.length - 1];
}

interface Context {
  before: string;
  after: string;
  beforeStart: number;
  afterStart: number;
  /** An interview turn's label, read as its speaker. */
  label?: Span;
}

/** The words of the quote's sentence(s) before and after it; for a block quote, its introduction. */
function attributionContext(ctx: CorefContext, candidate: Candidate, first: Span, last: Span): Context {
  const { doc, masked } = ctx;
  if (candidate.form === 'interview-turn') {
    const label = candidate.label!;
    return { before: `${doc.text.slice(label.start, label.end)}:`, beforeStart: label.start, after: '', afterStart: candidate.span.end, label };
  }
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
  const end = Math.max(attributionEnd(doc, last, candidate.span.end), candidate.span.end);
  return { before: masked.slice(start, candidate.span.start), after: masked.slice(candidate.span.end, end), beforeStart: start, afterStart: candidate.span.end };
}

/**
 * Where the words after a quotation end: its sentence, or — when the quotation closes the
 * sentence ("… in two days!" Macron said.) — the next sentence of the paragraph, which the
 * sentence splitter cut off after the "!".
 */
function attributionEnd(doc: Document, last: { end: number }, quoteEnd: number): number {
  if (doc.text.slice(quoteEnd, last.end).trim() !== '') return last.end;
  const next = sentenceFrom(doc, quoteEnd);
  if (!next || !/^[ \t]*$/.test(doc.text.slice(quoteEnd, next.span.start))) return last.end;
  // Only a short attribution ("Macron said on Thursday."), not the next statement of the story
  // ("Kowalska predicted that the vote would fail.").
  const isAttribution = next.text.split(/\s+/).length <= 8 && SPEECH_VERB_NEAR_AFTER.test(next.text) && !/\bthat\b/i.test(next.text);
  return isAttribution ? next.span.end : last.end;
}

function findSpeaker(context: Context, kb: KnowledgeBase): (SpeakerMatch & { offset: number }) | undefined {
  if (context.label) {
    const label = context.before.slice(0, -1);
    const split = /^(?:Q|A)$/.test(label) ? { name: label, kind: 'unknown' as const } : splitNameRun(label, kb);
    return { name: split.name, start: 0, end: split.name.length, kind: split.kind, via: 'interview', verb: ':', adjacent: true, offset: context.beforeStart };
  }
  const fromAfter = speakerAfterQuote(context.after, kb);
  if (fromAfter) return { ...fromAfter, offset: context.afterStart };
  const fromBefore = speakerBeforeQuote(context.before, kb);
  if (fromBefore) return { ...fromBefore, offset: context.beforeStart };
  return undefined;
}

/** Turn a match into a speaker: resolve pronouns and lone names against the document, or leave them. */
function resolveSpeaker(ctx: CorefContext, match: (SpeakerMatch & { offset: number }) | undefined, quote: QuoteMention, earlier: QuoteMention[]): QuoteSpeaker | undefined {
  if (!match) return undefined;
  const span = { start: match.offset + match.start, end: match.offset + match.end };
  if (match.kind === 'pronoun') {
    const antecedent = resolvePronoun(ctx, match.name, span.start, quote, earlier);
    // An unresolved pronoun still says somebody spoke: attributed, but to nobody named.
    return antecedent ? { ...antecedent, span, via: 'pronoun' } : { name: match.name, span, via: 'pronoun', kind: 'unknown' };
  }
  if (match.kind === 'unknown' && !/\s/.test(match.name) && match.via !== 'interview') {
    const resolved = resolveLoneName(ctx, match.name, span.start, match.description);
    if (resolved) return { name: resolved.name, span, description: match.description, via: match.via, kind: 'person' };
  }
  return { name: match.name, span, description: match.description, via: match.via, kind: match.kind };
}

/** The same speaker's quotation earlier in the same sentence: this one goes with it. */
function sameSentenceSpeaker(quote: QuoteMention, earlier: QuoteMention[]): number | undefined {
  const previous = earlier.length - 1;
  const q = earlier[previous];
  if (!q || q.nested || !q.isSpeech || q.sentence !== quote.sentence) return undefined;
  return q.speaker && sameSpeaker(q.speaker, quote.speaker) ? previous : undefined;
}

/** A speech verb next to the quotation, even when its subject cannot be read (it is not a continuation). */
function hasAttributingVerb(context: Context): boolean {
  return SPEECH_VERB_NEAR.test(context.before.slice(-40)) || SPEECH_VERB_NEAR_AFTER.test(context.after.slice(0, 60));
}

/** The quote this one continues: the speaker's previous quote in this or the previous sentence. */
function continuedFrom(doc: Document, quote: QuoteMention, earlier: QuoteMention[]): number | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i];
    if (q.nested) continue;
    if (!q.isSpeech || q.form === 'blockquote' || q.form === 'colon-paragraph' || q.form === 'interview-turn') return undefined;
    // Counted from the sentence where the earlier quotation ends (it may run over several).
    const lastSentence = (sentenceAt(doc, q.span.end - 1) ?? doc.sentences[q.sentence]).index;
    if (q.speaker && quote.sentence - lastSentence <= 1 && quote.paragraph - q.paragraph <= 1) return i;
    return undefined;
  }
  return undefined;
}

export function sameSpeaker(a?: QuoteSpeaker, b?: QuoteSpeaker): boolean {
  if (!a || !b) return false;
  return a.name === b.name || surnameOf(a.name) === surnameOf(b.name) && (a.kind === 'person' || b.kind === 'person');
}

/** Quotation marks alone: cheap, for anything that only needs to know what is quoted. */
export const quotationsAnalyzer: Analyzer<'quotations'> = {
  kind: 'quotations',
  analyze: (context: AnalysisContext) => findQuoteMarks(context.doc.text, context.doc.paragraphs),
};

export const quotesAnalyzer: Analyzer<'quotes'> = {
  kind: 'quotes',
  analyze: (context: AnalysisContext) => extractQuotes(context.doc, context.kb, context.get('quotations')),
};

export type { QuoteSourcing };
