import rule from '../../rules/unattributed-quote.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase, seedCases } from './example-cases.js';

const harbour = exampleCase('quotes-harbour.md');
const nobodyInTown = at(harbour.text, '“Nobody in this town remembers');

new RuleTester().run(rule, {
  valid: [
    { name: 'an attributed quote', text: 'The port closed in March. “Nobody here has seen a season this bad in forty years,” said harbour master Ana Ruiz.' },
    { name: 'a pronoun speaker', text: 'Ana Ruiz runs the port. “Nobody here has seen a season this bad in forty years,” she said.' },
    { name: 'an unnamed speaker', text: '“Nobody here has seen a season this bad in forty years,” one fisherman said.' },
    { name: 'scare quotes', text: 'Critics call it a “race to the bottom”.' },
    { name: 'a phrase woven into the sentence', text: 'The treaty grants both sides ‘the right to fish in the shared waters of the bay’ each summer.' },
    { name: 'a title of a work', text: 'The exhibition “Forty Years of Fishing on the Northern Coast” opens today.' },
    { name: 'a continuation of an attributed quote', text: '“We lost the game in the first ten minutes,” said coach Mateo Silva. “The second half was much better.”' },
    { name: 'a short quote', text: '“Nobody saw it coming.”' },
    ...seedCases().map((seed) => ({ name: `seed ${seed.filename}`, ...seed })),
    { name: 'example quotes-british.txt', ...exampleCase('quotes-british.txt') },
    { name: 'example quotes-sourced.txt', ...exampleCase('quotes-sourced.txt') },
  ],
  invalid: [
    {
      name: 'speech with no speaker',
      text: 'The port closed in March. “Nobody here has seen a season this bad in forty years.”',
      errors: [
        {
          messageId: 'unattributed',
          data: { words: '11' },
          line: 1,
          column: 27,
          text: '“Nobody here has seen a season this bad in forty years.”',
          suggestions: [{ message: 'Name the speaker' }],
        },
      ],
    },
    {
      name: 'example quotes-harbour.md: only the quote nobody is said to have said',
      ...harbour,
      errors: [{ messageId: 'unattributed', line: nobodyInTown.line, column: nobodyInTown.column }],
    },
  ],
});
