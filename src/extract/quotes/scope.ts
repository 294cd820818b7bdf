/**
 * How far sourcing reaches for one quotation (see `src/extract/quotes.ts` for the principle):
 * the quote's paragraph, the previous paragraph when it names the speaker or ends by
 * introducing the quote, the quote it continues, and the occasion the article last gave for
 * the same speaker ("Jobs gave the opening keynote …" sources his later quotes). Cues are
 * found once per sentence, and only for sentences a quotation needs (its paragraph, the one
 * before, sentences naming its speaker); a paragraph's cues are its sentences'.
 */
import type { Document } from '../../load/document.js';
import type { QuoteMention, QuoteSourcing } from '../../analysis/mentions.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Candidate } from './candidates.js';
import { splitNameRun } from './names.js';
import { findSourcing } from './sourcing.js';

/** A run of capitalised words that may be a person's name. */
const NAME_RUN = /\b[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|van|von|der|bin|al|da|di|le|la)){1,5}/gu;

/**
 * A person by full name (family members share a surname); a lone surname stands for itself.
 * Middle initials are left out: "Emily W. Murphy" and "Emily Murphy" are one person.
 */
function personKey(name: string): string {
  return name.trim().replace(/(?<![\p{L}.])\p{Lu}\.\s+/gu, '').replace(/\s+/g, ' ').toLowerCase();
}

export class SourcingScope {
  /** Each sentence's cues (quotations blanked out), by sentence index, found on first use. */
  private readonly bySentence: (QuoteSourcing[] | undefined)[] = [];
  /** Each paragraph's cues, by paragraph index, found on first use. */
  private readonly byParagraph = new Map<number, QuoteSourcing[]>();
  /** Each paragraph's sentences, by paragraph index. */
  private readonly sentencesOfParagraph = new Map<number, number[]>();
  /** Sentences as comparable text (one space, lower case), made when a speaker is first looked for. */
  private comparable: string[] | undefined;
  /** For each person (full name), the sentences (in order) that name the person together with an occasion. */
  private readonly occasions = new Map<string, { sentence: number; sourcing: QuoteSourcing[] }[]>();
  /** The occasion the article gave with a speaker's earlier quotation. */
  private readonly quotedOccasion = new Map<string, { sentence: number; sourcing: QuoteSourcing[] }>();

  constructor(
    private readonly doc: Document,
    private readonly masked: string,
    private readonly kb: KnowledgeBase,
  ) {
    for (const sentence of doc.sentences) {
      const list = this.sentencesOfParagraph.get(sentence.paragraph) ?? [];
      list.push(sentence.index);
      this.sentencesOfParagraph.set(sentence.paragraph, list);
    }
  }

  sourcingOf(quote: QuoteMention, candidate: Candidate, earlier: QuoteMention[]): QuoteSourcing[] {
    const found = this.ownSourcing(quote, candidate, earlier);
    const speaker = quote.speaker?.kind === 'person' ? personKey(quote.speaker.name) : undefined;
    if (found.length > 0) {
      if (speaker) this.quotedOccasion.set(speaker, { sentence: quote.sentence, sourcing: found });
      return found;
    }
    return speaker ? this.lastOccasion(speaker, quote.sentence) : [];
  }

  /** The occasion last given for the speaker before `sentence`, by a quote or a sentence naming them. */
  private lastOccasion(key: string, sentence: number): QuoteSourcing[] {
    const named = this.occasionsOf(key).filter((o) => o.sentence < sentence).pop();
    const quoted = this.quotedOccasion.get(key);
    if (named && quoted) return named.sentence > quoted.sentence ? named.sourcing : quoted.sourcing;
    return (named ?? quoted)?.sourcing ?? [];
  }

  /**
   * Every sentence that names the person (by this full name) and an occasion: "Steve Jobs gave
   * the keynote at WWDC". Only sentences that contain the name are read closely.
   */
  private occasionsOf(key: string): { sentence: number; sourcing: QuoteSourcing[] }[] {
    let list = this.occasions.get(key);
    if (list) return list;
    list = [];
    this.comparable ??= this.doc.sentences.map((s) => personKey(this.masked.slice(s.span.start, s.span.end)));
    this.comparable.forEach((text, index) => {
      if (!text.includes(key)) return;
      const sourcing = this.sentenceSourcing(index);
      if (sourcing.length > 0 && this.namesPerson(index, key)) list!.push({ sentence: index, sourcing });
    });
    this.occasions.set(key, list);
    return list;
  }

  /** Does the sentence name this person (not only a longer name that contains it)? */
  private namesPerson(index: number, key: string): boolean {
    const span = this.doc.sentences[index].span;
    for (const m of this.masked.slice(span.start, span.end).matchAll(NAME_RUN)) {
      const named = splitNameRun(m[0], this.kb);
      if (named.kind === 'person' && personKey(named.name) === key) return true;
    }
    return false;
  }

  private sentenceSourcing(index: number): QuoteSourcing[] {
    let found = this.bySentence[index];
    if (!found) {
      const span = this.doc.sentences[index].span;
      found = findSourcing(this.masked.slice(span.start, span.end), span.start);
      this.bySentence[index] = found;
    }
    return found;
  }

  private ownSourcing(quote: QuoteMention, candidate: Candidate, earlier: QuoteMention[]): QuoteSourcing[] {
    if (candidate.form === 'interview-turn') {
      const label = candidate.label!;
      return [{ kind: 'occasion', text: 'interview', span: label }];
    }
    // A block quotation is its own paragraph: its cues are the introduction's.
    const introParagraph = candidate.intro ? this.paragraphAt(candidate.intro.start) : undefined;
    const paragraph = candidate.form === 'blockquote' || candidate.form === 'colon-paragraph' ? introParagraph : quote.paragraph;
    const found = paragraph === undefined ? [] : [...this.paragraphSourcing(paragraph)];
    found.push(...this.introducingSentence(quote));
    if (quote.continues !== undefined) found.push(...earlier[quote.continues].sourcing);
    const unique = new Map(found.map((s) => [`${s.span.start}:${s.span.end}`, s]));
    return [...unique.values()].sort((a, b) => a.span.start - b.span.start);
  }

  /** Every cue of a paragraph, quotations blanked out. */
  private paragraphSourcing(index: number): QuoteSourcing[] {
    let found = this.byParagraph.get(index);
    if (!found) {
      found = (this.sentencesOfParagraph.get(index) ?? []).flatMap((sentence) => this.sentenceSourcing(sentence));
      this.byParagraph.set(index, found);
    }
    return found;
  }

  /** The previous paragraph: counts when it ends by introducing the quote or names its speaker. */
  private introducingSentence(quote: QuoteMention): QuoteSourcing[] {
    const previous = this.doc.sentences[quote.sentence - 1];
    if (!previous || previous.paragraph === quote.paragraph) return [];
    const paragraph = this.doc.paragraphs[previous.paragraph];
    const text = this.masked.slice(paragraph.span.start, paragraph.span.end);
    // The speaker as named ("Lena Brandt", or "Brandt" alone): a relative with the same surname is someone else.
    const named = quote.speaker?.kind === 'person' ? quote.speaker.name : undefined;
    if (!/:\s*$/.test(previous.text) && !(named && text.includes(named))) return [];
    return this.paragraphSourcing(previous.paragraph);
  }

  private paragraphAt(offset: number): number | undefined {
    return this.doc.paragraphs.find((p) => p.span.start <= offset && offset < p.span.end)?.index;
  }
}
