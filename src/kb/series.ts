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
  /** How reporters name the series' members before "leaders": "EU" ("EU leaders at a summit"). */
  members: string[];
  /** Where the series' body sits and its leaders meet for much else (a place claim there says nothing). */
  seat?: string;
}

interface SeriesEntry {
  label?: unknown;
  names?: unknown;
  claims?: unknown;
  complete?: unknown;
  name_alone?: unknown;
  summit_only?: unknown;
  members?: unknown;
  seat?: unknown;
}

/** `complete: [2018, 2020]` or `complete: 2015-2020` → { from, to } (inclusive years). */
function completeYears(key: string, value: unknown): SeriesInfo['complete'] {
  if (value === undefined) return undefined;
  const span = Array.isArray(value) ? value : /^(\d{4})\s*-\s*(\d{4})$/.exec(String(value))?.slice(1).map(Number);
  if (!span || span.length !== 2 || !span.every((y) => Number.isInteger(y)) || span[0] > span[1]) {
    throw new Error(`data/vocabulary/series.yml: "${key}": complete needs [first year, last year] or FIRST-LAST`);
  }
  return { from: span[0] as number, to: span[1] as number };
}

/** `data/vocabulary/series.yml`, checked: each series has a label and a list of names. */
export const SERIES: SeriesInfo[] = Object.entries(vocabularyFile('series') as Record<string, SeriesEntry>).map(([key, entry]) => {
  if (typeof entry?.label !== 'string' || !isWordList(entry.names) || (entry.members !== undefined && !isWordList(entry.members))) {
    throw new Error(`data/vocabulary/series.yml: "${key}" needs a label and a list of names`);
  }
  const complete = completeYears(key, entry.complete);
  const seat = typeof entry.seat === 'string' ? entry.seat : undefined;
  return {
    key, label: entry.label, names: entry.names, claims: entry.claims !== false, ...(complete ? { complete } : {}),
    nameAlone: entry.name_alone !== false, summitOnly: entry.summit_only === true || entry.name_alone === false,
    members: entry.members ?? [], ...(seat ? { seat } : {}),
  };
});

function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'string');
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

/**
 * Does the KB record the series' meetings only for some years (series.yml `complete`)? Then an
 * unrecorded meeting may be the one a text means, and the series dates no document.
 */
export function partlyRecorded(key: string): boolean {
  return seriesInfo(key)?.complete !== undefined;
}

/** Does the KB record every meeting of the series from `fromYear` to `toYear`? Always, for a series without `complete`. */
export function yearsRecordedInFull(key: string, fromYear: number, toYear: number): boolean {
  const complete = seriesInfo(key)?.complete;
  return !complete || (fromYear >= complete.from && toYear <= complete.to);
}
