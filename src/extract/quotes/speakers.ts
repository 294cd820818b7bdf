/**
 * Who said it: the speaker of a quotation from the grammar of attribution around it —
 * "“…,” said X", "“…,” X said", "X said: “…”", "X: “…”", "X told reporters that “…”",
 * "according to X", "in X's words", "X, who stated, “…”", "X …, saying “…”", "calling it
 * “…”", "X described … as “…”" — with the title or description given with the name. Pure
 * string work over the attribution text (quotations blanked out); pronouns are returned as
 * such and resolved by the caller, which knows the earlier speakers of the document.
 */
import { alternation, words } from '../../base/vocabulary.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { PRONOUNS, isNotName, isRoleWord, kindOfName, splitNameRun } from './names.js';
import { adjacentName, groupAtEnd, join, leadingRun, located, nameRunAtEnd, nameRunAtStart, subjectAfterIntroduction } from './name-runs.js';
import type { NameRun as Found } from './name-runs.js';
import type { SpeakerKind } from './names.js';

export type { SpeakerKind };

const list = (name: string) => words('quotes', name);
const SPEECH_VERBS = [...list('speech_verbs'), 'addressed', 'according to'];
const PARTICIPLES = list('speech_participles');
const NAMING_VERBS = list('naming_verbs');

const VERB_FIRST = new RegExp(`^(?:${alternation(SPEECH_VERBS)})\\s+`, 'iu');
/** Any attributing verb, for the last one of a clause. */
const ATTRIBUTING = new RegExp(`\\b(?:${alternation([...SPEECH_VERBS, ...PARTICIPLES, ...NAMING_VERBS])})\\b`, 'giu');
const PARTICIPLE = new RegExp(`^${alternation(PARTICIPLES)}$`, 'iu');
const SPEECH_VERB = new RegExp(`\\b${alternation(SPEECH_VERBS)}\\b`, 'giu');

export interface SpeakerMatch {
  name: string;
  /** Offsets of the name within the searched string. */
  start: number;
  end: number;
  description?: string;
  via: string;
  kind: SpeakerKind;
  /** The verb that introduced the words ("said", "described … as"). */
  verb?: string;
  /** The verb stands right next to the quotation ("“…,” she said", "said: “…”"). */
  adjacent: boolean;
  /** Where the whole run of title and name begins ("Japanese Foreign Minister Yoko Kamikawa"). */
  runStart?: number;
}


/** Words between a speaker and the verb ("X also said", "X has repeatedly said"). */
const TRAILING_ADVERBS = new RegExp(`\\s+(?:${alternation(list('between_speaker_and_verb'))})\\s*$`, 'u');

/** The speaker named in text that ends right before an attributing verb. */
export function speakerBeforeVerb(text: string, kb: KnowledgeBase): Found | undefined {
  let trimmed = text;
  while (TRAILING_ADVERBS.test(trimmed)) trimmed = trimmed.replace(TRAILING_ADVERBS, '');
  // "…, who stated": the speaker is the name the relative clause hangs on.
  const relative = /,?\s+who\s*$/u.exec(trimmed);
  if (relative) return speakerBeforeVerb(trimmed.slice(0, relative.index).replace(/,([^,]{2,160})$/u, ''), kb) ?? nameBeforeAppositive(trimmed.slice(0, relative.index), kb);
  // "Cherry, who led the petition, said": a closed "who" clause after the name.
  const whoClause = /,\s*who\b[^,]{1,160},\s*$/u.exec(trimmed);
  if (whoClause) {
    const named = nameRunAtEnd(trimmed.slice(0, whoClause.index), kb);
    if (named) return named;
  }
  // "David Jones, the chief strategist at IG Index, said": the name before a closed appositive.
  if (/,\s*$/.test(trimmed)) {
    const closed = nameBeforeAppositive(trimmed, kb);
    if (closed) return closed;
  }
  const direct = ofQualifier(trimmed, nameRunAtEnd(trimmed, kb), kb);
  if (direct && direct.kind !== 'unknown') return direct;
  const appositive = nameBeforeAppositive(trimmed, kb);
  if (appositive) return appositive;
  return groupAtEnd(trimmed) ?? direct;
}

