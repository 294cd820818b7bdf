/**
 * Word lists for quantity extraction: number words, scales, currencies, bounds, units and
 * the small closed-class words that end a noun phrase. Kept apart from the parser so the
 * parser reads as grammar, not as vocabulary.
 */
import type { QuantityClaim } from '../analysis/mentions.js';

export type Bound = QuantityClaim['bound'];

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12,
};

/** Abbreviated scales are only read straight after digits ("¥20bn", "$3m"), never as words. */
export const ABBREVIATED_SCALES = new Set(['k', 'm', 'mn', 'bn', 'tn']);

export const CURRENCY_SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', $: 'USD',
  '¥': 'JPY', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₹': 'INR', '₩': 'KRW',
};

export const CURRENCY_WORDS: Record<string, string> = {
  yen: 'JPY', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', yuan: 'CNY', renminbi: 'CNY',
  won: 'KRW', rupee: 'INR', rupees: 'INR',
};

/** Units of time, in years, for durations ("more than 75 years", "seven decades"). */
export const DURATION_UNITS: Record<string, number> = {
  year: 1, years: 1, decade: 10, decades: 10, century: 100, centuries: 100,
  month: 1 / 12, months: 1 / 12, week: 7 / 365.25, weeks: 7 / 365.25, day: 1 / 365.25, days: 1 / 365.25,
};

/** Bound phrases, longest first so "no more than" wins over "more than". */
export const BOUND_PHRASES: Array<[string[], Bound]> = (
  [
    ['no more than', 'at-most'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
    ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['an estimated', 'about'],
    ['more than', 'more-than'], ['greater than', 'more-than'], ['just over', 'more-than'], ['well over', 'more-than'],
    ['fewer than', 'less-than'], ['less than', 'less-than'], ['just under', 'at-most'],
    ['at least', 'at-least'], ['at most', 'at-most'], ['up to', 'at-most'], ['as many as', 'at-most'],
    ['close to', 'about'], ['some', 'about'], ['approximately', 'about'], ['about', 'about'],
    ['around', 'about'], ['roughly', 'about'], ['nearly', 'at-most'], ['almost', 'at-most'],
    ['over', 'more-than'], ['under', 'less-than'], ['estimated', 'about'], ['approx', 'about'],
  ] as Array<[string, Bound]>
).map(([phrase, bound]) => [phrase.split(' '), bound]);

/** Words that end a noun phrase (determiners, prepositions, conjunctions, auxiliaries). */
export const PHRASE_STOPS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'from', 'to', 'for',
  'with', 'by', 'and', 'or', 'but', 'as', 'than', 'per', 'into', 'over', 'under', 'who', 'which',
  'whom', 'whose', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'it', 'its', 'their', 'they', 'he', 'she', 'we', 'you',
  'i', 'his', 'her', 'our', 'my', 'your', 'since', 'after', 'before', 'during', 'while', 'when',
  'where', 'ago', 'each', 'every', 'more', 'less', 'about', 'around', 'across', 'between', 'among',
  'not', 'so', 'if', 'then', 'there', 'here', 'all', 'both', 'either', 'neither', 'also', 'only',
]);

/** Words before a number that make it a label, not a quantity ("Article 9", "page 12"). */
export const LABEL_WORDS = new Set([
  'article', 'section', 'chapter', 'paragraph', 'page', 'pages', 'no', 'number', 'resolution',
  'flight', 'route', 'item', 'clause', 'annex', 'rule', 'level', 'phase', 'stage', 'grade',
  'class', 'size', 'version', 'type', 'model', 'room', 'gate', 'platform', 'highway', 'line',
  'category', 'figure', 'table', 'vol', 'volume', 'episode', 'season', 'part', 'step', 'act',
  'aged', 'age', 'ages', 'score', 'scored', 'ranked', 'rank', 'number', 'top', 'g', 'p',
]);

/** Words before a duration that make it a time window ("the next six years"), not a fact. */
export const WINDOW_WORDS = new Set(['next', 'last', 'past', 'previous', 'first', 'coming', 'following', 'recent', 'few', 'several', 'many']);

/** Plurals that do not end in "s". */
export const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', police: 'police',
  personnel: 'personnel', staff: 'staff', troops: 'troop', cattle: 'cattle', sheep: 'sheep',
  fish: 'fish', aircraft: 'aircraft', feet: 'foot', teeth: 'tooth', mice: 'mouse', data: 'datum',
};

/** Singular nouns ending in "s" that must not lose it. */
export const S_SINGULARS = new Set(['news', 'series', 'species', 'status', 'bus', 'gas', 'crisis', 'analysis', 'basis', 'census', 'campus', 'virus', 'us', 'this', 'is', 'was', 'has', 'its']);

/**
 * Verbs that give a count of occasions or an amount of money its subject ("met Putin 27
 * times", "spent ¥20 billion"), grouped so that synonyms share one key.
 */
export const VERB_CLASSES: Record<string, string> = {
  met: 'meet', meet: 'meet', meets: 'meet', meeting: 'meet', meetings: 'meet', held: 'meet', talks: 'meet',
  visited: 'visit', visit: 'visit', visits: 'visit', visiting: 'visit', travelled: 'visit', traveled: 'visit',
  spoke: 'speak', spoken: 'speak', speak: 'speak', talked: 'speak', phoned: 'speak', called: 'speak',
  spent: 'spend', spend: 'spend', spending: 'spend', invested: 'spend', invest: 'spend', investing: 'spend',
  poured: 'spend', allocated: 'spend', earmarked: 'spend', committed: 'spend', pledged: 'pledge',
  pledging: 'pledge', promised: 'pledge', paid: 'pay', pay: 'pay', paying: 'pay', cost: 'cost',
  costs: 'cost', costing: 'cost', raised: 'raise', lent: 'lend', loaned: 'lend', provided: 'provide',
  budgeted: 'spend', received: 'receive', won: 'win', lost: 'lose', fined: 'fine', sold: 'sell',
  bought: 'buy', exported: 'export', imported: 'import', worth: 'worth', valued: 'worth',
  elected: 'elect', postponed: 'postpone', delayed: 'postpone', vetoed: 'veto',
  launched: 'launch', fired: 'fire', tested: 'test', arrested: 'arrest', killed: 'kill',
};

export const SENTENCE_START_NOISE = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'for', 'this', 'that', 'it', 'i']);

