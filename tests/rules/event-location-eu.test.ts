/**
 * event-location for European Council meetings ("EU summits"): checked only where the knowledge
 * base records every meeting (`complete` in data/vocabulary/series.yml), with the names reporters
 * use for them ("EU summit", "European Council", "EU leaders at a summit in …", "a summit of EU
 * leaders", "an EU leaders' summit").
 */
import rule from '../../rules/event-location.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'an informal meeting away from Brussels, right',
      text: 'Leaders quarrelled over migration at an informal EU summit in Salzburg in September 2018.',
      date: '2018-10-05',
    },
    {
      name: 'a month with meetings in two places: the text names one of them',
      text: "The chancellor clashed with Macron at last month's EU summit in Sibiu.",
      date: '2019-06-10',
    },
    {
      name: 'a month with meetings in two places: the text names neither, but does not pick one',
      text: "The chancellor clashed with Macron at last month's EU summit in Salzburg.",
      date: '2019-06-10',
    },
    {
      name: 'after the complete years: a meeting missing from the records may be the one meant',
      text: "Vaccine exports dominated last month's EU summit in Brussels.",
      date: '2021-06-10',
    },
    {
      name: 'a cue counted from a date after the complete years stays quiet',
      text: 'Back from the EU summit in Porto, the prime minister faced questions on vaccines.',
      date: '2021-01-05',
    },
    {
      name: 'EU leaders also meet at other summits: a place in a country that never hosted the series is not checked',
      text: 'EU leaders at a summit in Hangzhou last month pressed China on steel.',
      date: '2016-10-10',
    },
    {
      name: 'the council president at another summit: a country that never hosted the series',
      text: 'European Council President Donald Tusk, speaking at the summit in New York last week, urged unity.',
      date: '2018-09-27',
    },
    {
      name: 'the seat says nothing: the body sits there …',
      text: 'The European Council in Brussels last week kept its line on the backstop.',
      date: '2018-09-26',
    },
    {
      name: '… and its leaders meet there for much else (summits with partners)',
      text: "Leaders signed a declaration with eastern partners at last month's EU summit in Brussels.",
      date: '2017-12-05',
    },
    {
      name: 'a meeting held by video conference has no place to contradict',
      text: "Sanctions on Minsk were agreed at last month's EU summit in Berlin.",
      date: '2020-09-10',
    },
    {
      name: 'right places in the forms reporters use',
      text: [
        'Ratas hosted EU leaders at a summit in Tallinn last month.',
        'A summit of EU leaders in Sofia last week backed closer ties with the Balkans.',
        'A summit of EU leaders in Rome in March 2017 adopted a declaration.',
        'At the European Council in Brussels in October 2019, leaders endorsed the new deal.',
      ].join('\n\n'),
      date: '2017-10-12',
    },
  ],
  invalid: [
    {
      name: '"last month\'s EU summit" counted from the article\'s date: December 2018 was in Brussels, Sibiu in May 2019',
      text: "Tusk, who chaired last month's EU summit in Sibiu, praised the mayor.",
      date: '2019-01-20',
      errors: [
        {
          messageId: 'wrongPlace',
          data: { year: 2018, series: 'EU', place: 'Sibiu', host: 'Brussels, Belgium, 13–14 December 2018' },
          text: "last month's EU summit in Sibiu",
          line: 1,
          column: 19,
          suggestions: [{ replacement: 'Brussels' }],
          sourceIds: ['european-council-2018-12-meeting'],
        },
      ],
    },
    {
      name: '"EU leaders at a summit in <place>" with relative words',
      text: 'EU leaders at a summit in Salzburg last week agreed to delay Brexit.',
      date: '2019-03-27',
      errors: [{ messageId: 'wrongPlace', data: { year: 2019, place: 'Salzburg', placeNote: ' (host in 2018)', host: 'Brussels, Belgium, 21–22 March 2019' }, text: 'summit in Salzburg last week', line: 1, column: 17 }],
    },
    {
      name: '"a summit of EU leaders in <place> last month"',
      text: 'A summit of EU leaders in Gothenburg last month ended without a deal on migration.',
      date: '2018-10-05',
      errors: [{ messageId: 'wrongPlace', data: { year: 2018, place: 'Gothenburg', placeNote: ' (host in 2001 and 2017)' }, message: 'Salzburg, Austria, 19–20 September 2018', line: 1, column: 3 }],
    },
    {
      name: '"an EU leaders\' summit in <place> in <month year>"',
      text: "Estonia showed off its e-government at an EU leaders' summit in Sofia in September 2017.",
      date: '2019-01-01',
      errors: [{ messageId: 'wrongPlace', data: { year: 2017, place: 'Sofia', placeNote: ' (host in 2018)' }, message: 'Tallinn, Estonia', line: 1, column: 43 }],
    },
    {
      name: 'a stated month with two meetings, both elsewhere: both are named',
      text: 'The top jobs were shared out at the EU summit in Sibiu in June 2019.',
      date: '2019-09-01',
      errors: [{ messageId: 'wrongPlace', data: { year: 2019, place: 'Sibiu', host: 'Brussels, Belgium, 20–21 June 2019, and in Brussels, Belgium, 30 June–2 July 2019' }, line: 1, column: 37 }],
    },
  ],
});
