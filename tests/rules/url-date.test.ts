import { afterAll, beforeAll } from 'vitest';
import rule from '../../rules/url-date.js';
import { setClock } from '../../src/time/document-date.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase } from './example-cases.js';

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

const afterArticle = exampleCase('time-link-after-article.md');
const afterEvents = exampleCase('time-link-after-events.txt');
const bridge = 'The council met and agreed to repair the bridge.';
const ownUrl = 'https://news.example.org/2019/01/05/council-bridge';
const frontMatter = `---\ntitle: Bridge repairs approved\ndate: 2021-09-20\nurl: ${ownUrl}\n---\n\n${bridge}\n`;
const canonical = [
  '<html><head>',
  '<meta property="article:published_time" content="2021-09-20">',
  `<link rel="canonical" href="${ownUrl}">`,
  '</head><body>',
  `<p>${bridge}</p>`,
  '</body></html>',
].join('\n');
const ogUrl = canonical.replace(`<link rel="canonical" href="${ownUrl}">`, `<meta property="og:url" content="${ownUrl}">`);
const relatedUrl = 'https://news.example.org/2024/02/03/bridge-closed';
const relatedMarkdown = `---\ndate: 2021-09-20\n---\n\n${bridge}\n\nWork starts in October.\n\nRelated: ${relatedUrl}\n`;
const relatedHtml = canonical.replace(`<link rel="canonical" href="${ownUrl}">`, '').replace('</body>', `<p class="related">Related: <a href="${relatedUrl}">Bridge closed</a></p>\n</body>`);
const laterLink = '---\ndate: 2021-09-20\n---\n\nSee [our later report](https://news.example.org/2024/02/03/report)\nfor the background.\n';

new RuleTester().run(rule, {
  valid: [
    { name: 'a correct article with metadata', ...exampleCase('time-correct.md') },
    { name: 'a correct article dated by its text', ...exampleCase('time-inferred-correct.txt') },
    { name: 'toleranceDays', ...afterArticle, options: { toleranceDays: 2000 } },
    { name: 'an own URL the date is inferred from', text: bridge, url: ownUrl },
    { name: 'nothing in the text dates the article', text: 'See https://example.org/2024/02/03/report for more.' },
  ],
  invalid: [
    {
      name: 'a Markdown link dated after the article (front-matter date), not the earlier one',
      ...afterArticle,
      errors: [
        {
          messageId: 'linkAfterArticle',
          data: { date: '14 May 2023', reference: 'the article is dated 20 September 2021' },
          text: 'our earlier report',
          ...at(afterArticle.text, 'https://news.example.org/2023/05/14/port-ellery-bridge-reopens'),
          suggestions: [{ message: 'Replace the link' }],
        },
      ],
    },
    {
      name: 'the period inferred from a weekday and a yearless date; only the later prose link',
      ...afterEvents,
      errors: [
        {
          messageId: 'linkAfterArticle',
          data: { date: '30 June 2025' },
          message: "the article's text places it between 17 March 2017 and 24 March 2023",
          evidence: { reasoning: 'Friday' },
          text: 'https://www.example-news.com/2025/06/30/baltic-rail-deal-signed',
          ...at(afterEvents.text, 'https://www.example-news.com/2025/06/30/baltic-rail-deal-signed'),
        },
      ],
    },
    {
      name: 'an own URL dated far from the metadata date',
      text: bridge,
      date: '2021-09-20',
      url: ownUrl,
      errors: [{ messageId: 'ownUrlMismatch', data: { date: '5 January 2019', gap: '3 years', direction: 'later' }, message: "The article's own URL", line: 1, column: 1 }],
    },
    {
      name: 'points at the front-matter line of the own URL, not the first line of prose',
      text: frontMatter,
      filename: 'bridge.md',
      errors: [{ messageId: 'ownUrlMismatch', ...at(frontMatter, ownUrl) }],
    },
    {
      name: 'points at the canonical link element in HTML',
      text: canonical,
      filename: 'bridge.html',
      errors: [{ messageId: 'ownUrlMismatch', ...at(canonical, ownUrl) }],
    },
    {
      name: 'points at the og:url element in HTML',
      text: ogUrl,
      filename: 'bridge.html',
      errors: [{ messageId: 'ownUrlMismatch', ...at(ogUrl, ownUrl) }],
    },
    {
      name: 'points at a "Related:" line at the end of a Markdown article',
      text: relatedMarkdown,
      filename: 'bridge.md',
      errors: [{ messageId: 'linkAfterArticle', ...at(relatedMarkdown, relatedUrl) }],
    },
    {
      name: 'points at the link target of a related-links paragraph in HTML',
      text: relatedHtml,
      filename: 'bridge.html',
      errors: [{ messageId: 'linkAfterArticle', ...at(relatedHtml, relatedUrl) }],
    },
    {
      name: 'points at a Markdown link target dated after the article',
      text: laterLink,
      filename: 'later.md',
      errors: [{ messageId: 'linkAfterArticle', ...at(laterLink, 'https://news.example.org/2024/02/03/report') }],
    },
    {
      name: 'says the gap in whole years, rounded (ten years, never "0 years")',
      text: bridge,
      date: '2015-08-21',
      url: 'https://news.example.org/2005/08/21/council-bridge',
      errors: [{ messageId: 'ownUrlMismatch', data: { gap: '10 years' }, line: 1, column: 1 }],
    },
    {
      name: 'says one year in the singular',
      text: bridge,
      date: '2008-09-18',
      url: 'https://news.example.org/2009/09/18/council-bridge',
      errors: [{ messageId: 'ownUrlMismatch', data: { gap: '1 year', direction: 'earlier' }, line: 1, column: 1 }],
    },
  ],
});
