/**
 * Reading another layer's mentions from the comparison layer. The analyzers for claims,
 * quotes and time are built by other layers; a run without one of them compares what it
 * has instead of failing.
 */
import type { AnalyzedDocument } from '../analysis/document.js';
import type { MentionKind, MentionMap } from '../analysis/mentions.js';

const NOT_REGISTERED = 'No analyzer registered';

/** The mentions of `kind`, or `undefined` when the document's registry has no analyzer for it. */
export function mentionsOf<K extends MentionKind>(document: AnalyzedDocument, kind: K): MentionMap[K] | undefined {
  try {
    return document.get(kind);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(NOT_REGISTERED)) return undefined;
    throw error;
  }
}

interface TimeInfoLike {
  date?: string | null;
}

/** The document's date: its metadata, else what the `time` analyzer inferred. */
export function documentDate(document: AnalyzedDocument): string | undefined {
  if (document.doc.metadata.date) return document.doc.metadata.date;
  const time = mentionsOf(document, 'time' as MentionKind) as unknown as TimeInfoLike | undefined;
  return time?.date ?? undefined;
}
