/**
 * unsourced-quote: a named person's words in quotation marks with nothing about where or
 * when they said them (no outlet, interview, statement, press conference, post, date or
 * place). A reader cannot check such a quote, and fabricated quotes look exactly like it.
 */
import { DEFAULT_MIN_WORDS, continuationsOf, defineRule, findSourcing, locateSpan, quoteVerdict, shorten } from '../src/rule-api/index.js';
import type { Document, Evidence } from '../src/rule-api/index.js';
import type { QuoteMention } from '../src/analysis/mentions.js';

interface Options {
  /** Quotes shorter than this (in words) are left alone. */
  minWords: number;
}

export default defineRule<Options>({
  meta: {
    id: 'unsourced-quote',
    description: "A named person's words quoted without saying where or when they were said.",
    category: 'quotes',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    schema: {
      type: 'object',
      properties: { minWords: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { minWords: DEFAULT_MIN_WORDS },
    docs: {
      description:
        'Flags a direct quotation of at least `minWords` words (default 6) attributed to a named person when the text gives no outlet ("told Reuters"), medium or occasion ("in an interview", "at a press conference", "in a post on Telegram", "in his book …"), date ("on Tuesday") or place ("in Vienna") for it. Sourcing counts in the quote\'s sentence, in the sentence before it when that sentence reports the words and quotes nobody else, in an earlier sentence of the paragraph naming the speaker, and for the quote a continued quote follows. An outlet credited for the article\'s news in another sentence does not source a later quote. Quiet on scare quotes, short terms and titles of works.',
      examples: {
        invalid: [
          {
            text: '“Our harbour will not survive another winter like this one,” said Pilar Ortega, a fisheries consultant in Vigo.',
            errors: [{ message: 'Pilar Ortega is quoted without saying where or when they said it', line: 1, column: 1 }],
          },
        ],
        valid: [
          { text: '“Our harbour will not survive another winter like this one,” Pilar Ortega told El País on Monday.' },
          { text: 'The mayor called the plan a “costly gamble”.' },
        ],
      },
      url: 'README.md#unsourced-quote',
    },
  },
  check(context) {
    const quotes = context.document.get('quotes');
    const doc = context.document.doc;
    quotes.forEach((quote, index) => {
      if (quoteVerdict(quote, quotes, context.options.minWords) !== 'unsourced') return;
      const name = quote.speaker!.name;
      const followers = continuationsOf(index, quotes);
      context.report({
        message: `${name} is quoted without saying where or when they said it (an interview, a statement, a press conference, a post, a date …).`,
        span: quote.span,
        evidence: evidenceFor(doc, quote, followers.length),
        suggestions: [{ message: `Say where and when ${name} said this, e.g. “…,” ${name} told <outlet> on <date>, or “… ,” ${name} said at <occasion>.` }],
      });
    });
  },
});

function evidenceFor(doc: Document, quote: QuoteMention, followers: number): Evidence {
  const speaker = quote.speaker!;
  const who = speaker.description ? `${speaker.name} (${speaker.description})` : speaker.name;
  const reasoning = [
    `The quotation has ${quote.words} words and is attributed to ${who}.`,
    'Neither its sentence, nor the sentence before it, nor an earlier sentence of the paragraph about this speaker says where, how or when the words were said.',
  ];
  if (followers > 0) reasoning.push(`The ${followers === 1 ? 'next quotation continues' : `next ${followers} quotations continue`} the same words and has no source either.`);
  const credited = creditedOutletElsewhere(doc, quote);
  if (credited) {
    reasoning.push(`The article credits ${credited.text.replace(/^according to /i, '')} at line ${locateSpan(doc, credited.span).line}, but that covers the report in that sentence, not where ${speaker.name} said these words.`);
  }
  return {
    claimed: `“${shorten(quote.text)}” — ${who}`,
    actual: 'No outlet, medium, occasion, date or place is given for these words.',
    reasoning,
  };
}

/** An outlet the article cites for its news in some other sentence ("…, according to The Japan Times"). */
function creditedOutletElsewhere(doc: Document, quote: QuoteMention) {
  return findSourcing(doc.text, 0).find((s) => s.kind === 'outlet' && /^according to/i.test(s.text) && (s.span.end < quote.span.start || s.span.start > quote.span.end));
}
