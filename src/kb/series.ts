/**
 * Summit series names: the many ways the press writes them ("G-20", "Group of Twenty",
 * "G8") normalised to the series keys used in event records ('G20', 'G7/G8', …).
 */
import { phraseKey } from '../base/names.js';
import { vocabularyFile } from '../base/vocabulary.js';

export interface SeriesInfo {
  key: string;
  /** A readable label for messages. */
  label: string;
  /** Names of the series (the alias index adds "… summit" forms). */
  names: string[];
  /** False for a series the KB records but whose claims in articles are not checked yet. */
  claims: boolean;
  /** How reporters name the series' members before "leaders": "EU" ("EU leaders at a summit"). */
  members: string[];
  /** The years for which the KB records every meeting of the series; absent: all of them. */
  complete?: { from: number; to: number };
  /** Where the series' body sits and its leaders meet for much else (a place claim there says nothing). */
  seat?: string;
}

interface SeriesEntry {
  label?: unknown;
  names?: unknown;
  claims?: unknown;
  members?: unknown;
  complete?: unknown;
  seat?: unknown;
}

/** `data/vocabulary/series.yml`, checked: each series has a label and a list of names. */
export const SERIES: SeriesInfo[] = Object.entries(vocabularyFile('series') as Record<string, SeriesEntry>).map(([key, entry]) => {
  if (typeof entry?.label !== 'string' || !isWordList(entry.names) || (entry.members !== undefined && !isWordList(entry.members))) {
    throw new Error(`data/vocabulary/series.yml: "${key}" needs a label and a list of names`);
  }
  const complete = entry.complete === undefined ? undefined : yearSpan(key, entry.complete);
  const seat = typeof entry.seat === 'string' ? entry.seat : undefined;
  return { key, label: entry.label, names: entry.names, claims: entry.claims !== false, members: entry.members ?? [], ...(complete ? { complete } : {}), ...(seat ? { seat } : {}) };
});

function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'string');
}

/** "2015-2020" → { from: 2015, to: 2020 }. */
function yearSpan(key: string, value: unknown): { from: number; to: number } {
  const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(String(value));
  if (!m || Number(m[1]) > Number(m[2])) throw new Error(`data/vocabulary/series.yml: "${key}" complete must be written FROM-TO (years)`);
  return { from: Number(m[1]), to: Number(m[2]) };
}

const BY_PHRASE = new Map<string, string>();
for (const series of SERIES) {
  BY_PHRASE.set(phraseKey(series.key), series.key);
  for (const name of series.names) BY_PHRASE.set(phraseKey(name), series.key);
}

const SUMMIT_WORDS = /(?<!\s)\s+(summit|summits|leaders'? summit|leaders'? meeting|meeting|economic leaders'? meeting)$/i;

/**
 * The series key for a name as written: "G-20", "G20 summit", "Group of Twenty" → 'G20';
 * "G8", "G7" → 'G7/G8'; "Shanghai Cooperation Organisation" → 'SCO'. Unknown → undefined.
 */
export function normalizeSeries(name: string): string | undefined {
  const trimmed = name.trim();
  const direct = BY_PHRASE.get(phraseKey(trimmed));
  if (direct) return direct;
  const withoutSummit = trimmed.replace(SUMMIT_WORDS, '');
  return BY_PHRASE.get(phraseKey(withoutSummit));
}

export function seriesInfo(key: string): SeriesInfo | undefined {
  return SERIES.find((s) => s.key === key);
}
