/**
 * Person–title claims: "Japanese Prime Minister Shinzo Abe", "former president Dmitry
 * Medvedev", "Fumio Kishida (right, then foreign minister)", "Mr Blair, the prime
 * minister", "Shinzo Abe, who served as Japanese prime minister from September 2006 to
 * September 2007, and again from December 2012 to September 2020".
 */
import type { ClaimTime, PersonTitleClaim } from '../analysis/mentions.js';
import type { Span } from '../load/document.js';
import { phraseKey } from '../base/names.js';
import type { PlaceRecord } from '../kb/types.js';
import type { ClaimContext, SentenceInput } from './events.js';
import { claimTimeOf } from './events.js';
import { statedDates, statedInterval } from '../extract/stated-dates.js';
import { clauseAround } from '../extract/clauses.js';
import { MONTH_PATTERN } from '../base/calendar.js';
import { escapeRegExp, words } from '../base/vocabulary.js';
import type { TitleClass } from '../kb/offices.js';
import { NOT_THE_OFFICE_AFTER, NOT_THE_OFFICE_BEFORE, TITLE_CLASSES, TITLE_GROUPS, titleNeedsCountry } from './title-words.js';
import { tellsTheNews } from './news-of-the-day.js';

type Qualifier = PersonTitleClaim['qualifier'];

/** How sure the article's date must be for a reported title to be held against it. */
const SURE_DATE = 0.9;

/** Title words in either case ("Prime Minister", "prime minister"), one group per class. */
const TITLE = TITLE_GROUPS;
/** "Mr.", "Dr", "Sheikh" before a name (data/vocabulary/titles.yml). */
const HONORIFICS = words('titles', 'honorifics').map(escapeRegExp).join('|');
const NAME_WORD = `(?:(?:${words('titles', 'name_prefixes').join('|')})-)?[A-Z][\\p{L}’'-]*[\\p{Ll}][\\p{L}’'-]*`;
const NAME_PARTICLE = words('titles', 'name_particles').join('|');
/**
 * A capitalised name of one to three words, with middle initials ("George W. Bush"), maybe
 * continued after a particle ("Salman bin Abdulaziz", "Lula da Silva"); a word may carry a
 * prefix ("al-Assad").
 */
const NAME = `(?:(?:${HONORIFICS})\\.?\\s+)?${NAME_WORD}(?:(?:\\s+[A-Z]\\.)+(?=\\s+[A-Z]))?(?:\\s+${NAME_WORD}){0,2}(?:\\s+(?:${NAME_PARTICLE})\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})?`;
const COUNTRY_WORD = "(?:[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)?)(?:[’']s)?";
const QUALIFIER = '(?:[Tt]he\\s+)?(?:([Tt]hen|[Ff]ormer|[Ee]x|[Ll]ate|[Ff]uture|[Ll]ater|[Cc]urrent|[Ss]itting|[Ii]ncumbent)[\\s-]+)';

/** "[then ][Japanese ]Prime Minister Shinzo Abe". */
const PRENOMINAL = new RegExp(`(?:${QUALIFIER})?(?:(${COUNTRY_WORD})\\s+)?(?:${TITLE})\\s+(${NAME})`, 'gu');
/**
 * "[current ]Prime Minister of India Manmohan Singh", "the Prime Minister of Singapore, Mr Goh
 * Chok Tong,", "Canada's prime minister, Paul Martin,": the country written with the title and
 * the name after it, maybe after a comma (then the name must end its phrase).
 */
