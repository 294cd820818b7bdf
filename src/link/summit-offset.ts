/**
 * "A million people marched on Saturday, two days after EU leaders at a summit in X agreed …":
 * the summit is dated by an offset from another day of the same sentence. News writes this
 * when the main clause reports a day ("on Saturday") and the summit is the earlier event the
 * offset counts back to. Only a weekday anchor is read (it is resolved against the article's
 * date, like "Saturday's"), and only when the offset's phrase leads up to the summit mention
 * within a few words, so the offset is the summit's and not another event's.
 */
import { weekdayNumber } from '../base/calendar.js';
import { NUMBER_PATTERN, parseCount } from '../extract/number-words.js';
import type { TimeWords } from './summit-time.js';

const WEEKDAY = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
/** How far before the summit the anchor weekday may stand. */
const REACH = 320;
/**
 * "on Saturday, two days after EU leaders at a" (ending where the summit's words start): the
 * weekday, then, within the same sentence part (no full stop or semicolon), the count, unit and
 * direction, then at most five words. Bounded by REACH characters. Another weekday between the
 * anchor and the offset leaves the anchor unclear (the sentence then stays quiet).
 */
const OFFSET_BEFORE = new RegExp(
  `\\bon\\s+(${WEEKDAY})\\b[^.;]{0,200}?\\b(${NUMBER_PATTERN})\\s+(days?|weeks?)\\s+(after|before)\\s+((?:[\\p{L}'’-]+\\s+){0,5})$`,
  'iu',
);

const ANOTHER_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\b`, 'i');

/** The summit's day as an offset from a weekday earlier in its sentence, if the sentence says so. */
export function offsetTime(text: string, mentionStart: number): TimeWords | undefined {
  const from = Math.max(0, mentionStart - REACH);
  const m = OFFSET_BEFORE.exec(text.slice(from, mentionStart));
  if (!m) return undefined;
  const gap = m[0].slice(m[0].indexOf(m[1]) + m[1].length);
  if (ANOTHER_WEEKDAY.test(gap)) return undefined;
  const weekday = weekdayNumber(m[1]);
  const count = parseCount(m[2]);
  if (weekday === undefined || count === undefined) return undefined;
  const days = count * (m[3].toLowerCase().startsWith('week') ? 7 : 1) * (m[4].toLowerCase() === 'after' ? -1 : 1);
  const start = from + m.index;
  const end = from + m.index + m[0].length - m[5].length;
  return { start, end, text: text.slice(start, end).trim(), relative: { kind: 'weekday-offset', weekday, days } };
}
