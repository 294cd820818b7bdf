import rule from '../../rules/unsourced-quote.js';
import { RuleTester } from '../rule-tester.js';
import { exampleCase, seedCases } from './example-cases.js';

const harbour = exampleCase('quotes-harbour.md');
const british = exampleCase('quotes-british.txt');
const seed004 = seedCases().find((seed) => seed.filename.startsWith('004_'));
const quote = '“The harbour will not survive another winter like this one,”';
/** One sentence a line, as many newsrooms file copy: the speaker is named on the quotation's last line. */
const spread = '---\ndate: 2019-05-01\n---\n\n“The harbour will not survive another winter like this one.\nWe need the dredging money now, not next year,” said Pilar Ortega, a consultant.\n';
const spreadSpeakerFirst = 'Pilar Ortega said: “The harbour will not survive another winter.\nWe need the dredging money now, not next year.”\n';

new RuleTester().run(rule, {
  valid: [
    ...[
      `${quote} Pilar Ortega told El País on Monday.`,
      `${quote} Pilar Ortega said at a council hearing.`,
      'Pilar Ortega wrote on Facebook: “The harbour will not survive another winter like this one.”',
      `Speaking to reporters after the vote, Pilar Ortega was blunt. ${quote} she said.`,
      `${quote} Pilar Ortega said in a statement.`,
      `Asked whether the port would reopen, Pilar Ortega said: ${quote.replace(',”', '.”')}`,
      `Pilar Ortega spoke about the closure during a Vigo Port Authority Press Briefing: ${quote.replace(',”', '.”')}`,
    ].map((text) => ({ name: `sourced: ${text.slice(62, 120)}`, text })),
    { name: 'a group speaker is not a named person', text: `${quote} officials said.` },
    { name: 'an unnamed speaker', text: `${quote} one fisherman said.` },
    { name: 'a pronoun-only attribution is not judged', text: `The port closed in March. ${quote} she said.` },
    { name: 'scare quotes', text: 'The mayor called the plan a “costly gamble”.' },
    { name: 'a title of a work', text: 'Her new book, “The Harbour That Survived Every Winter Until Now”, is out.' },
    { name: 'a short quote', text: '“Too late,” said Pilar Ortega.' },
    {
      name: 'the previous paragraph introduces the quote',
      text: 'Pilar Ortega, a fisheries consultant, spoke to the regional parliament on Tuesday.\n\n“The harbour will not survive another winter like this one. We need the dredging now,” Ortega said.',
    },
    {
      name: 'an occasion given once carries to the same speaker’s later quotes',
      text: `Pilar Ortega spoke at a press briefing in Vigo. ${quote} Ortega said.\n\nLater, the talk turned to money. “Nobody has offered a single euro for the dredging works,” Pilar Ortega said.`,
    },
    { name: 'minWords: a quote shorter than the option', text: '“Prices will fall soon enough,” said Anna Kowalska.' },
    // Seeds 000–002: Putin and Abe spoke at the final press conference; scare quotes.
    // Seed 003: the Medvedev passage ("In his words:") is attributed by a pronoun.
    ...seedCases().filter((seed) => !seed.filename.startsWith('004_')).map((seed) => ({ name: `seed ${seed.filename}`, ...seed })),
    { name: 'example quotes-sourced.txt', ...exampleCase('quotes-sourced.txt') },
  ],
  invalid: [
    {
      name: 'a quotation over two lines points at the line naming its speaker',
      text: spread,
      filename: 'spread.md',
      errors: [{ messageId: 'unsourced', data: { speaker: 'Pilar Ortega' }, line: 6, column: 54, endLine: 6, text: spread.slice(spread.indexOf('“'), spread.indexOf(',” said') + 2) }],
    },
    {
      name: 'a quotation over two lines after its speaker keeps its start and end',
      text: spreadSpeakerFirst,
      filename: 'first.md',
      errors: [{ messageId: 'unsourced', data: { speaker: 'Pilar Ortega' }, line: 1, column: 20, endLine: 2, endColumn: 48 }],
    },
    {
      name: 'a named person’s quote with nothing saying where or how it was said',
      text: `${quote} said Pilar Ortega, a fisheries consultant in Vigo.`,
      errors: [
        {
          messageId: 'unsourced',
          data: { speaker: 'Pilar Ortega' },
          line: 1,
          column: 1,
          text: quote,
          evidence: { claimed: 'Pilar Ortega (a fisheries consultant in Vigo)' },
          suggestions: [{ message: 'Pilar Ortega' }],
        },
      ],
    },
    {
      name: 'a date and a city say when and where, not how the words were said',
      text: `${quote} Pilar Ortega said on Monday in Vigo.`,
      errors: [{ messageId: 'unsourced', data: { speaker: 'Pilar Ortega' }, line: 1, column: 1 }],
    },
    {
      name: 'a quote and its continuation are reported once',
      text: '“We lost the game in the first ten minutes,” said coach Mateo Silva. “The second half was much better than anyone expected.”',
      errors: [{ messageId: 'unsourced', data: { speaker: 'Mateo Silva' }, line: 1, column: 1, evidence: { reasoning: 'next quotation continues' } }],
    },
    {
      name: 'minWords: 4 flags a shorter quote',
      text: '“Prices will fall soon enough,” said Anna Kowalska.',
      options: { minWords: 4 },
      errors: [{ messageId: 'unsourced', data: { speaker: 'Anna Kowalska' }, line: 1, column: 1 }],
    },
    {
      name: 'example quotes-harbour.md: Marta Lois; the press briefing carries over for Iglesias',
      ...harbour,
      errors: [{ messageId: 'unsourced', data: { speaker: 'Marta Lois' }, line: 19, column: 1 }],
    },
    {
      name: 'example quotes-british.txt: Priya Raman and Helen Moss',
      ...british,
      errors: [
        { messageId: 'unsourced', data: { speaker: 'Priya Raman' }, line: 10, column: 63 },
        { messageId: 'unsourced', data: { speaker: 'Helen Moss' }, line: 17, column: 1 },
      ],
    },
    ...(seed004
      ? [
          {
            name: 'seed 004: Zakharova, Streltsov and Nemuro; Kamikawa spoke at a press conference',
            ...seed004,
            errors: [
              { messageId: 'unsourced', data: { speaker: 'Maria Zakharova' }, line: 3, column: 67 },
              { messageId: 'unsourced', data: { speaker: 'Dmitry Streltsov' }, line: 9, column: 1 },
              { messageId: 'unsourced', data: { speaker: 'Hiroshi Nemuro' }, line: 15, column: 1 },
            ],
          },
        ]
      : []),
  ],
});
