/**
 * "Trump took office more than three years ago", "Ms Ardern, who was sworn in two years ago":
 * an "… ago" duration counted back to the day a named person took office. The extract layer
 * only reads the grammar (a run of capitalised words, the verb of taking office, the duration
 * right after it); which person it is and when they took office is the knowledge base's
 * (rules/elapsed-time.ts), so a name the KB does not know, or knows twice, stays quiet.
 */
import type { DurationMention, EntityMention } from '../analysis/mentions.js';
import type { Document } from '../load/document.js';
import { alternation, words } from '../base/vocabulary.js';
import { verbAspect } from './aspect.js';

/** How far back from the duration the name and verb may start. */
const REACH = 90;
const TOOK_OFFICE = alternation(words('durations', 'took_office'));
/**
 * A capitalised run of one to four words: a name, possibly after a capitalised word that is not
 * ("Since Donald Trump"). Each capitalised word is followed by exactly one space run, so the
 * parts cannot trade characters.
 */
const NAME_RUN = `((?:[A-Z][\\p{L}'’.-]*\\s){0,3}[A-Z][\\p{L}'’-]+)`;
/** The name run, then (optionally ", who") the verb, then only spaces up to the duration. */
const NAME_THEN_VERB = new RegExp(`${NAME_RUN}(?:,?\\s+who)?\\s+(?:first\\s+)?${TOOK_OFFICE}\\s+$`, 'u');

const IN_OFFICE = new RegExp(`^\\s+${alternation(words('durations', 'in_office'))}\\b`, 'i');
/** "after six decades on the throne, Sultan Qaboos …": only a comma and capitalised title words before the person. */
const PERSON_AFTER = /^\s*,\s+(?:the\s+late\s+|the\s+)?(?:[A-Z][\p{L}.]*\s+){0,2}$/u;
/** "X stepped down after nine years in power", "X, who died after …": the person is the clause's subject. */
const PERSON_BEFORE = /^(?:,\s*who)?\s+(?:has\s+|had\s+)?[a-z]+(?:\s+(?:down|out|aside))?\s+after\s+$/;

/**
 * Adds `tenure` to durations that measure a named person's time in office: the duration, one of
 * the `in_office` words right after it, and the person next to it (in place).
 */
export function anchorTenures(doc: Document, durations: DurationMention[], getEntities: () => EntityMention[]): DurationMention[] {
  for (const duration of durations) {
    if (duration.ago || duration.anchor || duration.officeStart) continue;
    const after = doc.text.slice(duration.span.end, duration.span.end + 20);
    const phrase = IN_OFFICE.exec(after);
    if (!phrase) continue;
    // Entities are asked for only here: most documents have no such phrase and need not wait for them.
    const persons = getEntities().filter((e) => e.kind === 'person' && e.sentence === duration.sentence && e.recordIds.length > 0);
    const phraseEnd = duration.span.end + phrase[0].length;
    const next = persons.find((e) => e.span.start >= phraseEnd);
    const previous = persons.filter((e) => e.span.end <= duration.span.start).pop();
    const person =
      next && PERSON_AFTER.test(doc.text.slice(phraseEnd, next.span.start)) ? next
      : previous && PERSON_BEFORE.test(doc.text.slice(previous.span.end, duration.span.start)) ? previous
      : undefined;
    if (person) duration.tenure = { span: person.span, recordIds: person.recordIds };
  }
  return durations;
}

/** "(in the three years) since Donald Trump took office": the name and verb right after "since". */
const SINCE_NAME_VERB = new RegExp(`^\\s+since\\s+${NAME_RUN}\\s+(?:first\\s+)?${TOOK_OFFICE}(?![\\p{L}])`, 'u');

/**
 * Adds `officeStart` to durations that count from a named person taking office to the time of
 * writing (in place): "… ago", or "N years since X took office" in a present or present-perfect
 * clause ("in the three years since X took office, debt has doubled"); a past clause ended at a
 * time the text does not give.
 */
