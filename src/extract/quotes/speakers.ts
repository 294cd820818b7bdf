/**
 * Who said it: the speaker of a quotation, from the words around it ("X said", "said X",
 * "X stated that", "according to X", "in X's words", "X described … as"), with the title or
 * description given with the name ("Russian Foreign Ministry spokesperson Maria Zakharova",
 * "Dr. Dmitry Streltsov, a Japan expert at …").
 *
 * Pure string patterns over the attribution text; pronouns are returned as such and
 * resolved by the caller, which knows the earlier speakers of the document.
 */
export const SPEECH_VERBS =
  'said|says|say|stated|told|tells|added|adds|noted|wrote|writes|explained|explains|argued|argues|insisted|insists|warned|warns|recalled|recalls|continued|replied|answered|asked|declared|declares|announced|announces|remarked|commented|observed|stressed|emphasi[sz]ed|claimed|claim|acknowledged|admitted|conceded|complained|suggested|predicted|promised|vowed|pledged|urged|tweeted|posted|concluded|described|describes|called|quipped|lamented|joked|boasted|countered|cautioned|reiterated|affirmed|confirmed|denied|testified|put it|wrote back|mused|recounted|conceded|assured|told reporters|read|reads|repeated|repeats|put (?:its|their|his|her) case';

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'gu');
const VERB_FIRST = new RegExp(`^(?:${SPEECH_VERBS}|according to)\\s+`, 'u');

/** Titles and roles that stand before a name and are not part of it. */
const ROLE_WORDS = new Set(
  ('spokesperson spokesman spokeswoman minister secretary president ambassador expert analyst professor prof prof. director chief head chair ' +
    'chairman chairwoman official adviser advisor envoy governor mayor senator lawmaker deputy leader researcher economist commander general ' +
    'lecturer fellow editor correspondent founder ceo executive manager negotiator premier chancellor foreign prime defence defense finance ' +
    'former then current dr dr. mr mr. mrs mrs. ms ms. sir judge rev. king queen prince pope lord lady captain colonel admiral representative ' +
    'member vice acting interior justice trade economy cabinet chief-of-staff press attorney ex-president ex-prime professor emeritus coach manager captain striker skipper priest bishop rabbi imam sheriff')
    .split(' '),
);

/** Words that make a name an organisation or a place, not a person. */
const ORG_WORDS =
  /\b(?:Ministry|Office|Council|Government|Agency|Kremlin|Institute|University|Committee|Party|Commission|Embassy|Bank|Company|Corporation|Inc|Ltd|Group|Department|Service|Times|News|Foundation|Association|Union|Court|Parliament|Diet|Duma|Senate|Cabinet|Administration|Fund|Organization|Organisation|Forum|Centre|Center|Federation|Republic|Army|Navy|Police|Pentagon|White House|Bureau|Board|Authority|Force|Forces)\b/u;

const PLACES = new Set(
  ('Russia Japan China Moscow Tokyo Beijing Washington Kyiv Kiev Ukraine Britain London Paris Berlin Seoul Pyongyang Tehran Iran Israel India ' +
    'Delhi US U.S. USA UK U.K. EU NATO UN America France Germany Europe Brussels Taiwan Korea Canada Ottawa Australia Canberra Turkey Ankara ' +
    'Italy Rome Spain Madrid Poland Warsaw Brazil Mexico Argentina Egypt Cairo Syria Gaza Hokkaido Sakhalin Crimea Minsk Belarus Georgia Tbilisi').split(' '),
);

/** Capitalised words that begin sentences and clauses but are never names. */
const NOT_NAMES = new Set(
  ('The A An But And Or So Yet Now Then However In At On When After Before As While Though Although This That These Those It Its ' +
    'He She They We I You His Her Their Our My Your There Here Still Also Later Earlier Today Yesterday Meanwhile Indeed Instead ' +
    'Asked Speaking According Even Only Just Both Some Many Most Such For From With Without By Of To If Once Since Until').split(' '),
);

export const PRONOUNS = /^(?:he|she|they|we|i|his|her|their|him|them)$/i;

export type SpeakerKind = 'person' | 'organization' | 'group' | 'pronoun' | 'unknown';

export interface SpeakerMatch {
  name: string;
  /** Offsets of the name within the searched string. */
  start: number;
  end: number;
  description?: string;
  via: string;
  kind: SpeakerKind;
  /** The speech verb that introduced the words ("said", "described … as"). */
  verb?: string;
  /** The verb stands right next to the quotation ("“…,” she said", "said: “…”"). */
  adjacent: boolean;
  /** Where the whole run of title and name begins ("Japanese Foreign Minister Yoko Kamikawa"). */
  runStart?: number;
}