/**
 * "Cardinal Marc Ouellet of the Holy See said", "Peter Iseley of victim group Ending Clergy Abuse
 * said": the run before the verb is what the person is "of"; the person is named before it.
 */
function ofQualifier(text: string, found: Found | undefined, kb: KnowledgeBase): Found | undefined {
  if (!found || found.kind === 'pronoun') return found;
  const runStart = found.runStart ?? found.start;
  const of = /\s+(?:of|for|at|with|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.exec(text.slice(0, runStart));
  if (!of) return found;
  // The person is the last name run before the qualifier, a lower-case description between them
  // allowed ("Peter Boockvar an equity strategist for Miller Tabak").
  const head = text.slice(0, of.index);
  const described = /^(.*?)((?:\s+[\p{Ll}-]+){1,4})$/u.exec(head);
  const person = nameRunAtEnd(head, kb) ?? (described ? nameRunAtEnd(described[1], kb) : undefined);
  if (person?.kind !== 'person') return found;
  return { ...person, description: join(person.description, text.slice(person.end, found.end).trim()) };
}

/**
 * "Dmitry Medvedev, now deputy chair of the council, admitted", "Ralph Crosby, the company's
 * chief executive commented", "Its spokesman, Jens Albrecht, wrote".
 */
function nameBeforeAppositive(text: string, kb: KnowledgeBase): Found | undefined {
  const closed = /,([^,]{2,160}),\s*$/u.exec(text);
  if (closed) {
    const inner = nameRunAtEnd(closed[1], kb);
    if (inner?.kind === 'person' && (inner.runStart ?? inner.start) === (/\S/.exec(closed[1])?.index ?? 0)) {
      const shift = closed.index + 1;
      return { ...inner, start: inner.start + shift, end: inner.end + shift, runStart: shift, description: join(inner.description, text.slice(0, closed.index).split(',').pop()?.trim()) };
    }
    const before = nameRunAtEnd(text.slice(0, closed.index), kb);
    if (before && before.kind !== 'group' && before.kind !== 'unknown') return { ...before, description: join(before.description, closed[1].trim()) };
  }
  const open = /,([^,]{2,120})$/u.exec(text);
  if (open && /\p{Ll}/u.test(open[1]) && open[1].split(/\s+/).some((w) => isRoleWord(w.replace(/[’']s$/, '')))) {
    const before = nameRunAtEnd(text.slice(0, open.index), kb);
    if (before?.kind === 'person') return { ...before, description: join(before.description, open[1].trim()) };
  }
  return undefined;
}

/** A speaker named right after a verb ("said Dr. Dmitry Streltsov, a Japan expert at …"). */
export function speakerAfterVerb(text: string, kb: KnowledgeBase): Found | undefined {
  const clause = /^[^.;!?“”"«»]*/u.exec(text)?.[0] ?? '';
  // "said harbour master Ana Ruiz", "said the general secretary of the union, Tony Woodley": a description, then the name.
  const described = /^\s*((?:the |a |an )?[^,]{0,120}?),\s+((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s*){1,4})\s*$/u.exec(clause);
  if (described) {
    const name = nameRunAtEnd(described[2].trim(), kb);
    if (name?.kind === 'person') {
      const shift = described.index + described[0].indexOf(described[2]);
      return { ...name, start: name.start + shift, end: name.end + shift, description: join(described[1].trim(), name.description) };
    }
  }
  const role = /^\s*((?:(?!(?:that|in|on|at|after|before|when|while|with|to|the|a|an|this|it|he|she|they|we|then|also)\b)[\p{Ll}-]+\s+){1,3})(?=[\p{Lu}])/u.exec(text);
  if (role) {
    const found = speakerAfterVerb(text.slice(role[0].length), kb);
    if (found?.kind === 'person') {
      const shift = role[0].length;
      return { ...found, start: found.start + shift, end: found.end + shift, description: join(role[1].trim(), found.description) };
    }
  }
  const run = leadingRun(text);
  if (run) {
    const found = located(run.text, run.start, kb);
    if (found && !isNotName(found.name)) {
      const appositive = /^\s*,\s*([^.;:!?“”"]{2,160}?)\s*(?:[.;:!?]|$)/u.exec(text.slice(run.start + run.text.length));
      return { ...found, description: join(found.description, appositive?.[1]) };
    }
  }
  const group = /^\s*((?:the|a|an|one|another)\s+[\p{Ll}\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:of|for|at|in|from)?\s*[\p{L}\p{M}'’-]+){0,6}?)\s*(?:[,.;:!?]|$)/u.exec(text);
  if (group) {
    const start = group[0].indexOf(group[1]);
    return { name: group[1], start, end: start + group[1].length, kind: 'group' };
  }
  const pronoun = /^\s*(he|she|they|we|I)\b/u.exec(text);
  if (pronoun) {
    const start = pronoun[0].indexOf(pronoun[1]);
    return { name: pronoun[1], start, end: start + pronoun[1].length, kind: 'pronoun' };
  }
  return undefined;
}

/**
 * The speaker in the text after a quotation: "“…,” said X", "“…,” X said", "“…,” according
 * to X". `after` starts right after the closing mark.
 */
export function speakerAfterQuote(after: string, kb: KnowledgeBase): SpeakerMatch | undefined {
  const lead = /^[\s,.!?—–-]*/u.exec(after)?.[0] ?? '';
  const rest = after.slice(lead.length);
  const verbFirst = VERB_FIRST.exec(rest);
  if (verbFirst) {
    const found = speakerAfterVerb(rest.slice(verbFirst[0].length), kb);
    if (found) {
      const shift = lead.length + verbFirst[0].length;
      const via = /^according/i.test(verbFirst[0]) ? 'according-to' : 'said-x';
      return { ...found, start: found.start + shift, end: found.end + shift, via, verb: verbFirst[0].trim(), adjacent: true };
    }
  }
  // "“…,” Japanese Foreign Minister Yoko Kamikawa said in …"
  const clause = /^[^.;!?“”"«»]{1,200}/u.exec(rest)?.[0] ?? '';
  SPEECH_VERB.lastIndex = 0;
  const verb = SPEECH_VERB.exec(clause);
  if (verb && verb.index > 0) {
    const found = speakerBeforeVerb(clause.slice(0, verb.index), kb);
    const runStart = found ? found.runStart ?? found.start : 0;
    if (found && /^[\s\p{Ll}'’-]*$/u.test(clause.slice(0, runStart)) && clause.slice(0, runStart).trim().split(/\s+/).filter(Boolean).length <= 4) {
      return { ...found, start: found.start + lead.length, end: found.end + lead.length, via: found.kind === 'pronoun' ? 'pronoun' : 'x-said', verb: verb[0], adjacent: true };
    }
  }
  return undefined;
}

/**
 * The speaker in the text before a quotation: "X said:", "X stated that", "X:", "according
 * to X,", "In X's words,", "X …, saying", "X described it as".
 */
export function speakerBeforeQuote(before: string, kb: KnowledgeBase): SpeakerMatch | undefined {
  return inWords(before, kb) ?? documentReads(before) ?? accordingTo(before, kb) ?? colonLabel(before, kb) ?? lastVerbOfClause(before, kb);
}

function inWords(before: string, kb: KnowledgeBase): SpeakerMatch | undefined {
  const words = /\b[Ii]n (his|her|their|(?:the |its )?[\p{L} .-]{2,60}?[’']s?) (?:own )?words\b[^.;!?“”"‘’«»]{0,30}$|\bAs ([\p{Lu}][\p{L} .-]*?|he|she|they) (?:put it|said|wrote)[,:]?\s*$/u.exec(before);
  if (!words) return undefined;
  const raw = (words[1] ?? words[2]).replace(/[’']s?$/, '').replace(/^(?:the|its)\s+/u, '').trim();
  const start = before.indexOf(raw, words.index);
  const split = splitNameRun(raw, kb);
  const kind = PRONOUNS.test(raw) ? 'pronoun' : split.kind;
  return { name: split.name, description: split.description, start, end: start + raw.length, kind, via: kind === 'pronoun' ? 'pronoun' : 'in-words', verb: 'in … words', adjacent: true };
}

/** "A statement issued by the company read:": the words of a document, not of a person. */
const DOCUMENT_READS = new RegExp(
  `\\b((?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:joint |written |brief |short )?(?:${alternation(list('document_nouns'))})\\b[^.;!?]{0,100}?)\\s+(?:read|reads|said|says|stated|states)\\s*[:,]?\\s*$`,
  'u',
);
function documentReads(before: string): SpeakerMatch | undefined {
  const statement = DOCUMENT_READS.exec(before);
  if (!statement) return undefined;
  return { name: statement[1], start: statement.index, end: statement.index + statement[1].length, kind: 'organization', via: 'statement', verb: 'read', adjacent: true };
}

function accordingTo(before: string, kb: KnowledgeBase): SpeakerMatch | undefined {
  const according = /\b[Aa]ccording to ([^,;:]{2,120}),?\s*$/u.exec(before);
  if (!according) return undefined;
  const found = speakerAfterVerb(according[1], kb);
  if (!found) return undefined;
  const shift = according.index + 'according to '.length;
  return { ...found, start: found.start + shift, end: found.end + shift, via: 'according-to', verb: 'according to', adjacent: true };
}

/** "Mr Smith: “…”" and interview turns: a name (and titles) and a colon right before the words. */
function colonLabel(before: string, kb: KnowledgeBase): SpeakerMatch | undefined {
  const m = /(?:^|[.;!?]\s+)([^.;!?:]{2,80}?)\s*:\s*$/u.exec(before);
  if (!m) return undefined;
  const label = m[1].trim();
  const found = nameRunAtEnd(label, kb);
  if (!found || found.kind === 'unknown' || (found.runStart ?? found.start) !== 0) return undefined;
  const shift = m.index + m[0].indexOf(label);
  return { ...found, start: found.start + shift, end: found.end + shift, via: 'label', verb: ':', adjacent: true };
}

/** The last attributing verb of the clause before the quotation, and its subject. */
function lastVerbOfClause(before: string, kb: KnowledgeBase): SpeakerMatch | undefined {
  const clauseStart = Math.max(0, before.search(/[^.;!?]*$/u));
  const clause = before.slice(clauseStart);
  let last: RegExpExecArray | undefined;
  ATTRIBUTING.lastIndex = 0;
  for (let m = ATTRIBUTING.exec(clause); m; m = ATTRIBUTING.exec(clause)) if (!/^according to$/i.test(m[0])) last = m;
  if (!last) return undefined;
  const participle = PARTICIPLE.test(last[0]);
  const subjectText = clause.slice(0, last.index);
  // "with UBS analyst David Strauss saying": the name right before the participle; else the
  // sentence's subject ("Bill Gates responded to the news, saying: …").
  // "X did one thing and described it as …": a coordinated verb takes the clause's subject.
  const coordinated = /\band\s+(?:\w+ly\s+|also\s+|then\s+)?$/u.test(subjectText);
  const found = participle || coordinated
    ? adjacentName(subjectText, kb) ?? nameRunAtStart(subjectText, kb) ?? subjectAfterIntroduction(subjectText, kb)
    : speakerBeforeVerb(subjectText, kb);
  if (!found) return undefined;
  const shift = clauseStart;
  const between = clause.slice(last.index + last[0].length);
  const adjacent = /^\s*(?:that|it|them|this|him|her|[^\s,.;:]+(?:\s+[^\s,.;:]+){0,5}\s+as|as)?\s*[:,]?\s*$/u.test(between);
  return {
    ...found,
    start: found.start + shift,
    end: found.end + shift,
    via: found.kind === 'pronoun' ? 'pronoun' : viaForVerb(last[0]),
    verb: last[0],
    adjacent,
  };
}

function viaForVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (NAMING_VERBS.includes(v) || /^(?:calling|describing)$/.test(v)) return 'described-as';
  if (/^(?:told|tells|telling)$/.test(v)) return 'x-told';
  if (/^(?:wrote|writes|writing)$/.test(v)) return 'x-wrote';
  if (PARTICIPLE.test(v)) return 'x-saying';
  return 'x-said';
}

/** Speaker kinds a caller can rely on (for a name found by the grammar but unknown by kind). */
export function refineKind(name: string, kb: KnowledgeBase, description?: string): SpeakerKind {
  return kindOfName(name, kb, description);
}
