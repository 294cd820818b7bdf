/**
 * Agreements named in a text, from the alias matches of the whole KB: by name or alias
 * anywhere, by a descriptive phrase only when the text also names the parties.
 */
import type { IndexedMatch } from './alias-index.js';
import type { AgreementRecord } from './types.js';

/** An agreement named in a text, by name/alias or by a descriptive phrase with its parties. */
export interface AgreementMention {
  record: AgreementRecord;
  start: number;
  end: number;
  text: string;
  via: 'name' | 'alias' | 'phrase';
  /** Party place ids named in the text (required for phrase matches). */
  partiesNamed: string[];
}

export function agreementsNamed(matches: readonly IndexedMatch[], agreement: (id: string) => AgreementRecord): AgreementMention[] {
  const named = new Set(matches.filter((m) => m.kind === 'place').flatMap((m) => m.recordIds));
  const out: AgreementMention[] = [];
  for (const match of matches) {
    if (match.kind !== 'agreement') continue;
    for (const id of match.recordIds) {
      const record = agreement(id);
      const partiesNamed = record.partyIds.filter((p) => named.has(p));
      const via = match.via === 'phrase' ? 'phrase' : match.via === 'name' ? 'name' : 'alias';
      if (via === 'phrase' && !partiesCovered(record, partiesNamed)) continue;
      out.push({ record, start: match.start, end: match.end, text: match.text, via, partiesNamed });
    }
  }
  return out;
}

function partiesCovered(record: AgreementRecord, named: string[]): boolean {
  // A bilateral agreement needs both parties named; a wider one needs at least two.
  const needed = Math.min(record.partyIds.length, 2);
  return needed > 0 && named.length >= needed;
}
