/**
 * A person's tenures: each unbroken stretch in one office. Re-election starts a new term in
 * the records but not a new tenure — "Obama took office six years ago" counts from 2009, not
 * from the second inauguration in 2013 — so terms of one office that follow each other within
 * a month are joined. Acting and disputed terms are left out: they are not when a person
 * "took office" in the sense a reporter means.
 */
import { addDays, compareIso, partialDateRange } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import type { OfficeTermRecord } from './types.js';

export interface Tenure {
  officeKey: string;
  /** The days the first term's start may fall on (a partial date is a range). */
  start: DayRange;
  terms: OfficeTermRecord[];
}

/** Terms of one office closer than this are one tenure (an inauguration follows an election's end of term). */
const JOIN_DAYS = 31;

export function tenuresOf(terms: OfficeTermRecord[]): Tenure[] {
  const sorted = terms.filter((t) => !t.acting && !t.disputed).sort((a, b) => compareIso(partialDateRange(a.start).start, partialDateRange(b.start).start));
  const tenures: Tenure[] = [];
  for (const term of sorted) {
    const open = tenures.find((t) => t.officeKey === term.officeKey && continues(t.terms[t.terms.length - 1], term));
    if (open) open.terms.push(term);
    else tenures.push({ officeKey: term.officeKey, start: partialDateRange(term.start), terms: [term] });
  }
  return tenures;
}

function continues(previous: OfficeTermRecord, next: OfficeTermRecord): boolean {
  if (!previous.end) return true;
  return compareIso(partialDateRange(next.start).start, addDays(partialDateRange(previous.end).end, JOIN_DAYS)) <= 0;
}
