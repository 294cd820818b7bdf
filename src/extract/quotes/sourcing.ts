/**
 * Sourcing: whether the text says where, how or when words were said. An outlet ("told
 * Reuters", "according to The Japan Times"), a medium or occasion ("in an interview", "at a
 * press conference", "in parliamentary testimony", "in a post on Telegram"), a named
 * document ("in his book …"), a date of the utterance ("on Tuesday", "this week") or its
 * place ("in Moscow on 12 May").
 *
 * The patterns run over the attribution text only (the sentence with the quoted words
 * blanked out), so a date or a place *inside* the quotation never counts as its source.
 */
import type { QuoteSourcing } from '../../analysis/mentions.js';

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Well-known outlets, and the words that end an outlet's name ("The Japan Times"). */
const KNOWN_OUTLETS =
  'Reuters|AP|AFP|BBC|CNN|NHK|TASS|Interfax|Kyodo|Bloomberg|Nikkei|Xinhua|Yonhap|Al Jazeera|Politico|Axios|Kommersant|Izvestia|RIA Novosti|Meduza|NPR|PBS|ABC|CBS|NBC|Fox News|Sky News|Deutsche Welle|DW|Le Monde|Der Spiegel|El País|Asahi|Yomiuri|Mainichi|Sankei';
const OUTLET_WORDS =
  'Times|Post|News|Journal|Herald|Guardian|Telegraph|Gazette|Tribune|Review|Magazine|Daily|Network|Broadcasting|Press|Wire|Radio|Television|TV|Channel|Shimbun|Economist|Monitor|Observer|Independent|Agency|Chronicle|Examiner|Standard|Express|Mirror|Insider|Atlantic|Diplomat';
const CAP = "[A-Z][\\p{L}'’.&-]*";
const OUTLET_KINDS = 'newspaper|daily|weekly|magazine|broadcaster|radio|channel|website|news agency|news site|podcast';
const OUTLET = `(?:(?:the |The )?(?:${KNOWN_OUTLETS})\\b|(?:the |The )?(?:${CAP} ){0,4}(?:${OUTLET_WORDS})\\b|(?:the |The )?(?:(?:${CAP}|de|del|di|du|la|le|von) ){1,5}(?:${OUTLET_KINDS})\\b)`;

const OCCASION_NOUNS =
  'press conference|news conference|press briefing|briefing|speech|address|remarks|testimony|hearing|session|debate|summit|meeting|rally|forum|conference|lecture|ceremony|interview|talk show|Q&A|question-and-answer session|podcast|broadcast|televised address|webinar|panel|roundtable|symposium|town hall';
const MEDIUM_NOUNS =
  'statement|communiqu[ée]|post|tweet|video|video message|message|letter|op-ed|column|editorial|essay|article|memoir|book|blog|newsletter|report|white paper|decree|declaration|note|email|e-mail|Telegram channel|social media';
const PLATFORMS = 'X|Twitter|Telegram|Facebook|Instagram|VK|VKontakte|Weibo|YouTube|TikTok|LinkedIn|Truth Social|Bluesky|Threads|social media|state television|state TV|television|TV|radio';
const DETERMINERS = "(?:a|an|the|his|her|their|its|our|this|that|[A-Z][\\p{L}]+[’']s)";
const MODIFIERS = "(?:[\\p{L}’'-]+ ){0,4}";

interface Pattern {
  kind: QuoteSourcing['kind'];
  regex: RegExp;
  /** A cheap test the text must pass before the costly pattern runs. */
  hint?: RegExp;
}

const hint = (words: string): RegExp => new RegExp(`(?:${words})`, 'i');

/**
 * A cheap test that every sourcing phrase passes (a word the patterns need): most
 * attribution text has none, and the full patterns are costly.
 */
const ANY_SOURCING_WORD = new RegExp(`\\b(?:${[
  'told', 'telling', 'according', 'cited', 'quoted', 'speaking', 'comments', 'wrote', 'writing', 'interview', 'tweeted',
  ...OCCASION_NOUNS.split('|'), ...MEDIUM_NOUNS.split('|'), ...PLATFORMS.split('|'),
  'book', 'memoir', 'novel', 'report', 'paper', 'study', 'diary', 'document', 'treaty', 'constitution',
  'on', 'in', 'last', 'this', 'next', 'yesterday', 'today', 'earlier',
].join('|')})`, 'i');

