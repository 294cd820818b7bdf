/**
 * People named with their role: "Presiding Judge Martin Mann", "Mr Justice Anthony Mann",
 * "Kremlin spokesman Dmitry Peskov". The role's kind and the surname say who is meant; the
 * forenames are what another document may give differently.
 */
import type { FactClaim } from '../../analysis/mentions.js';
import { escapeRegExp, listTable, words as wordList } from '../../base/vocabulary.js';
import { isGenericNameWord } from '../../extract/name-words.js';
import type { SentenceReading } from './reading.js';

/** Each role word (or phrase, "chief executive") → its kind. */
const ROLE_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(listTable('names', 'role_classes')).flatMap(([cls, forms]) => forms.map((form): [string, string] => [form, cls])),
);
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(wordList('names', 'organisation_words'));
const LONGEST_ROLE = Math.max(...[...ROLE_WORDS.keys()].map((r) => r.split(' ').length));

/** A role word, in either case for its first letter, then a capitalised word: "Judge Martin", "spokesman Dmitry". */
const ROLE_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}])(?:${[...ROLE_WORDS.keys()].map((r) => `[${r[0].toUpperCase()}${r[0]}]${escapeRegExp(r.slice(1))}`).join('|')})\\.?\\s+\\p{Lu}`,
  'u',
);

/** Whether a sentence may name someone by role (a cheap gate before reading it). */
export function mayNameRole(text: string): boolean {
  return ROLE_BEFORE_NAME.test(text);
}

export function roleFacts(reading: SentenceReading): FactClaim[] {
  const t = reading.tokens;
  const facts: FactClaim[] = [];
  for (let k = 0; k < t.length; k++) {
    const role = roleAt(reading, k);
    if (!role || reading.isQuoted(k)) continue;
    const name = personAfter(reading, role.last + 1);
    if (!name) continue;
    const span = { start: t[role.start].start, end: t[name.last].end };
    facts.push({
      span,
      sentence: reading.input.sentence,
      stated: reading.doc.text.slice(span.start, span.end).replace(/\s+/g, ' '),
      value: { kind: 'name', role: role.kind, surname: name.surname, forenames: name.forenames },
      about: { entities: [[name.surname]], terms: [role.kind], head: role.kind, text: reading.textOf({ first: role.start, last: name.last }) },
    });
    k = name.last;
  }
  return facts;
}

/** A role word or phrase at token `k` (with the capitalised words before it: "Presiding Judge", "Mr Justice"). */
function roleAt(reading: SentenceReading, k: number): { kind: string; start: number; last: number } | undefined {
  const t = reading.tokens;
  for (let n = LONGEST_ROLE; n >= 1; n--) {
    if (k + n > t.length) continue;
    const phrase = t.slice(k, k + n).map((token) => token.lower.replace(/\.$/, '')).join(' ');
    const kind = ROLE_WORDS.get(phrase);
    if (!kind) continue;
    let start = k;
    while (start > 0 && /^\p{Lu}/u.test(t[start - 1].text) && /^\s+$/.test(reading.doc.text.slice(t[start - 1].end, t[start].start))) start--;
    return { kind, start, last: k + n - 1 };
  }
  return undefined;
}

/** Two or three capitalised words right after the role: forenames and a surname ("Martin Mann"). */
function personAfter(reading: SentenceReading, from: number): { forenames: string[]; surname: string; last: number } | undefined {
  const t = reading.tokens;
  const words: string[] = [];
  let last = from - 1;
  for (let k = from; k < t.length && words.length < 3; k++) {
    const gap = reading.doc.text.slice(t[k - 1].end, t[k].start);
    if (!/^\s+$/.test(gap.replace(/^\./, '')) || t[k].kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t[k].text) && !/^\p{Lu}$/u.test(t[k].text)) break;
    if (ROLE_WORDS.has(t[k].lower) || isGenericNameWord(t[k].lower) || ORGANISATION_WORDS.has(t[k].lower)) return undefined;
    words.push(t[k].text.replace(/['’]s$/, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
    last = k;
    if (/['’]s$/.test(t[k].text)) break;
  }
  const full = words.filter((w) => w.length > 1);
  // A capitalised word right after the name: the name runs on into something else ("… Mann Foundation").
  const next = t[last + 1];
  if (full.length < 2 || (next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(reading.doc.text.slice(t[last].end, next.start)))) return undefined;
  return { forenames: words.slice(0, -1), surname: words[words.length - 1], last };
}
