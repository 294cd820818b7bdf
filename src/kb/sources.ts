/** The sources a finding cites: each record's own page, each distinct URL once. */
import type { KbRecord, SourceRef } from './types.js';

function titleOf(record: KbRecord): string | undefined {
  switch (record.kind) {
    case 'office-term': return `${record.person}, ${record.office}`;
    default: return record.name;
  }
}

export function sourceOf(record: KbRecord): SourceRef {
  return { url: record.source, recordId: record.id, title: titleOf(record) };
}

/** One source per distinct URL, in the order the records come (several terms often cite one page). */
export function sourcesOf(records: readonly KbRecord[]): SourceRef[] {
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  for (const record of records) {
    if (seen.has(record.source)) continue;
    seen.add(record.source);
    sources.push(sourceOf(record));
  }
  return sources;
}
