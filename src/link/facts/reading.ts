/**
 * A sentence read for facts: its tokens, its clauses, the named things in it and its terms
 * (content words in one form, marked when they name an action). A date or a figure belongs
 * to its clause: in "Johnson became prime minister after Theresa May stepped down on July 23",
 * July 23 dates May's stepping down, not Johnson's becoming prime minister.
 */
import type { Document, Span } from '../../load/document.js';
import type { EntityMention } from '../../analysis/mentions.js';
import { tokenize } from '../../extract/word-tokens.js';
import type { Token } from '../../extract/word-tokens.js';
import { findEntities } from './entities.js';
import { isDemonym, isGenericNameWord } from '../../extract/name-words.js';
import { lemma } from '../../extract/quantities.js';
import { words } from '../../base/vocabulary.js';
import { NUMBER_WORDS, SCALES } from '../../extract/quantities/vocabulary.js';
import type { Entity } from './entities.js';
import { CLAUSE_OPENERS, looksPredicative, ordinalForm, roleOf, stem } from './terms.js';

export interface Term {
  index: number;
  term: string;
  /** Names an action ("stepped down", "flight", "was impeached"), not a thing. */
  predicative: boolean;
}

export interface TokenRange {
  first: number;
  last: number;
}

export interface SentenceInput {
  doc: Document;
  sentence: number;
  /** Spans that are not part of the claim's wording: dates, quotations. */
  dateSpans: readonly Span[];
  quoteSpans: readonly Span[];
  kb: readonly EntityMention[];
  nameNumbers: ReadonlySet<string>;
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'did', 'does', 'do']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
const COORDINATORS = new Set(['and', 'but', 'or', 'with']);
const MODIFIERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'several', 'some', 'many', 'few', 'all', 'both', 'each', 'every', 'two', 'three', 'four', 'five']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(words('facts', 'subject_pronouns'));
const RELATIVE_OCCURRENCE: ReadonlySet<string> = new Set(words('facts', 'relative_occurrence'));

export class SentenceReading {
  readonly tokens: Token[];
  readonly clauses: TokenRange[];
  readonly entities: Entity[];
  readonly terms: Term[];
  /** Tokens inside a date or a quotation. */
  private readonly dated: boolean[];
  private readonly quoted: boolean[];

  constructor(readonly input: SentenceInput) {
    const sentence = input.doc.sentences[input.sentence];
    this.tokens = tokenize(sentence.text, sentence.span.start);
    const inside = (spans: readonly Span[]) => this.tokens.map((t) => spans.some((s) => s.start <= t.start && t.end <= s.end));
    this.dated = inside(input.dateSpans);
    this.quoted = inside(input.quoteSpans);
    this.entities = findEntities({
      doc: input.doc, tokens: this.tokens, kb: input.kb, nameNumbers: input.nameNumbers,
      skip: (k) => this.dated[k] || this.quoted[k],
    });
    this.clauses = this.findClauses();
    this.terms = this.findTerms();
  }

  get doc(): Document {
    return this.input.doc;
  }

  isQuoted(index: number): boolean {
    return this.quoted[index];
  }

  isPartOfName(index: number): boolean {
    return this.entities.some((e) => e.first <= index && index <= e.last);
  }

