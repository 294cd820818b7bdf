/**
 * Durations in years: "for more than 75 years", "over twenty years ago", "for a decade".
 * The `elapsed-time` rule checks them against the dates the text and the calendar give.
 */
import type { Analyzer } from '../analysis/document.js';
import type { DurationBound, DurationMention } from '../analysis/mentions.js';

export type { DurationBound, DurationMention };
import { NUMBER_PATTERN, parseCount } from './number-words.js';

const QUALIFIER = '(over|more than|nearly|almost|about|around|some|roughly|approximately|at least|less than|under|well over|just over|close to)';
const DURATION = new RegExp(`\\b(?:${QUALIFIER}\\s+)?(${NUMBER_PATTERN})\\s+(years?|decades?)(?:\\s+(ago|old|before|after|earlier|later|from now))?\\b`, 'gi');

export function findDurations(text: string, offset: number, sentence: number): DurationMention[] {
  const found: DurationMention[] = [];
  for (const m of text.matchAll(DURATION)) {
    const count = parseCount(m[2]);
    const follower = m[4]?.toLowerCase();
    // Ages, offsets between two events and future spans are not elapsed time.
    if (count === undefined || count === 0 || (follower && follower !== 'ago')) continue;
    const years = /decade/i.test(m[3]) ? count * 10 : count;
    found.push({
      span: { start: offset + m.index, end: offset + m.index + m[0].length },
      text: m[0],
      sentence,
      years,
      bound: boundOf(m[1]),
      ago: follower === 'ago',
    });
  }
  return found;
}

function boundOf(qualifier: string | undefined): DurationBound {
  if (!qualifier) return 'exact';
  const q = qualifier.toLowerCase();
  if (/over|more than|at least/.test(q)) return 'more-than';
  if (/nearly|almost|less than|under|close to/.test(q)) return 'less-than';
  return 'about';
}

export const durationAnalyzer: Analyzer<'durations'> = {
  kind: 'durations',
  analyze: ({ doc }) => doc.sentences
    .filter((s) => /\b(?:years?|decades?)\b/i.test(s.text))
    .flatMap((s) => findDurations(s.text, s.span.start, s.index)),
};
