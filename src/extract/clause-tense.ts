/**
 * The tense of the clause a title stands in. Marker words decide most clauses for free;
 * compromise (about 8 ms a clause here) is asked only when the words leave it open and the
 * caller can afford it — a rule whose cheap date checks have already failed.
 */
import { nlp } from './nlp.js';
import type { Document, Span } from '../load/document.js';
import { clauseAround } from './clauses.js';

export type ClauseTense = 'present' | 'past' | 'future' | 'mixed' | 'none';

const PAST = /\b(?:was|were|had|did|said|met|told|took|gave|made|came|went|left|became|began|won|lost|held|led|ran|saw|spoke|wrote|sent|fell|rose|[a-z]{2,}ed)\b/i;
const PRESENT = /\b(?:is|are|am|has|have|says|does|remains|wants|thinks|believes|argues|insists|warns|hopes|leads|heads|calls|tells|sees|needs|faces|plans|seeks|agrees|expects|knows|claims)\b/i;
const FUTURE = /\b(?:will|shall|is (?:due|set|going) to|are (?:due|set|going) to)\b/i;
/** "has been", "have met": present perfect, which reports the past. */
const PERFECT = /\b(?:has|have)\s+(?:\w+\s+)?(?:been|[a-z]{2,}ed|met|had|made|said|told|taken|given|become|begun|won|lost|held|led|seen|spoken|written|sent)\b/i;

export function clauseTense(doc: Document, sentenceIndex: number, span: Span, options: { allowNlp: boolean }): ClauseTense {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return 'none';
  const clause = clauseAround(sentence.text, span.start - sentence.span.start, span.end - sentence.span.start);
  // The title and name themselves ("United", "Prime") are not the clause's verbs.
  const words = sentence.text.slice(clause.start, clause.end).replace(sentence.text.slice(span.start - sentence.span.start, span.end - sentence.span.start), ' ');
  const byWords = tenseByWords(words);
  if (byWords !== 'mixed' || !options.allowNlp) return byWords;
  return tenseByNlp(words);
}

/** "is expected", "are widely seen": present passives, not past events. */
const PRESENT_PASSIVE = /\b(is|are|am)\s+(?:\w+ly\s+)?(?:[a-z]{2,}ed|seen|known|held|thought|said)\b/gi;

export function tenseByWords(raw: string): ClauseTense {
  const text = raw.replace(PRESENT_PASSIVE, '$1');
  const perfect = PERFECT.test(text);
  const past = perfect || PAST.test(text);
  const present = !perfect && PRESENT.test(text);
  const future = FUTURE.test(text);
  const kinds = [past, present, future].filter(Boolean).length;
  if (kinds > 1) return 'mixed';
  return past ? 'past' : present ? 'present' : future ? 'future' : 'none';
}

function tenseByNlp(text: string): ClauseTense {
  const doc = nlp(text);
  const past = doc.has('#PastTense');
  const present = doc.has('#PresentTense');
  const future = doc.has('#FutureTense') || doc.has('will');
  if (past && (present || future)) return 'mixed';
  return past ? 'past' : future ? 'future' : present ? 'present' : 'none';
}