const TITLE_OF_COUNTRY = new RegExp(`(?:${QUALIFIER})?(?:(${COUNTRY_WORD})\\s+)?(?:${TITLE})(?:\\s+of\\s+(?:the\\s+)?(${COUNTRY_WORD}))?(,)?\\s+(${NAME})(?=(\\s*[,.;)]|\\s*$)?)`, 'gu');
const TITLE_OF_COUNTRY_CUE = new RegExp(`(?:${TITLE})(?:\\s+of\\s|,\\s)`, 'u');
/** "King Abdullah of Jordan": the country right after the name. */
const OF_COUNTRY_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+)?(${COUNTRY_WORD})`, 'u');
/** "Shinzo Abe (then prime minister)", "Fumio Kishida (right, then foreign minister)". */
const PARENTHETICAL = new RegExp(`^\\s*\\((?:[^()]*?,\\s*)?(then|former|now)[\\s-]+(?:(${COUNTRY_WORD})\\s+)?(?:${TITLE})\\)`, 'u');
/** "Taro Kono (then foreign minister)" with no title before the name. */
const NAME_PARENTHETICAL = new RegExp(`(${NAME})(?=\\s*\\((?:[^()]*?,\\s*)?(?:then|former|now)[\\s-])`, 'gu');
/** "Mr Blair, the prime minister," / "Sergei Lavrov, Russia's foreign minister,". */
const APPOSITIVE = new RegExp(`(${NAME}),\\s+(?:who (?:was|is) )?(?:the\\s+)?(?:(then|former|current)[\\s-]+)?(?:(${COUNTRY_WORD})\\s+)?(?:${TITLE})(?:\\s+of\\s+(?:the\\s+)?(${COUNTRY_WORD}))?(?=\\s*[,.;)]|\\s+(?:at the time|since|until)\\b)`, 'gu');
/** "Shinzo Abe, who served as Japanese prime minister from …". */
const SERVED_AS = new RegExp(`(${NAME}),?\\s+(?:who\\s+)?(?:served|was|had been)\\s+(?:as\\s+)?(?:the\\s+)?(?:(${COUNTRY_WORD})\\s+)?(?:${TITLE})(?:\\s+of\\s+(?:the\\s+)?(${COUNTRY_WORD}))?\\s+from\\b`, 'gu');
/** A title word followed by a capital: where a prenominal title can be (the full pattern tries every word). */
const PRENOMINAL_CUE = new RegExp(`(?:${TITLE})\\s+[A-Z]`, 'u');
const APPOSITIVE_CUE = new RegExp(`,\\s+[^,]{0,40}?(?:${TITLE})`, 'u');
const SERVED_AS_CUE = /\b(?:served|was|had been)\b[^.]*\bfrom\b/;
const STATED_DATE = `(?:\\d{1,2}\\s+)?(?:${MONTH_PATTERN}\\s+)?(?:\\d{1,2},\\s+)?(?:19|20)\\d\\d`;
const FROM_TO = new RegExp(`\\bfrom\\s+(${STATED_DATE})\\s+(?:to|until|till|through)\\s+(${STATED_DATE})`, 'g');

function titleOfGroups(groups: Array<string | undefined>): { cls: TitleClass; title: string } | undefined {
  const index = groups.findIndex((g) => g !== undefined);
  return index < 0 ? undefined : { cls: TITLE_CLASSES[index], title: groups[index] as string };
}

const TITLE_GROUP_COUNT = TITLE_CLASSES.length;

/** Person–title claims in one sentence. */
export function titleClaims(sentence: SentenceInput, context: ClaimContext): PersonTitleClaim[] {
  const claims: PersonTitleClaim[] = [];
  const builder = new ClaimBuilder(sentence, context);
  if (PRENOMINAL_CUE.test(sentence.text)) for (const m of sentence.text.matchAll(PRENOMINAL)) claims.push(...prenominal(m, builder));
  // The name-first patterns try every capitalised word, so each runs only where its cue is.
  if (sentence.text.includes('(')) for (const m of sentence.text.matchAll(NAME_PARENTHETICAL)) claims.push(...parenthetical(m[1], m.index as number, builder));
  if (TITLE_OF_COUNTRY_CUE.test(sentence.text)) for (const m of sentence.text.matchAll(TITLE_OF_COUNTRY)) claims.push(...titleOfCountry(m, builder));
  if (APPOSITIVE_CUE.test(sentence.text)) for (const m of sentence.text.matchAll(APPOSITIVE)) claims.push(...appositive(m, builder));
  if (SERVED_AS_CUE.test(sentence.text)) for (const m of sentence.text.matchAll(SERVED_AS)) claims.push(...servedAs(m, builder));
  return dropDuplicates(claims);
}

function prenominal(m: RegExpMatchArray, b: ClaimBuilder): PersonTitleClaim[] {
  const start = m.index as number;
  const [, qualifier, countryWord] = m;
  const title = titleOfGroups(m.slice(3, 3 + TITLE_GROUP_COUNT));
  const name = m[3 + TITLE_GROUP_COUNT];
  if (!title) return [];
  const text = b.sentence.text;
  const titleStart = start + m[0].indexOf(title.title, countryWord ? m[0].indexOf(countryWord) + countryWord.length : 0);
  const nameStart = start + m[0].length - name.length;
  if (b.notTheOffice(titleStart, titleStart + title.title.length)) return [];
  // "PM" only in capitals and a title in lower case only after a qualifier or article keep noise out.
  const named = countryWord ? b.context.kb.countryOf(countryWord.replace(/[’']s$/, '')) : undefined;
  if (countryWord && !named && !/^(?:The|A|An)$/.test(countryWord)) return [];
  // "King Abdullah of Jordan": the country may follow the name.
  const after = OF_COUNTRY_AFTER.exec(text.slice(nameStart + name.length));
  const country = named ?? (after ? b.context.kb.countryOf(after[1].replace(/[’']s$/, '')) : undefined);
  const claims: PersonTitleClaim[] = [];
  const main = b.claim({
    name, nameStart, title, titleStart: countryWord && country ? start + m[0].indexOf(countryWord) : titleStart, titleEnd: titleStart + title.title.length,
    qualifier: qualifierOf(qualifier, text.slice(0, start)), country,
  });
  if (main) claims.push(main);
  claims.push(...parenthetical(name, nameStart, b));
  return claims;
}

function titleOfCountry(m: RegExpMatchArray, b: ClaimBuilder): PersonTitleClaim[] {
  const start = m.index as number;
  const [, qualifier, countryWord] = m;
  const title = titleOfGroups(m.slice(3, 3 + TITLE_GROUP_COUNT));
  const [ofCountry, comma, written, phraseEnds] = m.slice(3 + TITLE_GROUP_COUNT);
  if (!title || (!ofCountry && !comma)) return []; // "Prime Minister Abe" is the prenominal form
  // After a comma the name must end its phrase, or the title opens a list ("the president, Mr X and …").
  if (comma && phraseEnds === undefined) return [];
  // The title must say which country: a possessive or adjective before it, or "of <country>"
  // after it. A capitalised word before that is no country ("Yesterday") is not part of it.
  const before = countryWord ? b.context.kb.countryOf(countryWord.replace(/[’']s$/, '')) : undefined;
  if (before && ofCountry) return [];
  let country = before;
  let name = written;
  let nameAt = m[0].length - written.length;
  if (ofCountry) {
    country = b.context.kb.countryOf(ofCountry);
    // "of India Manmohan Singh": the two words read as the country may be a country and a first name.
    const [first, second] = ofCountry.split(/\s+/);
    if (!country && !comma && second) {
      country = b.context.kb.countryOf(first);
      if (country) {
        nameAt = m[0].lastIndexOf(second, nameAt);
        name = m[0].slice(nameAt);
      }
    }
  }
  // "the Taoiseach, Enda Kenny,": a title only one country's office carries names that country.
  country ??= b.context.kb.countryOfTitle(title.title);
  if (!country) return [];
  // A name the knowledge base does not know may be a place or an organisation.
  if (b.context.kb.findPersons(name).ids.length === 0) return [];
  const titleStart = start + m[0].indexOf(title.title, countryWord ? m[0].indexOf(countryWord) + countryWord.length : 0);
  const titleEnd = titleStart + title.title.length;
  if (b.notTheOffice(titleStart, titleEnd)) return [];
  const nameStart = start + nameAt;
  const claim = b.claim({ name, nameStart, title, titleStart: before ? start + m[0].indexOf(countryWord as string) : titleStart, titleEnd, qualifier: qualifierOf(qualifier, b.sentence.text.slice(0, start)), country });
  return claim ? [claim] : [];
}

/** The "(then foreign minister)" right after a name: a second claim about the same person. */
function parenthetical(name: string, nameStart: number, b: ClaimBuilder): PersonTitleClaim[] {
  const nameEnd = nameStart + name.length;
  const paren = PARENTHETICAL.exec(b.sentence.text.slice(nameEnd));
  if (!paren) return [];
  const title = titleOfGroups(paren.slice(3, 3 + TITLE_GROUP_COUNT));
  if (!title) return [];
  const start = nameEnd + paren[0].indexOf(paren[1]);
  const country = paren[2] ? b.context.kb.countryOf(paren[2].replace(/[’']s$/, '')) : undefined;
  if (paren[2] && !country) return [];
  const claim = b.claim({ name, nameStart, title, titleStart: start, titleEnd: nameEnd + paren[0].length - 1, qualifier: qualifierOf(paren[1], ''), country });
  return claim ? [claim] : [];
}

function appositive(m: RegExpMatchArray, b: ClaimBuilder): PersonTitleClaim[] {
  const start = m.index as number;
  const [, name, qualifier, countryWord] = m;
  const title = titleOfGroups(m.slice(4, 4 + TITLE_GROUP_COUNT));
  const ofCountry = m[4 + TITLE_GROUP_COUNT];
  if (!title) return [];
  // An appositive needs a name the knowledge base knows: "Moscow, the president …" is no claim.
  if (b.context.kb.findPersons(name).ids.length === 0) return [];
  const titleStart = start + m[0].lastIndexOf(title.title);
  if (b.notTheOffice(titleStart, titleStart + title.title.length)) return [];
  const countryText = (countryWord ?? ofCountry)?.replace(/[’']s$/, '');
  const country = countryText ? b.context.kb.countryOf(countryText) : undefined;
  if (countryText && !country) return [];
  const claim = b.claim({ name, nameStart: start, title, titleStart: start + name.length + 2, titleEnd: start + m[0].length, qualifier: qualifierOf(qualifier, ''), country });
  return claim ? [claim] : [];
}

function servedAs(m: RegExpMatchArray, b: ClaimBuilder): PersonTitleClaim[] {
  const start = m.index as number;
  const [, name, countryWord] = m;
  const title = titleOfGroups(m.slice(3, 3 + TITLE_GROUP_COUNT));
  const ofCountry = m[3 + TITLE_GROUP_COUNT];
  if (!title) return [];
  const countryText = (countryWord ?? ofCountry)?.replace(/[’']s$/, '');
  const country = countryText ? b.context.kb.countryOf(countryText) : undefined;
  const rest = b.sentence.text.slice(start + m[0].length - 'from'.length);
  const terms: ClaimTime[] = [];
  let end = start + m[0].length;
  for (const range of rest.matchAll(FROM_TO)) {
    const base = start + m[0].length - 'from'.length + (range.index as number);
    const from = statedDates(range[1])[0];
    const to = statedDates(range[2])[0];
    if (!from || !to) continue;
    const fromStart = base + range[0].indexOf(range[1]);
    const toStart = base + range[0].lastIndexOf(range[2]);
    terms.push({
      start: statedInterval(from).start,
      end: statedInterval(to).end,
      granularity: from.granularity === 'day' && to.granularity === 'day' ? 'day' : from.granularity === 'year' || to.granularity === 'year' ? 'year' : 'month',
      basis: 'stated',
      confidence: 1,
      span: { start: b.sentence.offset + fromStart, end: b.sentence.offset + toStart + range[2].length },
    });
    end = toStart + range[2].length;
  }
  if (terms.length === 0) return [];
  const titleStart = start + m[0].indexOf(title.title);
  // "served as Vice President from 2009 to 2017" is another office.
  if (b.notTheOffice(titleStart, titleStart + title.title.length)) return [];
  const claim = b.claim({ name, nameStart: start, title, titleStart, titleEnd: titleStart + title.title.length, qualifier: 'explicit', country, end });
  return claim ? [{ ...claim, terms }] : [];
}

function qualifierOf(word: string | undefined, before: string): Qualifier {
  const w = (word ?? /\b(then|former|ex|late)[\s-]+$/i.exec(before)?.[1] ?? '').toLowerCase();
  if (w === 'then') return 'then';
  if (w === 'former' || w === 'ex' || w === 'late') return 'former';
  if (w === 'future' || w === 'later') return 'future';
  return 'current';
}

function dropDuplicates(claims: PersonTitleClaim[]): PersonTitleClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const id = `${c.person.span.start}:${c.office.span.start}:${c.qualifier}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

