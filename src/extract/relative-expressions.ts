/**
 * Relative date expressions, found by pattern rather than by chrono-node: chrono resolves
 * "last year" against the run's clock and throws the structure away, whereas factlint needs
 * the offset itself ({unit: 'year', amount: -1}) to resolve it later against the right
 * anchor — the document's date or a date the text has just set.
 */
import type { Span } from '../load/document.js';
import type { DateMention } from '../analysis/mentions.js';
import { NUMBER_PATTERN, parseCount } from './number-words.js';
import { weekdayNumber } from '../base/calendar.js';

export type RelativeUnit = NonNullable<DateMention['relative']>['unit'];

export interface RelativeMatch {
  span: Span;
  text: string;
  relative: NonNullable<DateMention['relative']>;
  /** 'document': counted from the date of writing; 'mention': from a date the text sets nearby. */
  anchor: 'document' | 'mention';
  /** For "a week before the January 22 summit": the anchor date follows the expression. */
  anchorFollows?: boolean;
  /** Weekday for "last Tuesday", "on Tuesday" forms (0 = Sunday). */
  weekday?: number;
  /** "over twenty years ago": the count is a lower bound; "nearly": an upper bound. */
  bound?: 'more-than' | 'less-than' | 'about';
}

const UNIT = '(day|week|month|year|decade)s?';
const QUALIFIER = '(?:(over|more than|nearly|almost|about|around|some|roughly|approximately|at least|less than|under|just over|well over)\\s+)?';

const PATTERNS: Array<{ re: RegExp; build(m: RegExpExecArray): Omit<RelativeMatch, 'span' | 'text'> | undefined }> = [
  {
    // "over twenty years ago", "three weeks ago"
    re: new RegExp(`\\b${QUALIFIER}(${NUMBER_PATTERN})\\s+${UNIT}\\s+ago\\b`, 'gi'),
    build: (m) => counted(m[2], m[3], -1, m[1], 'document'),
  },
  {
    // "a week before the January 22 summit", "two days later", "a month earlier"
    re: new RegExp(`\\b${QUALIFIER}(${NUMBER_PATTERN})\\s+${UNIT}\\s+(before|after|earlier|later|prior to)\\b`, 'gi'),
    build: (m) => {
      const backwards = /before|earlier|prior/i.test(m[4]);
      const built = counted(m[2], m[3], backwards ? -1 : 1, m[1], 'mention');
      return built && { ...built, anchorFollows: /before|after|prior/i.test(m[4]) };
    },
  },
  {
    // "the following day", "the next week", "the previous year", "the day before"
    re: /\bthe\s+(?:(following|next|previous|preceding)\s+(day|week|month|year)|(day|week|month|year)\s+(before|after))\b/gi,
    build: (m) => {
      const unit = (m[2] ?? m[3]).toLowerCase() as RelativeUnit;
      const forward = /following|next|after/i.test(m[1] ?? m[4]);
      return { relative: { unit, amount: forward ? 1 : -1 }, anchor: 'mention' };
    },
  },
  {
    // "last year", "next week", "this month", "last decade"
    re: /\b(last|next|this|past|coming)\s+(week|month|year|decade)\b(?!s)/gi,
    build: (m) => {
      const word = m[1].toLowerCase();
      if (word === 'past' || word === 'coming') return undefined; // "the past year" is a duration
      const amount = word === 'last' ? -1 : word === 'next' ? 1 : 0;
      return { relative: { unit: m[2].toLowerCase() as RelativeUnit, amount }, anchor: 'document' };
    },
  },
  {
    // "last Tuesday", "next Friday", "this Monday"
    re: /\b(last|next|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    build: (m) => {
      const amount = /last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0;
      return { relative: { unit: 'week', amount }, anchor: 'document', weekday: weekdayNumber(m[2]) };
    },
  },
  {
    re: /\b(yesterday|today|tomorrow|tonight)\b/gi,
    build: (m) => {
      const word = m[1].toLowerCase();
      const amount = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { relative: { unit: 'day', amount }, anchor: 'document' };
    },
  },
];

function counted(count: string, unit: string, sign: number, qualifier: string | undefined, anchor: RelativeMatch['anchor']): Omit<RelativeMatch, 'span' | 'text'> | undefined {
  const n = parseCount(count);
  if (n === undefined || n === 0) return undefined;
  const relative: RelativeMatch['relative'] = { unit: unit.toLowerCase() as RelativeUnit, amount: sign * n };
  if (qualifier || /^(?:a couple of|several|a few)$/i.test(count)) relative.approximate = true;
  return qualifier ? { relative, anchor, bound: boundOf(qualifier) } : { relative, anchor };
}

/** "over twenty years ago": at least twenty; "nearly": a little less; "about": either way. */
function boundOf(qualifier: string): 'more-than' | 'less-than' | 'about' {
  const q = qualifier.toLowerCase();
  if (/over|more than|at least/.test(q)) return 'more-than';
  if (/nearly|almost|less than|under/.test(q)) return 'less-than';
  return 'about';
}

/** Every relative expression in `text` (offsets shifted by `offset`), leftmost-longest. */
export function findRelativeExpressions(text: string, offset = 0): RelativeMatch[] {
  const found: RelativeMatch[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const built = build(m);
      if (!built) continue;
      found.push({ ...built, span: { start: offset + m.index, end: offset + m.index + m[0].length }, text: m[0] });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.span.start <= m.span.start && m.span.end <= o.span.end));
}
