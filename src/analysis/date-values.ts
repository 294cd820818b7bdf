/** The days a date mention states by itself, without the document's date. */
import type { DateMention } from './mentions.js';
import { isValidDay, rangeOfParts } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';

/** The days a mention states outright (with its year), or undefined. */
export function statedRange(mention: DateMention): DayRange | undefined {
  const { year, month, day } = mention.stated;
  if (year === undefined || mention.kind === 'relative') return undefined;
  if (month !== undefined && day !== undefined && !isValidDay(year, month, day)) return undefined;
  const start = rangeOfParts(year, month, day);
  const endParts = mention.statedEnd;
  if (endParts && (endParts.year ?? year)) {
    const end = rangeOfParts(endParts.year ?? year, endParts.month ?? (endParts.day ? month : undefined), endParts.day);
    return { start: start.start, end: end.end };
  }
  return start;
}
