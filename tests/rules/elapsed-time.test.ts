import rule from '../../rules/elapsed-time.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase } from './example-cases.js';

const elapsed = exampleCase('time-elapsed.md');
const peaceTreaty = 'The two countries have been without a peace treaty for more than 75 years, since 1945.';

new RuleTester().run(rule, {
  valid: [
    { name: '"more than 75 years" since 1945 is right in 2023', text: peaceTreaty, date: '2023-03-22' },
    { name: '"over twenty years ago, in 1997" is right in 2019', text: 'The commission was set up over twenty years ago, in 1997.', date: '2019-01-25' },
    { name: 'quiet without the article\'s date', text: 'The border has been closed for more than 30 years, since 1990.' },
    { name: 'quiet without a year to count from', text: 'For a decade, governments have avoided the issue.', date: '2022-03-25' },
    { name: 'the correct example article', ...exampleCase('time-correct.md') },
  ],
  invalid: [
    {
      name: 'durations the dates make impossible in the example article',
      ...elapsed,
      errors: [
        {
          messageId: 'sinceMismatch',
          data: { duration: 'more than 30 years', since: '1990', needed: 'more than 30 years' },
          evidence: { actual: /^2[45]–2[56] years$/ },
          ...at(elapsed.text, 'more than 30 years'),
        },
        { messageId: 'rangeMismatch', data: { duration: 'a decade', start: 2008, end: 2011 }, ...at(elapsed.text, 'a decade') },
      ],
    },
    {
      name: '"more than 75 years" since 1945 is wrong in 2015',
      text: peaceTreaty,
      date: '2015-05-01',
      errors: [{ messageId: 'sinceMismatch', data: { duration: 'more than 75 years', since: '1945', elapsed: '69–71 years' }, line: 1, column: 56, endColumn: 74 }],
    },
    {
      name: '"over twenty years ago" for the year the sentence gives',
      text: 'The commission was set up over twenty years ago, in 2010.',
      date: '2019-01-25',
      errors: [{ messageId: 'sinceMismatch', data: { duration: 'over twenty years ago', since: '2010', elapsed: '8–10 years', needed: 'more than 20 years' }, line: 1, column: 27 }],
    },
  ],
});
