/**
 * The headline: news names its own events in it ("Bernie Sanders wins 2020 Nevada caucuses",
 * "Toronto Comicon 2019 welcomes fans"), so a year there that names something — not "since
 * 1992", "by 2012", nor a look back ("50 years after the 1969 landing") — is the year of the
 * news, give or take a season (a preview in the autumn before, a review in the January after). The headline is the metadata title, or the first line of a
 * plain-text article when it reads as one (short, no closing full stop).
 */
import type { Document } from '../../load/document.js';
import { isoOf } from '../../base/calendar.js';
import { wordPattern, words } from '../../base/vocabulary.js';
import type { DateConstraint, DateConstraintProvider } from '../constraints.js';

const HEADLINE_WEIGHT = 0.45;
const YEAR = /(?<![\d.,/$€£¥#-])((?:19|20)\d\d)(?![\d%]|[.,]\d|\/\d|s\b|['’]s\b)/g;
const NOT_NAMING_BEFORE = new RegExp(`${wordPattern(words('dates', 'headline_not_naming')).source}\\s+$`, 'iu');
const LOOKS_BACK = wordPattern(words('dates', 'headline_looks_back'));
const MAX_HEADLINE_WORDS = 16;

export const headlineEvidence: DateConstraintProvider = (ctx) => {
  const headline = headlineOf(ctx.doc);
  if (!headline || LOOKS_BACK.test(headline.text)) return [];
  const found: DateConstraint[] = [];
  for (const m of headline.text.matchAll(YEAR)) {
    if (NOT_NAMING_BEFORE.test(headline.text.slice(0, m.index))) continue;
    const year = Number(m[1]);
    const window = { start: isoOf(year - 1, 10, 1), end: isoOf(year + 1, 1, 31) };
    found.push({
      kind: 'headline-year',
      weight: HEADLINE_WEIGHT,
      ...(headline.offset !== undefined ? { span: { start: headline.offset + m.index, end: headline.offset + m.index + 4 } } : {}),
      intervals: [window],
      describe: () => `The headline "${headline.text}" names ${year} as the year of its news: written around then (October ${year - 1} to January ${year + 1}).`,
    }, {
      // A preview in the autumn before or a review in the January after is the exception:
      // where the text fits several windows equally well, the one in the named year wins.
      kind: 'headline-year-itself',
      weight: HEADLINE_WEIGHT,
      tieBreak: true,
      ...(headline.offset !== undefined ? { span: { start: headline.offset + m.index, end: headline.offset + m.index + 4 } } : {}),
      intervals: [{ start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) }],
      describe: () => `Where the text fits several windows equally well, the one in ${year}, the year the headline names, is preferred.`,
    });
  }
  return found;
};

/** The metadata title, or a plain-text article's first line when it reads as a headline. */
function headlineOf(doc: Document): { text: string; offset?: number } | undefined {
  if (doc.metadata.title) return { text: doc.metadata.title };
  const first = doc.paragraphs[0];
  if (!first || first.sentences.length !== 1) return undefined;
  const sentence = doc.sentences[first.sentences[0]];
  const text = sentence.text.trim();
  const looksLikeHeadline = first.kind === 'heading' || (!/[.!?]["”’]?$/.test(text) && text.split(/\s+/).length <= MAX_HEADLINE_WORDS);
  return looksLikeHeadline ? { text, offset: sentence.span.start + sentence.text.indexOf(text) } : undefined;
}
