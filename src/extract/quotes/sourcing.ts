/**
 * Sourcing: does the text say where or how words were said? An outlet ("told Reuters",
 * "according to The Japan Times", "was quoted by HotNews as saying"), an audience ("told
 * reporters", "announcing to journalists"), an occasion ("at a press conference", "speaking
 * after the talks", "Opening the debate, …"), a medium ("in a statement", "on Twitter",
 * "wrote"), a document ("in his book “…”"), or an exchange ("when asked", "in response to").
 * A date or a city alone does not say where words were said, so they are not sourcing.
 *
 * The patterns run over attribution text only — the paragraph with every quotation blanked
 * out — so a cue word *inside* the quoted words never counts. Word lists:
 * `data/vocabulary/quotes.yml`.
 */
import type { QuoteSourcing } from '../../analysis/mentions.js';
import { alternation, words } from '../../base/vocabulary.js';

const list = (name: string) => words('quotes', name);

/** Capitalised words of a name ("The Japan Times", "BFM TV"), as written. */
const CAP = "[\\p{Lu}][\\p{L}\\p{N}'’.&-]*";
const OUTLET = `(?:(?:the |The )?${alternation(list('outlets'))}(?![\\p{L}])|(?:the |The )?(?:${CAP} ){0,5}${alternation(list('outlet_words'))}(?![\\p{L}])|(?:the |The |a |an )?(?:[\\p{L}'’-]+ ){0,4}${alternation(list('outlet_kinds'))}(?![\\p{L}])(?: (?:${CAP} ){0,3}${CAP})?)`;
const DETERMINER = "(?:a|an|the|his|her|their|its|our|this|that|these|those|[\\p{Lu}][\\p{L}]+[’']s)";
/** Words between a determiner and the noun, commas allowed ("the Cupertino, California event"). */
const MODIFIERS = "(?:[\\p{L}\\p{N}’'.-]+ |[\\p{Lu}][\\p{L}’'-]*, ){0,4}";
/** A noun of a list, possibly with a hyphenated prefix ("open-letter", "op-ed"). */
const noun = (list: string) => `(?:[\\p{L}]+-)?(?:${list})`;
const OCCASION = alternation(list('occasions'));
const MEDIUM = alternation(list('media'));
const PLATFORM = alternation(list('platforms'));
const AUDIENCE = alternation(list('audiences'));
const VENUE = alternation(list('venues'));

interface Pattern {
  kind: QuoteSourcing['kind'];
  regex: RegExp;
}

/**
 * Lead words in either case ("At a press conference", "at a press conference"); the nouns that
 * follow match only as written in lower case, so a name ("the Democratic Rally") is no occasion.
 */
function leads(...phrases: string[]): string {
  return `(?:${phrases.map((p) => p.replace(/^(\p{L})/u, (first) => `[${first.toUpperCase()}${first.toLowerCase()}]`)).join('|')})`;
}

