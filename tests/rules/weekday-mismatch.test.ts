import rule from '../../rules/weekday-mismatch.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase } from './example-cases.js';

const weekdays = exampleCase('time-weekdays.html');
/** No date in the metadata; the text dates it between 2012 ("2012" told as past) and January 2017 (Obama called president). */
const UNDATED = 'The firm was founded in 1976 and moved its head office to Ohio in 2012.\n\nOn Thursday, August 24, the firm said it had closed the plant.\n\nUnited States President Barack Obama said in a statement that the closure was a loss for the town.';

new RuleTester().run(rule, {
  valid: [
    // An undated article: the window its text allows (here 2012 to January 2017, from "2012" told as past and
    // Obama called president) holds years in which 24 August was a Wednesday, so "Wednesday" may be right.
    { name: 'an undated article: some year its text allows fits the weekday', text: UNDATED.replace('Thursday', 'Wednesday') },
    { name: 'an undated article with nothing else to date it', text: 'On Thursday, August 24, the firm said it had closed the plant.' },
    { name: 'the right weekday next to its date', text: 'The treaty was signed on Tuesday, 15 March 2005.' },
    { name: 'an abbreviated month', text: 'Polls closed on Sunday, Oct. 3, 2021, at 8 p.m.' },
    { name: 'a yearless date, right for the year of the metadata', text: 'The vote was held on Tuesday, 14 September.', date: '2021-09-20' },
    { name: 'an abbreviated month in a yearless future date: the year of the article, not the one before', text: 'The referendum will be held on Monday, Sept. 18.', date: '2006-09-10' },
    { name: 'a yearless date without metadata: the year is unknown', text: 'The vote was held on Monday, 14 September.' },
    {
      name: 'a linked weekday, right for the year of the metadata',
      text: 'On Feb. 9, the two delegations held talks in Vienna. Sunday\'s negotiations ended early.',
      date: '2020-02-12',
    },
    { name: 'a weekday that may mean another day', text: 'On 28 March 2023 the ministers met in Oslo. On Thursday, they flew home.' },
    { name: 'a weekday of another kind of event', text: 'On 28 March 2023 the ministers met in Oslo. Thursday\'s vote in parliament was close.' },
    { name: 'a weekday of the dated talks, right', text: 'On Jan. 22, 2019, talks were held in Moscow. Tuesday\'s negotiations ended without a deal.' },
    { name: 'the correct example article', ...exampleCase('time-correct.md') },
    { name: 'an ordinal day', text: 'The depot opens on Tuesday, June 1st, 2010.' },
    { name: 'a weekday after the date, in apposition', text: 'The gala was held on 16 November, a Wednesday.', date: '2022-11-20' },
    { name: 'a date in brackets after a relative weekday', text: 'Talks resume next Wednesday (3 March).', date: '2021-02-26' },
    { name: '"Monday, the 14th of September"', text: 'Polling was held Monday, the 14th of September, 2015.' },
    // "Sun" after a capitalised word is a newspaper's name, not Sunday.
    { name: 'a newspaper called the Sun', text: 'Source: "Mayor calls for inquiry", Halifax Sun, August 16, 2008.' },
    { name: 'the Sun as a name after "the"', text: 'On Aug. 16, 2008, the Sun, Aug. 16 edition, led with the story.' },
  ],
  invalid: [
    {
      name: 'an undated article: no year its text allows puts 24 August on a Thursday',
      text: UNDATED,
      errors: [{ messageId: 'noYearFits', data: { date: '24 August', written: 'Thursday', years: 'a Wednesday in 2011, a Friday in 2012, a Saturday in 2013, a Sunday in 2014, a Monday in 2015, a Wednesday in 2016' }, ...at(UNDATED, 'Thursday, August 24') }],
    },
    {
      name: 'an explicit weekday that does not fit the date, with a replacement',
      text: 'The treaty was signed on Wednesday, 15 March 2005.',
      errors: [
        {
          messageId: 'wrongWeekday',
          data: { date: '15 March 2005', actual: 'Tuesday', written: 'Wednesday' },
          message: '15 March 2005 was a Tuesday, not a Wednesday. Check the weekday or the date.',
          text: 'Wednesday, 15 March 2005',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 50,
          suggestions: [{ message: 'Replace "Wednesday" with "Tuesday"', replacement: 'Tuesday' }],
        },
      ],
    },
    {
      name: 'a yearless date, wrong for the year of the metadata',
      text: 'The vote was held on Monday, 14 September.',
      date: '2021-09-20',
      errors: [{ messageId: 'wrongWeekday', data: { date: '14 September 2021', actual: 'Tuesday', written: 'Monday' }, text: 'Monday, 14 September', line: 1, column: 22 }],
    },
    {
      name: '"Thursday\'s meeting" linked to the dated meeting in an HTML article, and an explicit date',
      ...weekdays,
      errors: [
        { messageId: 'wrongWeekday', data: { date: '28 March 2023', actual: 'Tuesday', written: 'Thursday' }, text: 'Thursday', ...at(weekdays.text, 'Thursday') },
        { messageId: 'wrongWeekday', data: { date: '15 March 2005', actual: 'Tuesday', written: 'Wednesday' }, ...at(weekdays.text, 'Wednesday, 15 March 2005') },
      ],
    },
    {
      name: 'an abbreviated month in a yearless future date, wrong for the year of the article',
      text: 'The referendum will be held on Monday, Sept. 18.',
      date: '2007-09-10',
      errors: [{ messageId: 'wrongWeekday', data: { date: '18 September 2007', actual: 'Tuesday', written: 'Monday' }, text: 'Monday, Sept. 18', line: 1, column: 32 }],
    },
    {
      name: 'an ordinal day with the wrong weekday',
      text: 'The depot opened on Tuesday, June 1st, 2009.',
      errors: [{ messageId: 'wrongWeekday', data: { date: '1 June 2009', actual: 'Monday', written: 'Tuesday' }, text: 'Tuesday, June 1st, 2009', line: 1, column: 21 }],
    },
    {
      name: 'abbreviated weekday and month: the replacement is abbreviated too',
      text: 'Envoys arrive on Thu., Nov. 16, 2011, for the talks.',
      errors: [{ messageId: 'wrongWeekday', data: { date: '16 November 2011', actual: 'Wednesday', written: 'Thursday' }, line: 1, column: 18, suggestions: [{ message: 'Replace "Thu" with "Wed"', replacement: 'Wed' }] }],
    },
    {
      name: 'a weekday after the date, in apposition, wrong',
      text: 'The gala was held on 16 November, a Thursday.',
      date: '2022-11-20',
      errors: [{ messageId: 'wrongWeekday', data: { date: '16 November 2022', actual: 'Wednesday', written: 'Thursday' }, text: '16 November, a Thursday', line: 1, column: 22 }],
    },
    {
      name: 'a date in brackets after a relative weekday, wrong',
      text: 'Talks resume next Wednesday (3 March).',
      date: '2022-02-26',
      errors: [{ messageId: 'wrongWeekday', data: { date: '3 March 2022', actual: 'Thursday', written: 'Wednesday' }, text: 'Wednesday (3 March', line: 1, column: 19 }],
    },
    {
      name: '"Monday, the 14th of September", wrong',
      text: 'Polling was held Monday, the 14th of September, 2016.',
      errors: [{ messageId: 'wrongWeekday', data: { date: '14 September 2016', actual: 'Wednesday', written: 'Monday' }, line: 1, column: 18 }],
    },
    {
      name: 'a linked weekday, wrong for the year of the metadata',
      text: 'On Feb. 9, the two delegations held talks in Vienna. Sunday\'s negotiations ended early.',
      date: '2021-02-12',
      errors: [
        {
          messageId: 'wrongWeekday',
          data: { date: '9 February 2021', actual: 'Tuesday', written: 'Sunday' },
          message: '9 February 2021 was a Tuesday, not a Sunday. Check the weekday or the date.',
          line: 1,
          column: 54,
        },
      ],
    },
  ],
});
