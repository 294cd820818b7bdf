/**
 * Dates in URLs: weak evidence, because a URL can be wrong — that is what `url-date`
 * checks. The own URL dates the article itself; a link dates a page the article could cite
 * only once it existed. Both are soft: a day far from the URL's date counts more against it
 * than a day nearby.
 */
import type { UrlMention } from '../../analysis/mentions.js';
import { addDays, formatRange, rangeOfParts } from '../../base/calendar.js';
import { LATEST_DAY } from '../constraints.js';
import type { DateConstraint, DateConstraintProvider } from '../constraints.js';

const URL_SOFTNESS_DAYS = 20 * 365;
const OWN_URL_WEIGHT = 0.35;
const LINK_WEIGHT = 0.15;

export const urlDateEvidence: DateConstraintProvider = (ctx) => ctx.get('urls').filter((u) => u.pathDate).map(urlConstraint);

function urlConstraint(url: UrlMention): DateConstraint {
  const { year, month, day } = url.pathDate!;
  const range = rangeOfParts(year, month, day);
  const own = url.origin === 'metadata';
  return {
    kind: own ? 'own-url-date' : 'link-date',
    weight: own ? OWN_URL_WEIGHT : LINK_WEIGHT,
    span: url.span,
    softnessDays: URL_SOFTNESS_DAYS,
    fromUrl: true,
    intervals: [own ? { start: range.start, end: addDays(range.end, 7) } : { start: range.start, end: LATEST_DAY }],
    describe: () => own
      ? `The article's own URL is dated ${formatRange(range)} (${url.url}).`
      : `A link is dated ${formatRange(range)}, so the article was written on or after it (${url.url}).`,
  };
}