const isCapitalised = (word: string): boolean => /^[\p{Lu}]/u.test(word) && !NOT_NAMES.has(word);
const isRole = (word: string): boolean => ROLE_WORDS.has(word.toLowerCase());

/** Split a run of words ("Russian Foreign Ministry spokesperson Maria Zakharova") into description and name. */
export function splitNameRun(run: string): { name: string; description?: string; kind: SpeakerKind } {
  const words = run.trim().split(/\s+/);
  while (words.length > 1 && NOT_NAMES.has(words[0])) words.shift();
  // Sentence-final full stop, unless the last word is an initial or a title ("Dr.").
  const lastWord = words[words.length - 1];
  if (/[\p{L}]{3,}\.$/u.test(lastWord) && !isRole(lastWord)) words[words.length - 1] = lastWord.slice(0, -1);
  // "Interior Ministry": an organisation's name is not split into a title and a name.
  if (ORG_WORDS.test(words[words.length - 1])) return { name: words.join(' '), kind: 'organization' };
  let lastRole = -1;
  words.forEach((w, i) => {
    if (isRole(w) && i < words.length - 1) lastRole = i;
  });
  const nameWords = words.slice(lastRole + 1);
  const description = lastRole >= 0 ? words.slice(0, lastRole + 1).join(' ') : undefined;
  const name = nameWords.join(' ');
  return { name, description, kind: kindOfName(name, description) };
}

