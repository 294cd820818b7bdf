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
  /** The years in which the KB records every meeting of the series (inclusive); none: all years. */
  complete?: { from: number; to: number };
  /** False when the series' name alone names no meeting ("the AU in Addis Ababa"): it needs a meeting noun. */
  nameAlone: boolean;
  /** Only "summit" or "leaders' …" after the name names a meeting ("an ASEM meeting" may be of ministers). */
  summitOnly: boolean;
}

interface SeriesEntry {
  label?: unknown;
  names?: unknown;
  claims?: unknown;
  complete?: unknown;
  name_alone?: unknown;
  summit_only?: unknown;
}

function completeYears(key: string, value: unknown): SeriesInfo['complete'] {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== 2 || !value.every((y) => Number.isInteger(y)) || value[0] > value[1]) {
    throw new Error(`data/vocabulary/series.yml: "${key}": complete needs [first year, last year]`);
  }
  return { from: value[0] as number, to: value[1] as number };
}

/** `data/vocabulary/series.yml`, checked: each series has a label and a list of names. */
export const SERIES: SeriesInfo[] = Object.entries(vocabularyFile('series') as Record<string, SeriesEntry>).map(([key, entry]) => {
  if (typeof entry?.label !== 'string' || !Array.isArray(entry.names) || !entry.names.every((n) => typeof n === 'string')) {
    throw new Error(`data/vocabulary/series.yml: "${key}" needs a label and a list of names`);
  }
  const complete = completeYears(key, entry.complete);
  return { key, label: entry.label, names: entry.names as string[], claims: entry.claims !== false, ...(complete ? { complete } : {}), nameAlone: entry.name_alone !== false, summitOnly: entry.summit_only === true || entry.name_alone === false };
});

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

/**
 * Does the KB record the series' meetings only for some years (series.yml `complete`)? Then an
 * unrecorded meeting may be the one a text means, and the series dates no document.
 */
export function partlyRecorded(key: string): boolean {
  return seriesInfo(key)?.complete !== undefined;
}
