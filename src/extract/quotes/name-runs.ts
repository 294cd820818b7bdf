/**
 * Runs of titles and names in attribution text: the run that ends a clause ("… Foreign
 * Minister Yoko Kamikawa"), the one that begins it ("Former Microsoft CEO Bill Gates
 * responded"), the capitalised run after a verb, and unnamed or organisational speakers at the
 * end of a clause ("officials", "the association of skippers"). Split into name and
 * description by `splitNameRun`.
 */
import { alternation, words } from '../../base/vocabulary.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { NAME_PARTICLES, PRONOUNS, isGroupHead, isNotName, isOrganisationWord, isRoleWord, splitNameRun } from './names.js';
import type { SpeakerKind } from './names.js';

/** A name (or group) found in attribution text, with offsets in the searched string. */
export interface NameRun {
  name: string;
  start: number;
  end: number;
  description?: string;
  kind: SpeakerKind;
  /** Where the whole run of title and name begins ("Japanese Foreign Minister Yoko Kamikawa"). */
  runStart?: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** A word that can stand in a run of titles and names: capitalised, a title, a particle, an initial. */
function isRunWord(word: string, position: 'inside' | 'last'): boolean {
  const clean = word.replace(/[’']s$/, '');
  if (/^[\p{Lu}\p{N}]/u.test(clean)) return !isNotName(clean);
  // "al-Abadi", "bin-Salman", "el-Sisi": a particle joined to a capitalised name.
  if (/^(?:al|el|bin|ibn|abu|ben|de|di|da|van|von)-[\p{Lu}]/u.test(clean)) return true;
  if (position === 'last') return false;
  return isRoleWord(clean) || NAME_PARTICLES.test(clean) || /^(?:of|for|to|and|at)$/.test(clean);
}

/** The run of titles and name that ends the text ("… Foreign Minister Yoko Kamikawa"). */
export function nameRunAtEnd(text: string, kb: KnowledgeBase): NameRun | undefined {
  const tokens = tokensOf(text);
  const last = tokens[tokens.length - 1];
  if (!last) return undefined;
  if (PRONOUNS.test(last.word.replace(/[,;:]$/, ''))) return { name: last.word.replace(/[,;:]$/, ''), start: last.start, end: last.start + last.word.replace(/[,;:]$/, '').length, kind: 'pronoun' };
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i].word;
    if (i !== tokens.length - 1 && /[,;:()"“”‘’«»…—–]$/.test(word)) break;
    const clean = word.replace(/[,;:]$/, '');
    if (clean !== word && i !== tokens.length - 1) break;
    if (!isRunWord(clean, i === tokens.length - 1 ? 'last' : 'inside')) break;
    first = i;
  }
  first = afterPersonQualifier(tokens, first);
  // Lower-case joining words never begin a run ("of the United Nations").
  while (first < tokens.length && /^(?:of|for|to|and|at)$/.test(tokens[first].word)) first++;
  if (first >= tokens.length) return undefined;
  const runStart = tokens[first].start;
  const run = text.slice(runStart, last.end).replace(/[,;:]$/, '');
  return located(run, runStart, kb);
}

/**
 * "Helen Marsh at Saint Jude", "John Okafor of Velmora Freight": a full name, then where the
 * person works. The run that ends the clause starts after the joining word, so that the
 * speaker is found before it (ofQualifier in speakers.ts). Not when a title stands before the
 * joining word ("Secretary of State Mike Pompeo") or the tail names someone with a title
 * ("Bank of America analyst Jo Li"), nor after one capitalised word ("Duke of Edinburgh").
 */
function afterPersonQualifier(tokens: Token[], first: number): number {
  for (let j = tokens.length - 2; j >= first + 2; j--) {
    if (!/^(?:of|at|for|from)$/.test(tokens[j].word)) continue;
    const head = [tokens[j - 2].word, tokens[j - 1].word];
    const isNameWord = (word: string) => /^[\p{Lu}][\p{Ll}]/u.test(word) && !isRoleWord(word) && !isNotName(word);
    if (!head.every(isNameWord)) return first;
    // A title before the run's last word names the person after it ("Kestrel General" ends in no name).
    if (tokens.slice(j + 1, -1).some((t) => isRoleWord(t.word.replace(/[,;:]$/, '')))) return first;
    return j + 1;
  }
  return first;
}

/** The run of titles and name that begins the text ("Former Microsoft CEO Bill Gates responded …"). */
export function nameRunAtStart(text: string, kb: KnowledgeBase): NameRun | undefined {
  const tokens = tokensOf(text);
  let end = -1;
  for (let i = 0; i < tokens.length; i++) {
    const clean = tokens[i].word.replace(/[,;:.]$/, '');
    if (i === 0 && isNotName(clean) && !/^(?:The)$/.test(clean)) return undefined;
    if (!(isRunWord(clean, 'inside') || (i === 0 && clean === 'The'))) break;
    end = i;
    if (clean !== tokens[i].word) break;
  }
  while (end >= 0 && !/^(?:[\p{Lu}]|(?:al|el|bin|ibn|abu|ben)-[\p{Lu}])/u.test(tokens[end].word)) end--;
  if (end < 0) return undefined;
  const runStart = tokens[0].start;
  const run = text.slice(runStart, tokens[end].end).replace(/[,;:.]$/, '');
  return located(run, runStart, kb);
}

export function located(run: string, runStart: number, kb: KnowledgeBase): NameRun | undefined {
  const split = splitNameRun(run, kb);
  if (!split.name || !/^[\p{Lu}]/u.test(split.name)) return undefined;
  const start = runStart + run.lastIndexOf(split.name);
  return { name: split.name, description: split.description, start, end: start + split.name.length, kind: split.kind, runStart };
}

/** Unnamed speakers: "officials said", "an EU official said", "economists at the bank said". */
const GROUP_TAIL = /(?:^|[\s,])((?:the|a|an|one|two|three|several|many|some|other|another|most|senior|local|\p{Lu}[\p{L}-]*|[\p{Ll}-]+\s)*?\s*([\p{Ll}-]+))\s*$/u;

/** "the association of skippers", "the ministry of health": an organisation named by its kind. */
const ORGANISATION_TAIL = /(?:^|\s)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+([\p{Ll}-]+)(?:\s+of\s+(?:the\s+)?[\p{L}-]+){0,2})\s*$/u;

export function groupAtEnd(text: string): NameRun | undefined {
  const organisation = ORGANISATION_TAIL.exec(text);
  if (organisation && isOrganisationWord(organisation[2])) {
    const start = organisation.index + organisation[0].indexOf(organisation[1]);
    return { name: organisation[1], start, end: start + organisation[1].length, kind: 'organization' };
  }
  // "one driver", "a local shopkeeper", "several residents": someone unnamed.
  const unnamed = /(?:^|\s)((?:one|a|an|another|several|two|three|four|many|some|other)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/u.exec(text);
  if (unnamed) {
    const start = unnamed.index + unnamed[0].indexOf(unnamed[1]);
    return { name: unnamed[1], start, end: start + unnamed[1].length, kind: 'group' };
  }
  const m = GROUP_TAIL.exec(text);
  // "officials", "an EU official", "the minister", "a spokesman": a group or an unnamed speaker.
  if (!m || !(isGroupHead(m[2]) || isRoleWord(m[2]) && /^(?:the|a|an|one|another|its|their|his|her)\b/iu.test(m[1].trim()))) return undefined;
  const name = m[1].trim();
  const start = m.index + m[0].indexOf(name);
  return { name, start, end: start + name.length, kind: 'group' };
}

/** An initial or an abbreviation that keeps its full stop inside a name ("George W. Bush", "Apple Inc. CEO"). */
const ABBREVIATION = new RegExp(`^(?:\\p{Lu}\\.|${alternation(words('quotes', 'name_abbreviations'))})$`, 'u');

/** The capitalised run at the start of `text`, titles included ("Foreign Minister Yoko Kamikawa"). */
export function leadingRun(text: string): { text: string; start: number } | undefined {
  const tokens = tokensOf(text);
  let end = -1;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    const clean = word.replace(/[,;:.]$/, '');
    const ok = /^[\p{Lu}]/u.test(clean) ? !isNotName(clean) || (i === 0 && clean === 'The') : isRoleWord(clean) || NAME_PARTICLES.test(clean) || (clean === 'of' && i > 0);
    if (!ok) break;
    end = i;
    if (clean !== word && !ABBREVIATION.test(word)) break;
  }
  while (end >= 0 && !/^[\p{Lu}]/u.test(tokens[end].word)) end--;
  if (end < 0) return undefined;
  const start = tokens[0].start;
  const run = text.slice(start, tokens[end].end).replace(/[,;:]$/, '');
  return { text: ABBREVIATION.test(tokens[end].word) ? run : run.replace(/\.$/u, ''), start };
}

export function join(a?: string, b?: string): string | undefined {
  const parts = [a, b].filter((x): x is string => Boolean(x && x.trim()));
  return parts.length ? parts.join('; ') : undefined;
}

const CLAUSE_OPENER = new RegExp(`^\\s*${alternation(words('quotes', 'clause_openers'))}\\b`, 'iu');

/**
 * "While introducing the phone, at the annual conference, Brook started …": the subject after
 * up to three introductory phrases, each opened by a word of `clause_openers`.
 */
export function subjectAfterIntroduction(text: string, kb: KnowledgeBase): NameRun | undefined {
  let offset = 0;
  for (let phrases = 0; phrases < 3 && CLAUSE_OPENER.test(text.slice(offset)); phrases++) {
    const comma = text.indexOf(',', offset);
    if (comma < 0) return undefined;
    offset = comma + 1;
    const rest = text.slice(offset);
    const found = nameRunAtStart(rest.trimStart(), kb);
    // A lone name ('unknown') is resolved against the document later, like any other.
    if (found?.kind === 'person' || found?.kind === 'pronoun' || found?.kind === 'unknown') {
      const shift = offset + rest.length - rest.trimStart().length;
      return { ...found, start: found.start + shift, end: found.end + shift, ...(found.runStart !== undefined ? { runStart: found.runStart + shift } : {}) };
    }
  }
  return undefined;
}

/** "… analyst David Strauss saying": a person named right before the participle. */
export function adjacentName(text: string, kb: KnowledgeBase): NameRun | undefined {
  if (/,\s*$/.test(text)) return undefined;
  const found = nameRunAtEnd(text, kb);
  return found?.kind === 'person' || found?.kind === 'pronoun' ? found : undefined;
}