  /** Punctuation between a token and the one before it. */
  breaksBefore(index: number): boolean {
    return index <= 0 || index >= this.tokens.length || /[,;:.!?()[\]"“”—–]/.test(this.between(index - 1, index));
  }

  /** A word that may stand inside a noun phrase before its noun: a determiner, a quantifier, a number, an adjective. */
  isModifier(index: number): boolean {
    const token = this.tokens[index];
    return token.kind !== 'word' || MODIFIERS.has(token.lower) || roleOf(token.lower) === 'content' || roleOf(token.lower) === 'ordinal';
  }

  /** A verb of saying: a date next to it dates the saying, not what was said. */
  isReporting(index: number): boolean {
    return !this.quoted[index] && this.tokens[index].kind === 'word' && roleOf(this.tokens[index].lower) === 'reporting';
  }

  /**
   * The clause speaks of someone it does not name: by a pronoun ("they were inducted", "who
   * voted"), or with no subject at all ("… and was the party's nominee").
   */
  hasSubjectPronoun(range: TokenRange): boolean {
    for (let k = range.first; k <= range.last; k++) if (!this.quoted[k] && SUBJECT_PRONOUNS.has(this.tokens[k].lower)) return true;
    const [first, second] = [this.tokens[range.first], this.tokens[range.first + 1]];
    return first !== undefined && second !== undefined && COORDINATORS.has(first.lower) && (AUXILIARIES.has(second.lower) || looksPredicative(second.lower));
  }

  /** "The next primary", "the upcoming vote": an occurrence counted from the time of writing, not a named one. */
  hasRelativeOccurrence(range: TokenRange): boolean {
    for (let k = range.first; k <= range.last; k++) if (RELATIVE_OCCURRENCE.has(this.tokens[k].lower)) return true;
    return false;
  }

  /** Indexes of the first and last token inside a span (undefined if none). */
  tokenRange(span: Span): TokenRange | undefined {
    let first = -1;
    let last = -1;
    this.tokens.forEach((t, k) => {
      if (t.start >= span.start && t.end <= span.end) {
        if (first < 0) first = k;
        last = k;
      }
    });
    return first < 0 ? undefined : { first, last };
  }

  clauseOf(index: number): TokenRange {
    return this.clauses.find((c) => c.first <= index && index <= c.last) ?? { first: 0, last: this.tokens.length - 1 };
  }

  entitiesIn(range: TokenRange): Entity[] {
    return this.entities.filter((e) => e.first >= range.first && e.last <= range.last);
  }

  termsIn(range: TokenRange): Term[] {
    return this.terms.filter((t) => t.index >= range.first && t.index <= range.last);
  }

  /** The document text of a token range, on one line. */
  textOf(range: TokenRange): string {
    return this.doc.text.slice(this.tokens[range.first].start, this.tokens[range.last].end).replace(/\s+/g, ' ');
  }

  spanOf(range: TokenRange): Span {
    return { start: this.tokens[range.first].start, end: this.tokens[range.last].end };
  }

  private between(a: number, b: number): string {
    return this.doc.text.slice(this.tokens[a].end, this.tokens[b].start);
  }

  /** Clause breaks: ";", ":", a spaced dash, a clause opener ("after", "which"), ", and", "said that", "and will". */
  private findClauses(): TokenRange[] {
    const t = this.tokens;
    const clauses: TokenRange[] = [];
    let first = 0;
    for (let k = 1; k < t.length; k++) {
      const gap = this.between(k - 1, k);
      const word = t[k].lower;
      const breaks =
        /[;:]|\s[—–-]{1,2}\s|—/.test(gap) ||
        this.sentenceEndsBetween(k - 1, k) ||
        CLAUSE_OPENERS.has(word) ||
        (gap.includes(',') && COORDINATORS.has(word)) ||
        (word === 'that' && roleOf(t[k - 1].lower) === 'reporting') ||
        ((word === 'and' || word === 'but') && AUXILIARIES.has(t[k + 1]?.lower ?? '') && t[k + 1]?.lower !== 'to');
      if (breaks && k > first) {
        clauses.push({ first, last: k - 1 });
        first = k;
      }
    }
    if (t.length > 0) clauses.push({ first, last: t.length - 1 });
    return clauses;
  }

  /** A full stop between two tokens that ends a sentence the splitter missed — not the dot of "N.V." or "Mr.". */
  private sentenceEndsBetween(a: number, b: number): boolean {
    const gap = this.between(a, b);
    if (!/[.!?]["”’]?\s/.test(gap)) return false;
    const before = this.tokens[a].text;
    return /^\p{Lu}/u.test(this.tokens[b].text) && (before.length > 2 || /\d/.test(before)) && !/^\p{Lu}+$/u.test(before) && !/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|Inc|Ltd|Corp|Co|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)$/.test(before);
  }

  private findTerms(): Term[] {
    const t = this.tokens;
    const terms: Term[] = [];
    const inEntity = new Uint8Array(t.length);
    for (const e of this.entities) inEntity.fill(1, e.first, e.last + 1);
    const consumed = new Set<number>();
    let lightObject = 0;
    for (let k = 0; k < t.length; k++) {
      if (consumed.has(k) || inEntity[k] || this.dated[k] || this.quoted[k] || t[k].kind !== 'word') continue;
      // "Britons", "Russian": whose, not what happened.
      if (/^\p{Lu}/u.test(t[k].text) && isDemonym(lemma(t[k].lower))) continue;
      const role = roleOf(t[k].lower);
      if (role === 'light') {
        // "made its maiden flight", "held talks": the action is the object.
        if (this.particleAfter(k)) {
          terms.push({ index: k, term: `${stem(t[k].lower)}_${t[k + 1].lower}`, predicative: true });
          consumed.add(k + 1);
        } else {
          lightObject = 4;
        }
        continue;
      }
      if (role === 'ordinal') {
        const next = this.nextContent(k);
        if (next !== undefined && !inEntity[next]) {
          terms.push({ index: next, term: `${ordinalForm(t[k].lower)}_${stem(t[next].lower)}`, predicative: true });
          consumed.add(next);
        }
        continue;
      }
      if (role !== 'content') {
        if (role === 'stop' && lightObject > 0 && !DETERMINERS.has(t[k].lower)) lightObject = 0;
        continue;
      }
      const predicative = lightObject > 0 || looksPredicative(t[k].lower) || AUXILIARIES.has(t[k - 1]?.lower ?? '');
      if (lightObject > 0) lightObject--;
      if (this.particleAfter(k)) {
        terms.push({ index: k, term: `${stem(t[k].lower)}_${t[k + 1].lower}`, predicative: true });
        consumed.add(k + 1);
        continue;
      }
      for (const part of t[k].lower.split(/[-‐‑]/)) {
        if (part.length > 1 && roleOf(part) === 'content' && !isTitleOrNumberWord(part)) {
          terms.push({ index: k, term: stem(part), predicative: predicative || looksPredicative(part) });
        }
      }
    }
    return terms;
  }

  /** A particle written right after a verb ("stepped down", "take off"), with no punctuation between. */
  private particleAfter(k: number): boolean {
    const next = this.tokens[k + 1];
    return next !== undefined && roleOf(next.lower) === 'particle' && /^\s+$/.test(this.between(k, k + 1)) && isVerbLike(this.tokens, k);
  }

  /** The next content word after an ordinal, skipping a determiner ("first flew", "its maiden flight"). */
  private nextContent(k: number): number | undefined {
    for (let j = k + 1; j <= k + 2 && j < this.tokens.length; j++) {
      if (/[,;:.!?()"“”]/.test(this.between(j - 1, j))) return undefined;
      const word = this.tokens[j].lower;
      if (DETERMINERS.has(word)) continue;
      return this.tokens[j].kind === 'word' && roleOf(word) === 'content' ? j : undefined;
    }
    return undefined;
  }
}

/** "president", "minister", "twenty": a title or a number says who or how many, not what happened. */
function isTitleOrNumberWord(word: string): boolean {
  return isGenericNameWord(word) || isGenericNameWord(lemma(word)) || word in NUMBER_WORDS || word in SCALES;
}

/** A verb form, or a word after an auxiliary: "stepped down", "to step down", "will take off". */
function isVerbLike(tokens: readonly Token[], k: number): boolean {
  return looksPredicative(tokens[k].lower) || AUXILIARIES.has(tokens[k - 1]?.lower ?? '') || roleOf(tokens[k].lower) === 'light';
}
