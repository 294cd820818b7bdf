/**
 * Summit series names: the many ways the press writes them ("G-20", "Group of Twenty",
 * "G8") normalised to the series keys used in event records ('G20', 'G7/G8', …).
 */
import { phraseKey } from '../base/names.js';

export interface SeriesInfo {
  key: string;
  /** A readable label for messages. */
  label: string;
  /** Names of the series (the alias index adds "… summit" forms). */
  names: string[];
}

export const SERIES: SeriesInfo[] = [
  { key: 'G20', label: 'G20', names: ['G20', 'G-20', 'G 20', 'Group of 20', 'Group of Twenty'] },
  { key: 'G7/G8', label: 'G7/G8', names: ['G7', 'G-7', 'G8', 'G-8', 'Group of Seven', 'Group of Eight', 'Group of 7', 'Group of 8'] },
  { key: 'ASEAN', label: 'ASEAN', names: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South-East Asian Nations'] },
  { key: 'EAS', label: 'East Asia Summit', names: ['East Asia Summit', 'EAS'] },
  { key: 'APEC', label: 'APEC', names: ['APEC', 'Apec', 'Asia-Pacific Economic Cooperation', "APEC Economic Leaders' Meeting"] },
  { key: 'BRICS', label: 'BRICS', names: ['BRICS', 'Brics'] },
  { key: 'SCO', label: 'SCO', names: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'] },
  { key: 'NATO', label: 'NATO', names: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'] },
  { key: 'Japan-Russia bilateral', label: 'Japan–Russia summit', names: [] },
];

const BY_PHRASE = new Map<string, string>();
for (const series of SERIES) {
  BY_PHRASE.set(phraseKey(series.key), series.key);
  for (const name of series.names) BY_PHRASE.set(phraseKey(name), series.key);
}

const SUMMIT_WORDS = /\s+(summit|summits|leaders'? summit|leaders'? meeting|meeting|economic leaders'? meeting)$/i;

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
