import rule from '../../rules/future-date.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase } from './example-cases.js';

const futurePast = exampleCase('time-future-past.md');
const date = '2021-09-20';

new RuleTester().run(rule, {
  valid: [
    { name: 'a plan ("said it will")', text: 'The council said it will close the bridge on 3 October 2021.', date },
    { name: 'a deadline', text: 'The works must be finished by March 2022.', date },
    { name: 'a year that names something', text: 'The 2024 games were awarded to the city.', date },
    { name: 'a conditional about a named year', text: 'Consent to the 1956 declaration would mean little.', date },
    { name: 'the correct example article', ...exampleCase('time-correct.md') },
    { name: 'quiet without the article\'s date', text: 'The council voted to close the bridge on 3 October 2021.' },
  ],
  invalid: [
    {
      name: 'a past event dated after the article and a future one dated before it',
      ...futurePast,
      errors: [
        { messageId: 'pastInFuture', data: { date: '3 October 2021' }, ...at(futurePast.text, '3 October 2021') },
        { messageId: 'futureInPast', data: { date: '2 May 2021' }, ...at(futurePast.text, '2 May 2021') },
      ],
    },
  ],
});
