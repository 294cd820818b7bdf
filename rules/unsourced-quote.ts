/**
 * unsourced-quote: a named person's words in quotation marks with nothing saying where or
 * how they were said (no outlet, audience, interview, statement, speech, briefing, post or
 * document). A reader cannot check such a quote, and fabricated quotes look exactly like it.
 */
import { DEFAULT_MIN_WORDS, continuationsOf, defineRule, locateSpan, quoteVerdict, shorten } from '../src/rule-api/index.js';
import type { Document, Evidence, Span } from '../src/rule-api/index.js';
import type { QuoteMention } from '../src/analysis/mentions.js';

interface Options {
  /** Quotes shorter than this (in words) are left alone. */
  minWords: number;
}

export default defineRule<Options>({
  meta: {
    id: 'unsourced-quote',
    description: "A named person's words quoted without saying where or how they were said.",
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
    messages: {
      unsourced: '{{speaker}} is quoted without saying where or how the words were said (to whom, in an interview, a statement, a speech, a briefing, a post …).',
    },
    docs: {
      description:
        'Flags a direct quotation of at least `minWords` words (default 6) attributed by name to a person in its own sentence when nothing says where or how the words were said: no outlet ("told Reuters", "according to Le Monde"), audience ("told reporters"), occasion ("at a press conference", "speaking after the talks"), medium ("in a statement", "on Twitter", "wrote") or exchange ("when asked"). Sourcing counts anywhere in the quote\'s paragraph outside quotation marks, in the previous paragraph when it introduces the quote or names the speaker, for the quote a continued quote follows, and — once the article has given a speaker\'s occasion — for that speaker\'s later quotes. A date or a city alone says when or where something happened, not where the words were said. Quiet on pronoun-only attributions, unnamed speakers and organisations, scare quotes, terms, titles, questions and slogans.',
      examples: {
        invalid: [
          {
            text: '“Our harbour will not survive another winter like this one,” said Pilar Ortega, a fisheries consultant in Vigo.',
            errors: [{ messageId: 'unsourced', data: { speaker: 'Pilar Ortega' }, line: 1, column: 1 }],
          },
          {
            text: '“Our harbour will not survive another winter like this one,” Pilar Ortega said on Monday in Vigo.',
            errors: [{ messageId: 'unsourced', data: { speaker: 'Pilar Ortega' }, line: 1, column: 1 }],
          },
        ],
        valid: [
          { text: '“Our harbour will not survive another winter like this one,” Pilar Ortega told El País.' },
          { text: '“Our harbour will not survive another winter like this one,” Pilar Ortega said at a council hearing.' },
          { text: 'Pilar Ortega runs the harbour. “It will not survive another winter like this one,” she said.' },
          { text: '“Our harbour will not survive another winter like this one,” a harbour official said.' },
          { text: 'The mayor called the plan a “costly gamble”.' },
        ],
      },
      url: 'README.md#unsourced-quote',
    },
  },
  check(context) {
    const quotes = context.document.get('quotes');
    quotes.forEach((quote, index) => {
      if (quoteVerdict(quote, quotes, context.options.minWords) !== 'unsourced') return;
      const name = quote.speaker!.name;
      const followers = continuationsOf(index, quotes);
      context.report({
        messageId: 'unsourced',
        data: { speaker: name },
        span: quote.span,
        ...speakerFocus(context.document.doc, quote),
        evidence: evidenceFor(quote, followers.length),
        suggestions: [{ message: `Say where or how ${name} said this, e.g. “…,” ${name} told <outlet>, or “…,” ${name} said at <occasion>.` }],
      });
    });
  },
});

/**
 * "“…\n…,” said X": a quotation spread over several lines points at the words naming its
 * speaker, after it, when they are outside the quotation marks; the range still runs to
 * the end of the quotation.
 */
function speakerFocus(document: Document, quote: QuoteMention): { focus?: Span } {
  const name = quote.speaker?.span;
  if (!name || quote.speaker?.via === 'pronoun' || name.start < quote.span.end) return {};
  const quotation = locateSpan(document, quote.span);
  if (quotation.line === quotation.endLine || locateSpan(document, name).line === quotation.line) return {};
  return { focus: name };
}

function evidenceFor(quote: QuoteMention, followers: number): Evidence {
  const speaker = quote.speaker!;
  const who = speaker.description ? `${speaker.name} (${speaker.description})` : speaker.name;
  const reasoning = [
    `The quotation has ${quote.words} words and is attributed to ${who}.`,
    'Nothing in its paragraph (outside the quotation marks), in a sentence introducing it, or earlier in the article for this speaker says where or how the words were said: no outlet, audience, interview, statement, speech, briefing, post or document.',
  ];
  if (followers > 0) reasoning.push(`The ${followers === 1 ? 'next quotation continues' : `next ${followers} quotations continue`} the same words and has no source either.`);
  return {
    claimed: `“${shorten(quote.text)}” — ${who}`,
    actual: 'No outlet, audience, occasion or medium is given for these words.',
    reasoning,
  };
}