interface ClaimParts {
  name: string;
  /** Sentence-relative offsets. */
  nameStart: number;
  title: { cls: TitleClass; title: string };
  titleStart: number;
  titleEnd: number;
  qualifier: Qualifier;
  country?: PlaceRecord;
  end?: number;
}

class ClaimBuilder {
  constructor(
    readonly sentence: SentenceInput,
    readonly context: ClaimContext,
  ) {}

  /** "Vice President X", "President-elect X", "the President's office". */
  notTheOffice(titleStart: number, titleEnd: number): boolean {
    const before = this.sentence.text.slice(Math.max(0, titleStart - 20), titleStart);
    if (NOT_THE_OFFICE_BEFORE.test(before)) return true;
    return NOT_THE_OFFICE_AFTER.test(this.sentence.text.slice(titleEnd));
  }

  claim(parts: ClaimParts): PersonTitleClaim | undefined {
    const { kb } = this.context;
    const name = parts.name.trim();
    // A title only one country's office carries names that country ("Taoiseach").
    const country = parts.country ?? kb.countryOfTitle(parts.title.title);
    if (!country && titleNeedsCountry(parts.title.title)) return undefined;
    const time = parts.qualifier === 'explicit' ? undefined : this.timeOf(parts.nameStart, parts.nameStart + name.length);
    const found = kb.findPersons(name);
    const resolved = kb.resolveTitleHolder(name, { titleClass: parts.title.cls, country, around: time });
    // A name that is one person's own, not holding the title, is still that person (a wrong title).
    const candidates = !found.bySurname && found.ids.length === 1 && resolved.ids.length === 0 ? found.ids : resolved.ids;
    if (found.bySurname && candidates.length === 0) return undefined;
    const personId = candidates.length === 1 ? candidates[0] : undefined;
    const terms = personId ? kb.termsWithTitle(personId, parts.title.cls, country) : [];
    const offset = this.sentence.offset;
    const nameSpan: Span = { start: offset + parts.nameStart, end: offset + parts.nameStart + name.length };
    const officeSpan: Span = { start: offset + parts.titleStart, end: offset + parts.titleEnd };
    const end = parts.end !== undefined ? offset + parts.end : Math.max(nameSpan.end, officeSpan.end);
    return {
      kind: 'person-title',
      span: { start: Math.min(nameSpan.start, officeSpan.start), end },
      sentence: this.sentence.index,
      key: `person-title:${personId ?? phraseKey(name)}`,
      person: { name, recordId: personId, span: nameSpan, candidateIds: candidates.length > 1 ? candidates : undefined },
      office: { title: parts.title.title, titleClass: parts.title.cls, officeKey: terms[0]?.officeKey, span: officeSpan, countryId: country?.id },
      qualifier: parts.qualifier,
      time,
      ...(this.reportsTheNews(Math.min(parts.nameStart, parts.titleStart), end - offset) ? { reportedNow: true } : {}),
    };
  }

