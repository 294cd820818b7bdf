/**
 * Durations as news writes them: "for more than 75 years", "over twenty years ago", "for a
 * quarter of a century", "more than six decades", "seven years on", "two and a half years",
 * "18 months". Each carries its length in years, how the words bound it ("more than",
 * "nearly", "about") and whether it is a round figure ("a decade" is used loosely). What a
 * duration is measured against (a start and an end the sentence gives) is found by
 * `duration-anchors.ts`; the `elapsed-time` rule checks the arithmetic. Word lists:
 * `data/vocabulary/durations.yml`.
 */
import type { Analyzer } from '../analysis/document.js';
import type { DurationBound, DurationMention } from '../analysis/mentions.js';
import { alternation, words } from '../base/vocabulary.js';
import { NUMBER_PATTERN, parseCount } from './number-words.js';
import { anchorDurations } from './duration-anchors.js';
import { anchorIntoOffice, anchorOfficeStarts, anchorTenures } from './office-start.js';

export type { DurationBound, DurationMention };

const list = (name: string) => words('durations', name);

const BOUNDS: Array<[DurationBound, string[]]> = [
  ['more-than', list('more_than')],
  ['less-than', list('less_than')],
  ['about', list('about')],
];
const QUALIFIER = alternation(BOUNDS.flatMap(([, phrases]) => phrases));
const FRACTION = alternation([...list('quarter_of'), ...list('half_of')]);
const AND_HALF = alternation(list('and_a_half'));
const UNIT = alternation([...list('years'), ...list('decades'), ...list('centuries'), ...list('months')]);
const AGO = alternation(list('ago'));
const COUNTING_ON = alternation(list('counting_on'));

/**
 * [qualifier] (fraction | number [and a half]) unit [and a half] [ago], or followed by "on",
 * "after", "since" (read, not part of the mention). Groups: 1 qualifier, 2 fraction, 3 number,
 * 4 "and a half" before the unit, 5 unit, 6 "and a half" after it, 7 "ago", 8 the word after.
 */
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(${QUALIFIER})\\s+)?(?:(${FRACTION})\\s+|(${NUMBER_PATTERN})(?:\\s+(${AND_HALF}))?\\s+)(${UNIT})(?:\\s+(${AND_HALF}))?(?:,?\\s+(${AGO})|(?=\\s+(${COUNTING_ON})(?![\\p{L}]))|)(?![\\p{L}\\p{N}-])`,
  'giu',
);
const NOT_ELAPSED_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(list('not_elapsed_before'))}\\s+(?:the\\s+)?$`, 'iu');
const NOT_ELAPSED_AFTER = new RegExp(`^\\s*${alternation(list('not_elapsed_after'))}(?![\\p{L}])`, 'iu');

const UNIT_YEARS = new Map<string, number>([
  ...list('years').map((u): [string, number] => [u.toLowerCase(), 1]),
  ...list('decades').map((u): [string, number] => [u.toLowerCase(), 10]),
  ...list('centuries').map((u): [string, number] => [u.toLowerCase(), 100]),
  ...list('months').map((u): [string, number] => [u.toLowerCase(), 1 / 12]),
]);
const ROUND_UNITS = new Set(list('round_units').map((u) => u.toLowerCase()));
const PLURAL_UNIT = /s$/i;

export function findDurations(text: string, offset: number, sentence: number): DurationMention[] {
  const found: DurationMention[] = [];
  for (const m of text.matchAll(DURATION)) {
    const start = m.index as number;
    const duration = read(m);
    if (!duration) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 20);
    // "the next ten years", "19 years old", "two years later": not a length of time elapsed.
    if (!m[1] && NOT_ELAPSED_BEFORE.test(before)) continue;
    if (!m[7] && NOT_ELAPSED_AFTER.test(after)) continue;
    const follower = (m[7] ?? m[8])?.toLowerCase();
    found.push({
      span: { start: offset + start, end: offset + start + m[0].length },
      text: m[0],
      sentence,
      years: duration.years,
      unitYears: duration.unitYears,
      bound: m[1] ? boundOf(m[1]) : 'exact',
      ago: follower === 'ago',
      ...(duration.round ? { round: true } : {}),
      ...(follower && follower !== 'ago' ? { follower: follower as DurationMention['follower'] } : {}),
    });
  }
  return found;
}

/** The length in years, or undefined when the words do not make one ("a years", "19 year olds"). */
function read(m: RegExpMatchArray): { years: number; unitYears: number; round: boolean } | undefined {
  const unit = m[5].toLowerCase();
  const perUnit = UNIT_YEARS.get(unit);
  if (perUnit === undefined) return undefined;
  const plural = PLURAL_UNIT.test(unit);
  const half = m[4] || m[6] ? 0.5 : 0;
  let count: number | undefined;
  if (m[2]) {
    // "a quarter of a century", "half a decade": a fraction of one unit.
    if (plural) return undefined;
    count = /quarter/i.test(m[2]) ? 0.25 : 0.5;
  } else {
    count = parseCount(m[3]);
    if (count === undefined || count === 0) return undefined;
    // "two years", "a year", "a year and a half", "two and a half years"; a singular unit
    // after a larger number is a modifier ("19 year olds", "a 10 year plan"), not a duration.
    const wantsPlural = m[4] !== undefined || count !== 1;
    if (plural !== wantsPlural) return undefined;
    count += half;
  }
  const round = ROUND_UNITS.has(unit) || m[2] !== undefined;
  return { years: count * perUnit, unitYears: perUnit, round };
}

function boundOf(qualifier: string): DurationBound {
  const q = qualifier.toLowerCase().replace(/\s+/g, ' ');
  return BOUNDS.find(([, phrases]) => phrases.includes(q))?.[0] ?? 'about';
}

export const durationAnalyzer: Analyzer<'durations'> = {
  kind: 'durations',
  analyze: (ctx) => {
    const sentences = ctx.doc.sentences.filter((s) => /\b(?:years?|decades?|century|centuries|months?)\b/i.test(s.text));
    const durations = sentences.flatMap((s) => findDurations(s.text, s.span.start, s.index));
    if (durations.length === 0) return durations;
    const anchored = anchorOfficeStarts(ctx.doc, anchorDurations(ctx.doc, durations, ctx.get('dates')));
    const entities = () => ctx.get('entities');
    return anchorIntoOffice(ctx.doc, anchorTenures(ctx.doc, anchored, entities), entities);
  },
};
