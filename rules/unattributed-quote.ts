/**
 * unattributed-quote: words in quotation marks that read as speech but nobody is said to
 * have said them. Quiet on scare quotes, short terms, titles of works and phrases woven into
 * a sentence without a speech verb.
 */
import { DEFAULT_MIN_WORDS, defineRule, quoteVerdict, shorten } from '../src/rule-api/index.js';

interface Options {
  /** Quotes shorter than this (in words) are left alone. */
  minWords: number;
}

export default defineRule<Options>({
  meta: {
    id: 'unattributed-quote',
    description: 'A quotation that reads as speech but names no speaker.',
    category: 'quotes',
    defaultSeverity: 'warn',
    recommended: false,
    fixable: false,
    schema: {
      type: 'object',
      properties: { minWords: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { minWords: DEFAULT_MIN_WORDS },
    messages: {
      unattributed: 'This quotation of {{words}} words does not say who said it.',
    },
    docs: {
      description:
        'Flags a direct quotation of at least `minWords` words (default 6) for which no speaker can be found: no "X said", "said X", "X:", "according to X", "in X\'s words", "…, saying", no pronoun, organisation or unnamed speaker ("officials said", "one driver said"), and no earlier quote it continues. Quiet on scare quotes, terms, titles of works, questions and slogans, and quoted phrases woven into a sentence without a speech verb. Off by default: it has not yet earned a place in `factlint:recommended` on real articles.',
      examples: {
        invalid: [
          {
            text: 'The port closed in March. “Nobody here has seen a season this bad in forty years.”',
            errors: [{ messageId: 'unattributed', data: { words: '11' }, line: 1, column: 27 }],
          },
        ],
        valid: [
          { text: 'The port closed in March. “Nobody here has seen a season this bad in forty years,” said harbour master Ana Ruiz on Friday.' },
          { text: 'Critics call it a “race to the bottom”.' },
        ],
      },
      url: 'README.md#unattributed-quote',
    },
  },
  check(context) {
    const quotes = context.document.get('quotes');
    for (const quote of quotes) {
      if (quoteVerdict(quote, quotes, context.options.minWords) !== 'unattributed') continue;
      context.report({
        messageId: 'unattributed',
        data: { words: String(quote.words) },
        span: quote.span,
        evidence: {
          claimed: `“${shorten(quote.text)}”`,
          actual: 'No speaker is named for these words.',
          reasoning: [
            'The words are set as a direct quotation and read as someone\'s speech (not a short term or a title).',
            'No "X said", "said X", "according to X" or "in X\'s words" stands in its sentence or introduces it, and it does not continue a quotation by a named speaker.',
          ],
        },
        suggestions: [{ message: 'Name the speaker (“…,” said <name>, <role>) or, if these are not anyone\'s words, remove the quotation marks.' }],
      });
    }
  },
});