  /** The sentence tells the news of the day: only said when the article's date is sure (from its metadata, not guessed), since the title is then held against that very day. */
  private reportsTheNews(claimStart: number, claimEnd: number): boolean {
    const sure = (this.context.reference?.confidence ?? 0) >= SURE_DATE;
    return sure && tellsTheNews({ text: this.sentence.text, start: claimStart, end: claimEnd, lead: this.sentence.lead, quotes: this.sentence.quotes });
  }

  /** A date stated in the clause of the person's name, or the document's date. */
  private timeOf(start: number, end: number): ClaimTime | undefined {
    // A bracketed aside ("(then foreign minister)") is not a clause of its own for dating:
    // "Taro Kono (then foreign minister) met him in 2018" is dated by the main clause.
    const text = this.sentence.text.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
    const clause = clauseAround(text, start, end);
    const dates = statedDates(text.slice(clause.start, clause.end));
    if (dates.length > 0) {
      const first = claimTimeOf(dates[0], this.sentence.offset + clause.start);
      const last = claimTimeOf(dates[dates.length - 1], this.sentence.offset + clause.start);
      return dates.length === 1 ? first : { ...first, end: last.end, granularity: 'year', span: { start: first.span?.start ?? 0, end: last.span?.end ?? 0 } };
    }
    const reference = this.context.reference;
    if (!reference) return undefined;
    return { start: reference.start, end: reference.end, granularity: 'day', basis: 'reference', confidence: reference.confidence };
  }
}