const PATTERNS: Pattern[] = [
  // told Reuters / told French news channel BFM TV / told a morning radio programme / told local media
  { kind: 'outlet', regex: new RegExp(`\\b(?:${leads('told', 'tells', 'telling', 'according to', 'cited by', 'quoted by', 'quoted in', 'cited in', 'speaking to', 'speaking with', 'in comments to', 'in comments on', 'in remarks to', 'published in', 'publishing in', 'wrote in', 'writing in', 'writes in', 'said to', 'explained to', 'confirmed to')}|${leads('in')} an? (?:${MODIFIERS})?interview with)\\s+${OUTLET}`, 'gu') },
  // "said Dasbach to Wikinews", "spoke with Wikinews", "At Ballot Access News, X commented", "in The Guardian"
  { kind: 'outlet', regex: new RegExp(`\\b(?:[Tt]o|[Ww]ith|[Aa]t|[Oo]n|[Ii]n|[Ff]or)\\s+(?:(?:the |The )?${alternation(list('outlets'))}(?![\\p{L}])|(?:the |The )?(?:${CAP} ){1,4}${alternation(list('outlet_words'))}(?![\\p{L}]))`, 'gu') },
  // "Wikinews contacted X", "Reuters interviewed X": the outlet that spoke with the speaker
  { kind: 'outlet', regex: new RegExp(`(?<![\\p{L}])(?:(?:the |The )?${alternation(list('outlets'))})\\s+(?:contacted|interviewed|asked|spoke|talked|discussed|reached|questioned|met)\\b`, 'gu') },
  // "said from La Fortaleza's Hall of Mirrors": the place the words were said from
  { kind: 'occasion', regex: /\b(?:said|says|spoke|speaks|speaking|announced|declared)\s+from\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*/gu },
  // told reporters, told her weekly press briefing, announcing to journalists, told the crowd
  { kind: 'audience', regex: new RegExp(`\\b${leads('told', 'tells', 'telling', 'said to', 'speaking to', 'announcing to', 'explained to', 'addressed', 'addressing', 'in remarks to', 'in comments to')}\\s+(?:${DETERMINER} )?${MODIFIERS}(?:${AUDIENCE}|${OCCASION})\\b`, 'gu') },
  // at a press conference, during the debate, in an interview, after the talks, on the sidelines of the summit
  { kind: 'occasion', regex: new RegExp(`\\b${leads('at', 'during', 'in', 'on the sidelines of', 'via', 'through', 'on', 'from', 'for', 'as part of', 'as a part of')}\\s+(?:${DETERMINER} )?${MODIFIERS}(?:${OCCASION})(?:e?s)?\\b`, 'gu') },
  // "gave her annual opening keynote", "delivered a speech", "held a news conference": the speaker's own occasion
  { kind: 'occasion', regex: new RegExp(`\\b${leads('gave', 'gives', 'giving', 'delivered', 'delivers', 'delivering', 'held', 'holds', 'holding')}\\s+(?:${DETERMINER} )?${MODIFIERS}(?:${OCCASION})(?:e?s)?\\b`, 'gu') },
  // "during a White House Press Briefing": after an indefinite article a capitalised occasion is no name
  { kind: 'occasion', regex: new RegExp(`\\b${leads('at', 'during', 'in', 'on the sidelines of', 'via', 'from', 'as part of')}\\s+(?:a|an)\\s+${MODIFIERS}(?:${OCCASION})(?:e?s)?\\b`, 'giu') },
  // told Parliament, in the Senate, before the Security Council (names of venues: any case)
  { kind: 'occasion', regex: new RegExp(`\\b(?:[Tt]old|[Aa]ddressed|[Aa]ddressing|[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Bb]efore|[Tt]o|[Dd]uring)\\s+(?:the |its |his |her |their )?(?:[\\p{Lu}][\\p{L}’'-]* ){0,2}${VENUE}(?:\\s+floor)?\\b`, 'giu') },
  // in a statement, in a letter, in his book, in a post on Telegram
  { kind: 'medium', regex: new RegExp(`\\b${leads('in', 'on', 'via', 'through', 'from', 'releasing', 'issued', 'issuing', 'published', 'publishing', 'posted', 'posting', 'wrote', 'writing', 'sent', 'sending', 'signed', 'read')}\\s+(?:${DETERMINER} )?${MODIFIERS}${noun(MEDIUM)}s?\\b`, 'gu') },
  // said on Twitter, on state television, via Telegram
  { kind: 'medium', regex: new RegExp(`\\b${leads('on', 'via', 'to', 'over')}\\s+(?:${DETERMINER} )?(?:live |national |local |state |public )?${PLATFORM}(?![\\p{L}])`, 'gu') },
  // wrote, tweeted, posted, testified: the verb says how the words came
  { kind: 'medium', regex: new RegExp(`\\b${alternation(list('medium_verbs'))}\\b`, 'giu') },
  // "A statement from Apple stated", "the ministry's statement said"
  { kind: 'medium', regex: new RegExp(`\\b(?:${DETERMINER} )?${MODIFIERS}(?:statement|communiqu[ée]|press release|letter|report|post|tweet)\\s+(?:from|by|of|issued|released|published)\\b`, 'giu') },
  // when asked, in response to a question, was quoted as saying
  { kind: 'exchange', regex: new RegExp(`\\b${alternation(list('exchange_phrases'))}\\b`, 'giu') },
];

/** "Arriving at the talks, X said": a sentence that opens with the occasion, as a participle. */
const OCCASION_PARTICIPLE = new RegExp(`^\\s*${alternation(list('occasion_participles'))}\\b[^,;]{0,80},`, 'iu');

/**
 * Sourcing phrases in each sentence of attribution text (quotations already blanked out);
 * `offsets` map each sentence back into the document.
 */
export function findSourcing(text: string, offset: number): QuoteSourcing[] {
  const found: QuoteSourcing[] = [];
  for (const { kind, regex } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const matched = m[0].replace(/[\s.,;:]+$/u, '');
      if (matched) found.push({ kind, text: matched.replace(/\s+/g, ' '), span: { start: offset + m.index, end: offset + m.index + matched.length } });
    }
  }
  const participle = OCCASION_PARTICIPLE.exec(text);
  if (participle) {
    const matched = participle[0].replace(/[\s,]+$/u, '').trimStart();
    const start = offset + participle[0].indexOf(matched);
    found.push({ kind: 'occasion', text: matched.replace(/\s+/g, ' '), span: { start, end: start + matched.length } });
  }
  return dropOverlaps(found);
}

/** Of overlapping phrases keep the longest ("in an interview with the BBC" over "with the BBC"). */
function dropOverlaps(list: QuoteSourcing[]): QuoteSourcing[] {
  const kept: QuoteSourcing[] = [];
  const longestFirst = [...list].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  for (const s of longestFirst) {
    if (!kept.some((k) => k.span.start < s.span.end && s.span.start < k.span.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** Words that show a sentence reports an utterance (a sentence that introduces a quotation). */
export const UTTERANCE_WORDS = new RegExp(`\\b(?:${alternation([...list('speech_verbs'), ...list('speech_participles'), 'spoke', 'speaks', 'speaking', 'statement', 'interview', 'remarks', 'speech'])})\\b`, 'iu');
