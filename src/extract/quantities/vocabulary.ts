/**
 * The word lists of quantity extraction, read from `data/vocabulary/quantities.yml` into the
 * shapes the parser uses (sets for membership, tables for values), once per process.
 */
import type { QuantityClaim } from '../../analysis/mentions.js';
import { listTable, numberTable, wordTable, words } from '../../base/vocabulary.js';

export type Bound = QuantityClaim['bound'];

const FILE = 'quantities';
const BOUND_NAMES: readonly Bound[] = ['exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most'];

export const NUMBER_WORDS: Readonly<Record<string, number>> = numberTable(FILE, 'number_words');
export const SCALES: Readonly<Record<string, number>> = numberTable(FILE, 'scales');
export const ABBREVIATED_SCALES: ReadonlySet<string> = new Set(words(FILE, 'abbreviated_scales'));
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable(FILE, 'currency_symbols');
export const CURRENCY_WORDS: Readonly<Record<string, string>> = wordTable(FILE, 'currency_words');

/** Units of time, in years ("decade" → 10). */
export const DURATION_UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(numberTable(FILE, 'duration_days')).map(([unit, days]) => [unit, days / 365.25]),
);

/** Bound phrases as words, longest first so "no more than" wins over "more than". */
export const BOUND_PHRASES: ReadonlyArray<[string[], Bound]> = Object.entries(wordTable(FILE, 'bounds'))
  .map(([phrase, bound]): [string[], Bound] => {
    if (!BOUND_NAMES.includes(bound as Bound)) throw new Error(`data/vocabulary/${FILE}.yml: bound "${phrase}" is "${bound}", not one of ${BOUND_NAMES.join(', ')}`);
    return [phrase.split(' '), bound as Bound];
  })
  .sort((a, b) => b[0].length - a[0].length);

export const PHRASE_STOPS: ReadonlySet<string> = new Set(words(FILE, 'phrase_stops'));
export const LABEL_WORDS: ReadonlySet<string> = new Set(words(FILE, 'label_words'));
export const WINDOW_WORDS: ReadonlySet<string> = new Set(words(FILE, 'window_words'));
export const NOT_A_LENGTH_AFTER: ReadonlySet<string> = new Set(words(FILE, 'not_a_length_after'));
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = wordTable(FILE, 'irregular_plurals');
export const S_SINGULARS: ReadonlySet<string> = new Set(words(FILE, 's_singulars'));

/** Each verb form → its class ("met" → meet). */
export const VERB_CLASSES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(listTable(FILE, 'verb_classes')).flatMap(([cls, forms]) => forms.map((form) => [form, cls])),
);

export const RATE_UNITS: ReadonlySet<string> = new Set(words(FILE, 'rate_units'));
export const RATE_ADVERBS: Readonly<Record<string, string>> = wordTable(FILE, 'rate_adverbs');
