/**
 * The tense of the clause a title stands in, read with compromise. Only asked when a cheap
 * check has already failed (or for a handful of titled names), so the NLP cost stays off
 * the common path.
 */
import nlp from 'compromise';
import type { Document } from '../../load/document.js';
import type { Span } from '../../load/document.js';
import { clauseAround } from './clauses.js';

export type ClauseTense = 'present' | 'past' | 'future' | 'mixed' | 'none';

export function clauseTense(doc: Document, sentenceIndex: number, span: Span): ClauseTense {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return 'none';
  const clause = clauseAround(sentence.text, span.start - sentence.span.start, span.end - sentence.span.start);
  const verbs = nlp(sentence.text.slice(clause.start, clause.end)).verbs().json() as Array<{ verb?: { grammar?: { tense?: string } } }>;
  const tenses = new Set(verbs.map((v) => v.verb?.grammar?.tense));
  const past = tenses.has('PastTense');
  const present = tenses.has('PresentTense');
  const future = tenses.has('FutureTense');
  if (past && (present || future)) return 'mixed';
  if (past) return 'past';
  if (future) return present ? 'mixed' : 'future';
  return present ? 'present' : 'none';
}
