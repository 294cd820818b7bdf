import rule from '../../rules/elapsed-time.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase } from './example-cases.js';

const elapsed = exampleCase('time-elapsed.md');
const INTO_HIS = 'President Donald Trump spoke on Monday. Two years into his presidency, Trump faces a revolt in his party.';
const peaceTreaty = 'The two countries have been without a peace treaty for more than 75 years, since 1945.';

/** An invalid case whose one error points at `phrase`. */
function flags(text: string, date: string | undefined, phrase: string, messageId: 'sinceMismatch' | 'rangeMismatch' | 'sinceTooLong', data: Record<string, string | number>) {
  return { text, ...(date ? { date } : {}), errors: [{ messageId, data, ...at(text, phrase) }] };
}

new RuleTester().run(rule, {
  valid: [
    { name: '"more than 75 years" since 1945 is right in 2023', text: peaceTreaty, date: '2023-03-22' },
    { name: '"over twenty years ago, in 1997" is right in 2019', text: 'The commission was set up over twenty years ago, in 1997.', date: '2019-01-25' },
    { name: 'quiet without the article\'s date', text: 'The border has been closed for more than 30 years, since 1990.' },
    { name: 'quiet without a year to count from', text: 'For a decade, governments have avoided the issue.', date: '2022-03-25' },
    { name: 'the correct example article', ...exampleCase('time-correct.md') },
    // A simple past ended at a time the text does not give: "served … since 2001" says nothing about 2020.
    { name: 'a finished period in the simple past', text: 'The engineer served as chief of the yard for almost a decade since 2001.', date: '2020-06-01' },
    // A past perfect ends before the writing: a period shorter than the time since is no error.
    { name: 'a past perfect may end well before the writing', text: 'The coalition had governed for two years, since 2008, when the vote came.', date: '2019-04-01' },
    // Approximations within their usual slack.
    { name: '"more than a decade" for nine and three quarter years', text: 'The bridge has stood for more than a decade, since 2005.', date: '2014-10-01' },
    { name: '"nearly 20 years" for nineteen', text: 'The league has existed for nearly 20 years, since 1996.', date: '2015-05-01' },
    { name: '"about 15 years"', text: 'The fund has operated for about 15 years, since 2001.', date: '2017-01-01' },
    { name: '"a decade" for nine years from 2008 to 2017', text: 'For a decade, from 2008 to 2017, the yard built ferries.' },
    { name: '"a quarter of a century" for 24 years', text: 'She led the choir for a quarter of a century, from 1980 to 2004.' },
    { name: '"two decades ago, in 1991" in 2012', text: 'The cold war ended two decades ago, in 1991.', date: '2012-02-01' },
    { name: 'the year before "… ago"', text: 'In 1999, twelve years ago, the archive opened its doors.', date: '2011-06-01' },
    // Not durations of the kind checked: ages, windows, offsets between two events.
    { name: 'an age group', text: 'The survey compared 13–17 year olds from 2005 through 2015.' },
    { name: 'a window of time', text: 'Over the past two decades, since 1990, the river has been dredged.', date: '2020-01-01' },
    { name: 'an offset between two events', text: 'He was elected in 2001 and two years later, in 2009, he resigned.' },
    { name: 'a date after the end is not the start', text: 'In 2015 a court found he had been jailed for a decade, until 2010.' },
    { name: 'a since-date in another clause', text: 'The plant has run for six years, and the union has existed since 1950.', date: '2016-01-01' },
    // Taking office and time in office, against the knowledge base's terms.
    { name: 're-election does not restart "took office"', text: 'Barack Obama took office six years ago, promising to close the camp.', date: '2015-03-01' },
    { name: '"who took office more than a decade ago" when it is right', text: 'Angela Merkel, who took office more than a decade ago, spoke first.', date: '2017-02-01' },
    { name: 'a surname the article never gives in full', text: 'Merkel took office 30 years ago, the mayor said.', date: '2017-02-01' },
    { name: 'a surname shared by several people in the knowledge base', text: 'Johnson took office two years ago.', date: '2019-09-01' },
    { name: 'a person who took two offices leaves "took office" open', text: 'Vladimir Putin took office eleven years ago.', date: '2011-01-10' },
    { name: '"in the two years since X took office" when it is right', text: 'Prices have risen in the two years since Donald Trump took office.', date: '2019-10-15' },
    { name: '"since X took office" in a past clause ended at a time the text does not give', text: 'The deficit grew in the five years since Donald Trump took office.', date: '2019-10-15' },
    { name: '"six months into his presidency" when it is right', text: 'President Donald Trump spoke on Monday. Six months into his presidency, Trump faces a revolt.', date: '2017-07-20' },
    { name: '"into his presidency" in a past clause tells of a past time', text: 'President Donald Trump spoke on Monday. Two years into his presidency, Trump said he faced a revolt.', date: '2017-07-20' },
    { name: '"his" with two people named before it', text: 'Angela Merkel met Emmanuel Macron. Two years into his presidency, he faces a revolt.', date: '2017-07-20' },
    { name: 'a name the knowledge base does not know', text: 'Mayor Ellen Fairweather took office forty years ago.', date: '2019-09-01' },
    { name: '"almost five decades in power" for 49 years', text: 'Sultan Qaboos died on Friday after almost five decades in power.', date: '2020-01-11' },
    { name: 'a tenure long over when the article was written is not the one meant', text: 'Gerhard Schröder stepped down after 30 years in office, a historian wrote.', date: '2019-09-01' },
    { name: 'time in office with two people in the clause and neither next to it', text: 'Angela Merkel praised what Emmanuel Macron had done in 40 years in office.', date: '2019-09-01' },
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
      errors: [{ messageId: 'sinceMismatch', data: { duration: 'more than 75 years', since: '1945', elapsed: '69–70 years' }, line: 1, column: 56, endColumn: 74 }],
    },
    {
      name: '"over twenty years ago" for the year the sentence gives',
      text: 'The commission was set up over twenty years ago, in 2010.',
      date: '2019-01-25',
      errors: [{ messageId: 'sinceMismatch', data: { duration: 'over twenty years ago', since: '2010', elapsed: '8–9 years', needed: 'more than 20 years' }, line: 1, column: 27 }],
    },
    flags('The museum has been closed for nine years, since 2009.', '2014-03-02', 'nine years', 'sinceMismatch', { since: '2009', elapsed: '4–5 years', needed: '9 years' }),
    flags('She ran the agency for a quarter of a century, from 1990 to 2004.', undefined, 'a quarter of a century', 'rangeMismatch', { start: 1990, end: 2004, elapsed: '13–14 years', needed: '25 years' }),
    flags('He was detained in 1982 and held for three decades, until 1990.', undefined, 'three decades', 'rangeMismatch', { start: 1982, end: 1990, elapsed: '7–8 years', needed: '30 years' }),
    flags('The ferry design dates back more than two decades, to 2005.', '2016-06-01', 'more than two decades', 'sinceMismatch', { since: '2005', elapsed: '10–11 years' }),
    flags('The archive was opened ten years ago, in 2009.', '2013-05-05', 'ten years ago', 'sinceMismatch', { since: '2009', elapsed: '3–4 years' }),
    flags('The talks began two years ago, on 12 March 2012.', '2013-01-10', 'two years ago', 'sinceMismatch', { since: '12 March 2012', elapsed: '9 months' }),
    flags('Her family has lived in the valley for more than six decades, since 1975.', '2019-05-01', 'more than six decades', 'sinceMismatch', { elapsed: '43–44 years', needed: 'more than 60 years' }),
    flags('The coalition had governed for more than two years, since June 2013, when it fell.', '2014-09-01', 'more than two years', 'sinceTooLong', { since: 'June 2013', elapsed: 'at most 15 months' }),
    flags('The shelter has housed families for 18 months, since March 2012.', '2012-07-01', '18 months', 'sinceMismatch', { elapsed: '3–4 months', needed: '18 months' }),
    flags('Seven years on from 2010, the square is still being rebuilt.', '2013-06-01', 'Seven years', 'sinceMismatch', { since: '2010', elapsed: '2–3 years' }),
    flags('The station has been shut for almost a decade, since 1995.', '2016-01-10', 'almost a decade', 'sinceMismatch', { elapsed: '20–21 years', needed: 'a little under 10 years' }),
    flags('The plant has been closed for nearly ten years, since 2011.', '2014-02-01', 'nearly ten years', 'sinceMismatch', { elapsed: '2–3 years' }),
    {
      name: '"took office more than three years ago" against the day the knowledge base gives',
      text: 'The alliance dates from before Donald Trump took office more than three years ago.',
      date: '2019-10-15',
      errors: [{ messageId: 'tookOfficeMismatch', data: { name: 'Donald Trump', start: '20 January 2017', elapsed: '2 years', needed: 'more than 3 years' }, ...at('The alliance dates from before Donald Trump took office more than three years ago.', 'more than three years ago') }],
    },
    {
      name: '"in the five years since X took office, … has" runs to the time of writing',
      text: 'In the five years since Donald Trump took office, the deficit has grown.',
      date: '2019-10-15',
      errors: [{ messageId: 'tookOfficeMismatch', data: { name: 'Donald Trump', elapsed: '2 years', needed: '5 years' }, ...at('In the five years since Donald Trump took office, the deficit has grown.', 'five years') }],
    },
    {
      name: '"two years into his presidency, X faces": his is the one person named before',
      text: INTO_HIS,
      date: '2017-07-20',
      errors: [{ messageId: 'tenureMismatch', data: { name: 'Donald Trump', elapsed: '5 months', needed: '2 years' }, ...at(INTO_HIS, 'Two years') }],
    },
    {
      name: '"a year into Trump\'s presidency, the party is split": the possessive names the person',
      text: "President Donald Trump spoke. Three years into Trump's presidency, the party is split.",
      date: '2017-07-20',
      errors: [{ messageId: 'tenureMismatch', data: { name: 'Donald Trump', needed: '3 years' }, ...at("President Donald Trump spoke. Three years into Trump's presidency, the party is split.", 'Three years') }],
    },
    {
      name: '"who took office ten years ago" counts from the first inauguration',
      text: 'Barack Obama, who took office ten years ago, spoke in Ohio.',
      date: '2014-05-01',
      errors: [{ messageId: 'tookOfficeMismatch', data: { name: 'Barack Obama', elapsed: '5 years', needed: '10 years' }, ...at('Barack Obama, who took office ten years ago, spoke in Ohio.', 'ten years ago') }],
    },
    {
      name: '"after more than six decades on the throne" for a reign of 49 years',
      text: "After more than six decades on the throne, Qaboos's rule ended with his death.",
      date: '2020-01-12',
      errors: [{ messageId: 'tenureMismatch', data: { name: 'Qaboos bin Said Al Said', office: 'Sultan of Oman', elapsed: '49 years', needed: 'more than 60 years' }, ...at("After more than six decades on the throne, Qaboos's rule ended with his death.", 'more than six decades') }],
    },
    {
      name: '"stepped down after 30 years in office" for a chancellor of 16 years',
      text: 'Angela Merkel stepped down after 30 years in office, her party said.',
      date: '2021-12-10',
      errors: [{ messageId: 'tenureMismatch', data: { name: 'Angela Merkel', elapsed: '16 years', needed: '30 years' }, ...at('Angela Merkel stepped down after 30 years in office, her party said.', '30 years') }],
    },
  ],
});