export function anchorOfficeStarts(doc: Document, durations: DurationMention[]): DurationMention[] {
  for (const duration of durations) {
    if (duration.anchor) continue;
    if (duration.follower === 'since') {
      anchorSince(doc, duration);
      continue;
    }
    if (!duration.ago) continue;
    const sentence = doc.sentences[duration.sentence];
    if (!sentence) continue;
    const from = Math.max(sentence.span.start, duration.span.start - REACH);
    const before = doc.text.slice(from, duration.span.start);
    const m = NAME_THEN_VERB.exec(before);
    if (!m) continue;
    const start = from + m.index;
    duration.officeStart = { names: nameCandidates(m[1]), span: { start, end: start + m[1].length } };
  }
  return durations;
}

function anchorSince(doc: Document, duration: DurationMention): void {
  const sentence = doc.sentences[duration.sentence];
  if (!sentence) return;
  const after = doc.text.slice(duration.span.end, sentence.span.end);
  const m = SINCE_NAME_VERB.exec(after);
  if (!m) return;
  const aspect = verbAspect(doc.text.slice(sentence.span.start, duration.span.start), after.slice(m[0].length));
  if (aspect !== 'present' && aspect !== 'present-perfect') return;
  const start = duration.span.end + m[0].indexOf(m[1]);
  duration.officeStart = { names: nameCandidates(m[1]), span: { start, end: start + m[1].length } };
}

/** "(six months) into his presidency", "(a year) into Trump's term". */
const INTO_OFFICE = new RegExp(`^\\s+into\\s+(?:his|her|their|${NAME_RUN}['’]s?)\\s+${alternation(words('durations', 'into_office_nouns'))}(?![\\p{L}])`, 'u');

/**
 * Adds `tenure` (running to the time of writing) to "six months into his presidency, Trump
 * faces …": the person is the one named in the possessive, or, for "his"/"her", the one person
 * the sentence (or else the sentence before) names before it. Only a present or present-perfect
 * clause speaks of now; "Six months into his presidency, Obama had …" tells of a past time.
 */
export function anchorIntoOffice(doc: Document, durations: DurationMention[], getEntities: () => EntityMention[]): DurationMention[] {
  for (const duration of durations) {
    if (duration.ago || duration.anchor || duration.officeStart || duration.tenure) continue;
    const sentence = doc.sentences[duration.sentence];
    if (!sentence) continue;
    const after = doc.text.slice(duration.span.end, sentence.span.end);
    const m = INTO_OFFICE.exec(after);
    if (!m) continue;
    const aspect = verbAspect(doc.text.slice(sentence.span.start, duration.span.start), after.slice(m[0].length));
    if (aspect !== 'present' && aspect !== 'present-perfect') continue;
    const persons = getEntities().filter((e) => e.kind === 'person' && e.key !== undefined && e.recordIds.length > 0);
    const person = m[1] ? possessor(persons, duration.span.end + m[0].indexOf(m[1]), m[1].length) : antecedent(persons, duration);
    if (person) duration.tenure = { span: person.span, recordIds: person.recordIds, runsTo: 'writing' };
  }
  return durations;
}

/** The person named by the possessive's words. */
function possessor(persons: EntityMention[], start: number, length: number): EntityMention | undefined {
  return persons.find((e) => e.span.start >= start && e.span.end <= start + length);
}

/** The one person "his"/"her" can mean: named before it in the sentence, else in the sentence before; two people leave it open. */
function antecedent(persons: EntityMention[], duration: DurationMention): EntityMention | undefined {
  for (const sentence of [duration.sentence, duration.sentence - 1]) {
    const named = persons.filter((e) => e.sentence === sentence && e.span.start < duration.span.start);
    if (named.length === 0) continue;
    return new Set(named.map((e) => e.key)).size === 1 ? named[named.length - 1] : undefined;
  }
  return undefined;
}

/** "Since Donald Trump" → ["Since Donald Trump", "Donald Trump", "Trump"]: the run may begin with a capitalised word that is not the name. */
function nameCandidates(run: string): string[] {
  const parts = run.trim().split(/\s+/);
  return parts.map((_, i) => parts.slice(i).join(' '));
}