export function kindOfName(name: string, description?: string): SpeakerKind {
  if (PRONOUNS.test(name)) return 'pronoun';
  if (ORG_WORDS.test(name)) return 'organization';
  const words = name.split(/\s+/);
  if (words.length === 1 && PLACES.has(name.replace(/[’']s$/, ''))) return 'organization';
  if (!/^[\p{Lu}]/u.test(name)) return 'group';
  if (words.length >= 2 && words.every((w) => !PLACES.has(w))) return 'person';
  if (description && description.split(/\s+/).some(isRole)) return 'person';
  return 'unknown';
}

/** Group speakers that are not names: "officials said", "the ministry said", "a spokesperson said". */
const GROUP_TAIL =
  /(?:^|\s)((?:the|a|an|one|two|three|several|many|some|other|senior|local|japanese|russian|chinese|american|western|foreign|government|ministry|military|security|defence|defense|anonymous|unnamed|\s)*(?:officials?|authorities|ministry|government|spokesperson|spokesman|spokeswoman|analysts?|experts?|critics?|residents?|police|diplomats?|observers?|sources?|lawmakers?|witnesses|witness|protesters?|activists?|researchers?|scientists?|statement|report|kremlin)|(?:one|a|an|another|the|several|two|three|many|some)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/iu;

/** The speaker named in text that ends right before a speech verb (`Maria Zakharova` in "… Maria Zakharova stated"). */
export function speakerBeforeVerb(text: string): Omit<SpeakerMatch, 'via' | 'verb' | 'adjacent'> | undefined {
  const trimmed = text.replace(/\s+(?:also|later|then|once|again|repeatedly|in effect|recently|reportedly|has|had|have|was|is|publicly|bluntly|simply|famously|memorably|previously|subsequently|himself|herself)\s*$/u, '');
  const direct = nameRunAtEnd(trimmed);
  if (direct) return direct;
  // "Dmitry Medvedev, who is currently deputy chair of …, admitted": skip the appositive.
  const appositive = /,([^,]{2,160}),\s*$/u.exec(trimmed);
  if (appositive) {
    // "Its spokesman, Jens Albrecht, wrote": the name is the appositive itself.
    const inner = nameRunAtEnd(appositive[1]);
    if (inner && inner.kind === 'person' && (inner.runStart ?? inner.start) === firstWordIndex(appositive[1])) {
      const shift = appositive.index + 1;
      return { ...inner, start: inner.start + shift, end: inner.end + shift, runStart: shift, description: joinDescriptions(inner.description, trimmed.slice(0, appositive.index).split(',').pop()?.trim()) };
    }
    const run = nameRunAtEnd(trimmed.slice(0, appositive.index));
    if (run && run.kind !== 'group') return { ...run, description: joinDescriptions(run.description, appositive[1].trim()) };
  }
  const group = GROUP_TAIL.exec(trimmed);
  if (group) {
    const name = group[1].trim();
    const start = group.index + group[0].indexOf(name);
    return { name, start, end: start + name.length, kind: 'group' };
  }
  return undefined;
}

function nameRunAtEnd(text: string): Omit<SpeakerMatch, 'via' | 'verb' | 'adjacent'> | undefined {
  const tokens = [...text.matchAll(/[^\s]+/gu)];
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i][0];
    if (/[,;:()"“”‘’«»…—–]$/.test(word) && i !== tokens.length - 1) break;
    const clean = word.replace(/[,;:]$/, '');
    if (clean !== word) break;
    if (PRONOUNS.test(clean) && i === tokens.length - 1) {
      return { name: clean, start: tokens[i].index ?? 0, end: (tokens[i].index ?? 0) + clean.length, kind: 'pronoun' };
    }
    if (isCapitalised(clean) || (isRole(clean) && i < tokens.length - 1) || (/^(?:de|van|von|der|bin|al|da|di|le|la)$/.test(clean) && i < tokens.length - 1)) first = i;
    else break;
  }
  if (first >= tokens.length) return undefined;
  const startIndex = tokens[first].index ?? 0;
  const run = text.slice(startIndex).trim();
  const split = splitNameRun(run);
  if (!split.name || !/^[\p{Lu}]/u.test(split.name)) return undefined;
  const start = startIndex + run.lastIndexOf(split.name);
  return { name: split.name, description: split.description, start, end: start + split.name.length, kind: split.kind, runStart: startIndex };
}

/** A speaker named right after a verb ("said Dr. Dmitry Streltsov, a Japan expert at …"). */
export function speakerAfterVerb(text: string): Omit<SpeakerMatch, 'via' | 'verb' | 'adjacent'> | undefined {
  // "said harbour master Ana Ruiz", "said coach Mateo Silva": a lower-case role before the name.
  const role = /^\s*((?:(?!(?:that|in|on|at|after|before|when|while|with|to|the|a|an|this|it|he|she|they|we|then|also)\b)[\p{Ll}-]+\s+){1,3})(?=[\p{Lu}])/u.exec(text);
  if (role) {
    const found = speakerAfterVerb(text.slice(role[0].length));
    if (found && found.kind === 'person') {
      const shift = role[0].length;
      return { ...found, start: found.start + shift, end: found.end + shift, description: joinDescriptions(role[1].trim(), found.description) };
    }
  }
  const run = /^\s*((?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:de|van|von|der|bin|al|da|di)|(?:spokesperson|spokesman|spokeswoman|minister|secretary|president|ambassador|professor|director|chief|head|chair|chairman|deputy|former|foreign|prime|defence|defense|then)) ?)+)/u.exec(text);
  if (run) {
    const words = run[1].trim();
    const split = splitNameRun(words);
    if (split.name && /^[\p{Lu}]/u.test(split.name) && !NOT_NAMES.has(split.name)) {
      const start = (run.index ?? 0) + run[0].indexOf(words) + words.lastIndexOf(split.name);
      const rest = text.slice(run[0].length);
      const appositive = /^\s*,\s*([^.;:!?“”"]{2,160}?)\s*(?:[.;:!?]|$)/u.exec(rest);
      return {
        name: split.name,
        start,
        end: start + split.name.length,
        description: joinDescriptions(split.description, appositive?.[1]),
        kind: split.kind,
      };
    }
  }
  const group = /^\s*((?:the|a|an|one)\s+[\p{Ll}][\p{L}\p{M}'’-]*(?:\s+(?:of|for|at|in|from)?\s*[\p{L}\p{M}'’-]+){0,6}?)\s*(?:[,.;:!?]|$)/u.exec(text);
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

function joinDescriptions(a?: string, b?: string): string | undefined {
  const parts = [a, b].filter((x): x is string => Boolean(x && x.trim()));
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * The speaker in the text after a quotation: "“…,” said X", "“…,” X said", "“…,” according to X".
 * `after` starts right after the closing mark.
 */
export function speakerAfterQuote(after: string): SpeakerMatch | undefined {
  const lead = /^[\s,.!?—–-]*/u.exec(after)?.[0] ?? '';
  const rest = after.slice(lead.length);
  const verbFirst = VERB_FIRST.exec(rest);
  if (verbFirst) {
    const found = speakerAfterVerb(rest.slice(verbFirst[0].length));
    if (found) {
      const shift = lead.length + verbFirst[0].length;
      const via = verbFirst[0].startsWith('according') ? 'according-to' : 'said-x';
      return { ...found, start: found.start + shift, end: found.end + shift, via, verb: verbFirst[0].trim(), adjacent: true };
    }
  }
  // "“…,” Japanese Foreign Minister Yoko Kamikawa said in …"
  const clause = /^[^.;!?“”"«»]{1,200}/u.exec(rest)?.[0] ?? '';
  SPEECH_VERB.lastIndex = 0;
  const verb = SPEECH_VERB.exec(clause);
  if (verb && verb.index > 0) {
    const found = speakerBeforeVerb(clause.slice(0, verb.index));
    if (found && /^[\s\p{Ll}'’-]*$/u.test(clause.slice(0, found.runStart ?? found.start)) && clause.slice(0, found.runStart ?? found.start).trim().split(/\s+/).length <= 4) {
      return { ...found, start: found.start + lead.length, end: found.end + lead.length, via: found.kind === 'pronoun' ? 'pronoun' : 'x-said', verb: verb[0], adjacent: true };
    }
  }
  return undefined;
}

const firstWordIndex = (text: string): number => /\S/.exec(text)?.index ?? 0;

/**
 * The speaker in the text before a quotation: "X said:", "X stated that", "according to X,",
 * "In X's words,", "X noted the importance of … “…”", "X described it as".
 */
export function speakerBeforeQuote(before: string): SpeakerMatch | undefined {
  const words = /\b[Ii]n (his|her|their|(?:the |its )?[\p{L} .-]{2,60}?[’']s?) (?:own )?words\b[^.;!?“”"‘’«»]{0,30}$|\bAs ([\p{Lu}][\p{L} .-]*?|he|she|they) (?:put it|said|wrote)[,:]?\s*$/u.exec(before);
  if (words) {
    const raw = (words[1] ?? words[2]).replace(/[’']s?$/, '').replace(/^(?:the|its)\s+/u, '').trim();
    const start = before.indexOf(raw, words.index);
    const split = splitNameRun(raw);
    const kind = PRONOUNS.test(raw) ? 'pronoun' : split.kind;
    return { name: split.name, description: split.description, start, end: start + raw.length, kind, via: kind === 'pronoun' ? 'pronoun' : 'in-words', verb: 'in … words', adjacent: true };
  }
  // "A statement issued by the company read:": the words of a document, not of a person.
  const statement = /\b((?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:joint |written |brief |short )?(?:statement|communiqu[ée]|letter|notice|message|post|press release|leaflet|poster|sign|banner|placard|headline|caption|inscription|plaque|memo|note|document|flyer|advertisement|announcement)\b[^.;!?]{0,100}?)\s+(?:read|reads|said|says|stated|states)\s*[:,]?\s*$/u.exec(before);
  if (statement) {
    const start = statement.index;
    return { name: statement[1], start, end: start + statement[1].length, kind: 'organization', via: 'statement', verb: 'read', adjacent: true };
  }
  const according = /\b[Aa]ccording to ([^,;:]{2,120}),?\s*$/u.exec(before);
  if (according) {
    const found = speakerAfterVerb(according[1]);
    if (found) {
      const shift = according.index + 'according to '.length;
      return { ...found, start: found.start + shift, end: found.end + shift, via: 'according-to', verb: 'according to', adjacent: true };
    }
  }
  // The last speech verb of the clause, and its subject.
  const clauseStart = Math.max(0, before.search(/[^.;!?]*$/u));
  const clause = before.slice(clauseStart);
  let last: RegExpExecArray | undefined;
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(clause); m; m = SPEECH_VERB.exec(clause)) last = m;
  if (!last) return undefined;
  const found = speakerBeforeVerb(clause.slice(0, last.index));
  if (!found) return undefined;
  const between = clause.slice(last.index + last[0].length);
  const adjacent = /^\s*(?:that|it|them|this|[^\s,.;:]+(?:\s+[^\s,.;:]+){0,5}\s+as|as)?\s*[:,]?\s*$/u.test(between);
  return {
    ...found,
    start: found.start + clauseStart,
    end: found.end + clauseStart,
    via: found.kind === 'pronoun' ? 'pronoun' : viaForVerb(last[0]),
    verb: last[0],
    adjacent,
  };
}

function viaForVerb(verb: string): string {
  if (/^(?:described|describes|called|calls)$/.test(verb)) return 'described-as';
  if (/^(?:told|tells)$/.test(verb)) return 'x-told';
  if (/^(?:wrote|writes)$/.test(verb)) return 'x-wrote';
  return 'x-said';
}
