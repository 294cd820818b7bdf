/**
 * url-date: a date in a URL that cannot be right for this article — a link dated after the
 * article was written, or the article's own URL dated far from its date.
 */
import { daysBetween, defineRule, formatDay, formatDuration, formatRange, rangeOfParts } from '../src/rule-api/index.js';
import type { DayRange, RuleContext } from '../src/rule-api/index.js';
import type { UrlMention } from '../src/analysis/mentions.js';
import type { TimeInfo } from '../src/analysis/time.js';

export interface UrlDateOptions {
  /** Days a link may be dated after the article (updates, time zones) before it is flagged. */
  toleranceDays: number;
  /** Days the article's own URL may differ from its date. */
  ownUrlToleranceDays: number;
  /** Minimum confidence of a date inferred from the text (no metadata) to report against. */
  minConfidence: number;
}

interface Reference {
  /** The latest day the article can have been written. */
  latest: string;
  earliest: string;
  /** "the article reports events of January 2019 (…)" or "the article is dated 5 March 2021". */
  describe: string;
}

export default defineRule<UrlDateOptions>({
  meta: {
    id: 'url-date',
    description: 'A date in a URL conflicts with the date of the article or of the events it reports.',
    category: 'time',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    schema: {
      type: 'object',
      properties: {
        toleranceDays: { type: 'integer', minimum: 0 },
        ownUrlToleranceDays: { type: 'integer', minimum: 0 },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { toleranceDays: 30, ownUrlToleranceDays: 30, minConfidence: 0.3 },
    messages: {
      linkAfterArticle:
        'This link is dated {{date}}, but {{reference}} — {{gap}} earlier. An article cannot link to a page published after it was written; check that the link points to the right page.',
      ownUrlMismatch: "The article's own URL is dated {{date}}, but {{reference}} — {{gap}} {{direction}}. Check the article's date or its URL.",
    },
    docs: {
      description:
        'Flags a link whose URL is dated after the article was written (beyond `toleranceDays`), and an own/canonical URL dated far from the article. Without metadata, the article\'s date is inferred from its text alone, so a wrong URL cannot vouch for itself.',
      examples: {
        invalid: [
          {
            text: 'On 14 March the ministers met in Oslo; Thursday\'s meeting ended without a deal. Background: https://news.example.com/2024/09/30/oslo-talks-collapse',
            date: '2016-03-17',
            errors: [{ messageId: 'linkAfterArticle', data: { date: '30 September 2024', reference: 'the article is dated 17 March 2016', gap: '9 years' }, line: 1, column: 93 }],
          },
          {
            text: 'The council met and agreed to repair the bridge.',
            date: '2021-09-20',
            url: 'https://news.example.org/2019/01/05/council-bridge',
            errors: [{ messageId: 'ownUrlMismatch', data: { date: '5 January 2019', reference: 'the article is dated 20 September 2021', gap: '3 years', direction: 'later' }, line: 1, column: 1 }],
          },
        ],
        valid: [
          { text: 'On 14 March the ministers met in Oslo. Background: https://news.example.com/2016/03/10/oslo-talks-preview', date: '2016-03-17' },
          { text: 'The council met and agreed to repair the bridge.', url: 'https://news.example.org/2019/01/05/council-bridge' },
        ],
      },
      url: 'README.md#url-date',
    },
  },
  check(context) {
    const time = context.document.get('time');
    const reference = referenceOf(time, context.options.minConfidence);
    if (!reference) return;
    for (const url of context.document.get('urls')) {
      if (!url.pathDate) continue;
      const urlRange = rangeOfParts(url.pathDate.year, url.pathDate.month, url.pathDate.day);
      if (url.origin === 'metadata') checkOwnUrl(url, urlRange, reference, context);
      else checkLink(url, urlRange, reference, context);
    }
  },
});

function referenceOf(time: TimeInfo, minConfidence: number): Reference | undefined {
  // Without metadata, the date comes from the text alone: a wrong URL cannot vouch for itself.
  const window = time.window({ ignoreUrls: true, minConfidence });
  if (!window) return undefined;
  const why = window.source === 'inferred' && window.reason ? ` (${window.reason.replace(/\.$/, '')})` : '';
  return { earliest: window.earliest, latest: window.latest, describe: `${window.describe}${why}` };
}

type Ctx = RuleContext<UrlDateOptions>;

function checkLink(url: UrlMention, urlRange: DayRange, reference: Reference, context: Ctx): void {
  const gap = daysBetween(reference.latest, urlRange.start);
  if (gap <= context.options.toleranceDays) return;
  const dated = formatRange(urlRange);
  context.report({
    span: url.span,
    ...(url.sourceRange ? { sourceRange: url.sourceRange } : {}),
    messageId: 'linkAfterArticle',
    data: { date: dated, reference: reference.describe, gap: formatDuration(gap) },
    evidence: {
      claimed: `Link dated ${dated} (${url.pathDate!.raw} in ${url.url})`,
      actual: `Article written by ${formatDay(reference.latest)} at the latest`,
      reasoning: [
        `The URL's path carries the date ${dated}.`,
        `${capitalise(reference.describe)}.`,
        `The link is dated ${formatDuration(gap)} after the latest day the article can have been written, more than the ${context.options.toleranceDays}-day tolerance.`,
      ],
    },
    suggestions: [{ message: 'Replace the link with the page the article meant to cite (one published before the article), or remove it.' }],
  });
}

function checkOwnUrl(url: UrlMention, urlRange: DayRange, reference: Reference, context: Ctx): void {
  const after = daysBetween(reference.latest, urlRange.start);
  const before = daysBetween(urlRange.end, reference.earliest);
  const gap = Math.max(after, before);
  if (gap <= context.options.ownUrlToleranceDays) return;
  const dated = formatRange(urlRange);
  context.report({
    span: url.span,
    ...(url.sourceRange ? { sourceRange: url.sourceRange } : {}),
    messageId: 'ownUrlMismatch',
    data: { date: dated, reference: reference.describe, gap: formatDuration(gap), direction: after > 0 ? 'earlier' : 'later' },
    evidence: {
      claimed: `Own URL dated ${dated} (${url.url})`,
      actual: capitalise(reference.describe),
      reasoning: [`The URL's path carries the date ${dated}.`, `${capitalise(reference.describe)}.`, `They differ by ${formatDuration(gap)}.`],
    },
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
