/**
 * Clause boundaries inside a sentence. A date binds to a claim only inside the same
 * clause: in "Back in 1999, Russia signed X with China, which created a positive
 * atmosphere, and only after negotiated border questions", 1999 belongs to the signing,
 * not to what came after.
 */

/** Where one clause ends and the next begins: semicolons, dashes, brackets, and a comma before a new clause. */
const CLAUSE_BREAK = /;|:\s|\s[—–-]{1,2}\s|—|[()[\]]|,\s+(?=(?:which|who|whereas|while|but|and|although|though|when|after|before|as|because|since|so|yet|or)\b)/g;

export interface Clause {
  start: number;
  end: number;
}

/** The clause of `text` that contains the range [start, end) (offsets relative to `text`). */
export function clauseAround(text: string, start: number, end: number): Clause {
  let clauseStart = 0;
  let clauseEnd = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const breakStart = m.index;
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= start) clauseStart = breakEnd;
    else if (breakStart >= end) {
      clauseEnd = breakStart;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}
