/**
 * What a value in a clause is about: the named things of the clause, its terms, and the
 * action the value belongs to — the nearest word naming an action before it ("stepped down
 * on July 23"), or after it when the value opens the clause ("In 1998, Clinton was impeached").
 */
import type { FactFrame } from '../../analysis/mentions.js';
import type { SentenceReading, Term, TokenRange } from './reading.js';
import { isPlanWord } from './terms.js';

/** The part of a clause a value owns: up to the values before and after it in the same clause. */
export function segmentAround(clause: TokenRange, value: TokenRange, others: readonly TokenRange[]): TokenRange {
  let first = clause.first;
  let last = clause.last;
  for (const other of others) {
    if (other.last < value.first && other.last >= first) first = other.last + 1;
    if (other.first > value.last && other.first <= last) last = other.first - 1;
  }
  return { first, last };
}

/**
 * The action a value belongs to: the nearest word naming an action, on the left on a tie ("May
 * stepped down on July 23"; "in February passed Wal-Mart"). `taken` are terms that belong to
 * another value ("begun on November 15" in "On Sunday, the emergency begun on November 15 ended").
 */
export function headOf(terms: readonly Term[], value: TokenRange, taken: ReadonlySet<number> = new Set()): Term | undefined {
  const free = terms.filter((t) => !taken.has(t.index) && t.predicative);
  const left = free.filter((t) => t.index < value.first).pop();
  const right = free.find((t) => t.index > value.last);
  if (!left || !right) return left ?? right;
  return value.first - left.index <= right.index - value.last ? left : right;
}

/** Reach of an action's argument ("the vaccination drive itself started"). */
const ARGUMENT_REACH = 4;

/**
 * What the action is done to or by, when a common noun says it: the word for a thing right
 * before the verb ("the research was published", "the campaign started"), else the head of the
 * noun phrase right after it ("released a new lineup of laptops"). A name or a pronoun there
 * means the action's party is named (or unknown), and no argument is taken.
 */
export function argumentOf(reading: SentenceReading, terms: readonly Term[], head: Term): Term | undefined {
  const byIndex = new Map(terms.map((t) => [t.index, t]));
  for (let k = head.index - 1; k >= 0 && head.index - k <= ARGUMENT_REACH; k--) {
    if (reading.isPartOfName(k) || reading.breaksBefore(k + 1)) break;
    const term = byIndex.get(k);
    // "the Orrin river was opened": a noun right after a name is part of a named thing.
    if (term && !term.predicative) return reading.isPartOfName(k - 1) ? undefined : term;
  }
  // The noun phrase after the verb, to its last noun: "a planned two-day shutdown", "a new lineup of …".
  let found: Term | undefined;
  for (let k = head.index + 1; k < reading.tokens.length && k - head.index <= ARGUMENT_REACH + 2; k++) {
    if (reading.isPartOfName(k) || reading.breaksBefore(k)) break;
    const term = byIndex.get(k);
    if (term) {
      if (!term.predicative) found = term;
      else if (found) break;
    } else if (!reading.isModifier(k)) {
      break;
    }
  }
  return found;
}

/** How near a word of action must stand to the value to be one of its actions. */
const ACTION_REACH = 3;

export function frameOf(reading: SentenceReading, clause: TokenRange, terms: readonly Term[], head: Term | undefined, value?: TokenRange): FactFrame {
  const inClause = reading.entitiesIn(clause);
  const context = reading.entities.filter((e) => !inClause.includes(e));
  const frame: FactFrame = {
    entities: inClause.map((e) => e.keys),
    terms: [...new Set(terms.map((t) => t.term))],
    head: head?.term,
    text: reading.textOf(clause),
  };
  const argument = head ? argumentOf(reading, terms, head) : undefined;
  if (argument) frame.argument = argument.term;
  if (value) {
    const near = terms.filter((t) => t.predicative && t !== head && (value.first - t.index <= ACTION_REACH && t.index - value.last <= ACTION_REACH));
    if (near.length > 0) frame.actions = [...new Set(near.map((t) => t.term))];
  }
  if (context.length > 0) frame.context = context.map((e) => e.keys);
  if (reading.hasSubjectPronoun(clause)) frame.pronoun = true;
  return frame;
}

/** A plan or a forecast: "will", "expected", "plans", or "is to" in the range ("May is to step down today"). */
export function plannedIn(reading: SentenceReading, range: TokenRange): boolean {
  const t = reading.tokens;
  for (let k = range.first; k <= range.last; k++) {
    // "Theresa May", "Will Smith": a capitalised word inside a sentence is a name, not a modal.
    if (k > 0 && /^\p{Lu}/u.test(t[k].text)) continue;
    if (isPlanWord(t[k].lower)) return true;
    if (/^(?:is|are|was|were)$/.test(t[k].lower) && t[k + 1]?.lower === 'to' && k + 1 <= range.last) return true;
  }
  return false;
}