const PATTERNS: Pattern[] = [
  { kind: 'outlet', regex: new RegExp(`\\b(?:told|telling|to|with|according to|cited by|quoted by|speaking to|in comments to|wrote in|writing in)\\s+${OUTLET}`, 'gu') },
  { kind: 'outlet', regex: new RegExp(`\\b[Ii]n an? (?:${MODIFIERS})?interview with\\s+(?:the |The )?(?:${CAP} ?){1,5}`, 'gu') },
  { kind: 'occasion', regex: /\btold (?:reporters|journalists|the press|lawmakers|legislators|parliament|senators|delegates|analysts|investors|shareholders|students|supporters|MPs|the court|the jury|the inquiry|the board|an? (?:audience|crowd|conference|rally|briefing|forum|summit|meeting|hearing|committee)|the (?:audience|crowd|conference|rally|committee|parliament|Diet|Duma|Senate|House|assembly|forum|summit|meeting|UN|United Nations|Security Council))\b/gu },
  { kind: 'occasion', hint: hint(OCCASION_NOUNS), regex: new RegExp(`\\b(?:at|during|in|after|before|ahead of|on the sidelines of|following|via|through)\\s+(?:${DETERMINERS} )?${MODIFIERS}(?:${OCCASION_NOUNS})(?:e?s)?\\b`, 'giu') },
  { kind: 'medium', hint: hint(MEDIUM_NOUNS), regex: new RegExp(`\\b(?:in|on|via|through)\\s+(?:${DETERMINERS} )?${MODIFIERS}(?:${MEDIUM_NOUNS})s?\\b`, 'giu') },
  { kind: 'medium', hint: hint(PLATFORMS), regex: new RegExp(`\\b(?:on|via|to)\\s+(?:${DETERMINERS} )?(?:${PLATFORMS})\\b`, 'giu') },
  { kind: 'medium', regex: /\btweeted\b/gu },
  { kind: 'document', hint: /["“‘«]/, regex: new RegExp(`\\b(?:in|from)\\s+(?:${DETERMINERS} )?${MODIFIERS}(?:book|memoir|novel|report|paper|study|letter|essay|article|diary|decree|document|treaty|constitution)\\s+(?:titled\\s+|entitled\\s+|called\\s+)?[“"‘«]`, 'giu') },
  { kind: 'date', hint: /day\b/i, regex: new RegExp(`\\b(?:on|last|this|next|earlier on|late on)\\s+${WEEKDAY}\\b|\\b(?:on\\s+)?${WEEKDAY},?\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})`, 'giu') },
  { kind: 'date', hint: /\d/, regex: new RegExp(`\\b(?:on|in)\\s+(?:${MONTH}\\s+\\d{1,2}\\b(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b(?:\\s+\\d{4})?|${MONTH}\\s+\\d{4}\\b|\\d{4}-\\d{2}-\\d{2})`, 'gu') },
  { kind: 'date', regex: /\b(?:yesterday|today|this (?:week|month|morning|afternoon|evening)|last (?:week|month|night|year)|earlier (?:this|last) (?:week|month|year)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night))\b/giu },
];

/** "said in Moscow", "speaking in Tokyo on …": a capitalised place right after the speech verb. */
const PLACE_AFTER_VERB = /\b(?:said|says|told \w+|stated|added|declared|announced|speaking|spoke|remarked|insisted)\s+(?:\w+ly\s+)?in\s+((?:[A-Z][\p{L}-]+)(?: [A-Z][\p{L}-]+){0,2})/gu;

/**
 * Sourcing phrases in `text` (attribution text with quotations blanked out); `offset` maps
 * positions back into the document.
 */
export function findSourcing(text: string, offset: number): QuoteSourcing[] {
  const found: QuoteSourcing[] = [];
  if (!ANY_SOURCING_WORD.test(text)) return found;
  for (const { kind, regex, hint: cheap } of PATTERNS) {
    if (cheap && !cheap.test(text)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const matched = m[0].replace(/[\s.,;:]+$/u, '');
      found.push({ kind, text: matched.replace(/\s+/g, ' '), span: { start: offset + m.index, end: offset + m.index + matched.length } });
    }
  }
  PLACE_AFTER_VERB.lastIndex = 0;
  for (let m = PLACE_AFTER_VERB.exec(text); m; m = PLACE_AFTER_VERB.exec(text)) {
    const start = m.index + m[0].length - m[1].length - 3;
    found.push({ kind: 'place', text: `in ${m[1]}`, span: { start: offset + start, end: offset + start + 3 + m[1].length } });
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

/** Words that show a sentence reports an utterance (for inheriting sourcing from it). */
export const UTTERANCE_WORDS = /\b(?:said|says|say|told|tells|spoke|speaks|speaking|stated|states|remarks?|speech(?:es)?|interview|press conference|news conference|briefing|statement|testimony|address|wrote|writes|posted|tweeted|declared|announced|comments?|answered|asked|hearing)\b/i;
