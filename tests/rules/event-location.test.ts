import rule from '../../rules/event-location.js';
import type { ExpectedError } from '../rule-tester.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase, seedCases } from './example-cases.js';

const summits = exampleCase('facts-summit-places.md');
const buenosAires = 'Buenos Aires, Argentina, 30 November–1 December 2018';
const singaporeThen = ' Singapore hosted the 33rd ASEAN Summit and the 13th East Asia Summit, 11–15 November 2018.';

/** Seeds 000 and 002 (two versions of one article) put last year's G20 summit in Singapore; the others say nothing wrong. */
const seeds = seedCases();
const misplacingSeeds = seeds.filter((seed) => /^00[02]_/.test(seed.filename));
const singaporeInSeed = (text: string): ExpectedError => ({
  messageId: 'wrongPlace',
  data: { year: 2018, place: 'Singapore', host: buenosAires, context: singaporeThen },
  sourceIds: ['g20-2018-buenos-aires'],
  ...at(text, 'last year’s G20 summit in Singapore'),
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'right places: the country, the city, an undated summit',
      text: 'The 2019 G20 summit in Japan went well. The Osaka G20 summit was calm. A G20 summit in Singapore would be new.',
      date: '2020-02-01',
    },
    { name: '"last year\'s" cannot be resolved without the article\'s date', text: 'They met at last year\'s G20 summit in Tokyo.' },
    { name: 'no record of the series in that year', text: 'They met at the 1995 G20 summit in Tokyo.' },
    { name: '"… in <place> last year", right', text: 'Trump left the G7 summit in Quebec last year before the communiqué.', date: '2019-03-01' },
    {
      name: 'correct summits written with the place before the series and the year after it',
      text: 'The 2014 NATO summit in Wales agreed the target. The Hangzhou G20 summit in 2016 was calm. The 2022 G20 summit in Bali, Indonesia, ended well.',
    },
    {
      name: '"the summit" right, without a place, or named in another paragraph',
      text: [
        'The leaders attended the 2018 G20 summit. The summit in Buenos Aires ended with a communiqué.',
        'On the eve of the 2016 G7 summit, the summit agenda was set.',
        'Leaders met at the 2018 G20 summit.\n\nAt the summit in Singapore in November 2018, Abe and Putin met.',
      ].join('\n\n'),
      date: '2019-02-01',
    },
    {
      name: 'a true sentence about a past meeting in that place: no time words single out another meeting',
      text: 'At the G7 summit in Taormina, Trump refused to endorse the climate accord.',
      date: '2019-08-29',
    },
    {
      name: 'a day after the place dates the verb, not the summit; the recent meeting was there',
      text: 'The prime minister returned from the G7 summit in Biarritz on Monday.',
      date: '2019-09-02',
    },
    {
      name: 'an ambiguous instance: last year the series met twice',
      text: "Trade dominated last year's ASEAN summit in Manila.",
      date: '2016-03-01',
    },
    { name: 'a hypothetical summit', text: 'A G20 summit in Singapore would be new.', date: '2019-03-01' },
    {
      name: 'right places in the forms reporters use',
      text: [
        "Back from the weekend's G7 summit in Charlevoix, the prime minister faced questions.",
        'Blair championed debt relief in 2005, the year he hosted the G8 summit in Gleneagles.',
      ].join('\n\n'),
      date: '2018-06-11',
    },
    { name: '"whose leaders met in <place> in <month>", right', text: 'APEC, whose leaders met in Lima in November, has set new goals.', date: '2017-03-10' },
    ...seeds.filter((seed) => !misplacingSeeds.includes(seed)).map((seed) => ({ name: `seed ${seed.filename}`, ...seed })),
  ],
  invalid: [
    {
      name: '"last month\'s" counted from the article\'s date, naming what the claimed place hosted',
      text: "Xi spoke at length at last month's G20 summit in Antalya.",
      date: '2016-10-05',
      errors: [{ messageId: 'wrongPlace', data: { year: 2016, host: 'Hangzhou, China, 4–5 September 2016', place: 'Antalya', placeNote: ' (host in 2015)' }, text: "last month's G20 summit in Antalya", line: 1, column: 23 }],
    },
    {
      name: 'a series that meets "this weekend" in "the <demonym> <kind of place> of <place>"',
      text: 'The G7 is due to meet this weekend in the Bavarian resort of Elmau.',
      date: '2018-06-06',
      errors: [{ messageId: 'wrongPlace', data: { year: 2018, place: 'Elmau', placeNote: ' (host in 2015)', verb: 'is to be held' }, message: 'Charlevoix', line: 1, column: 5 }],
    },
    {
      name: '"whose leaders met in <place> in <month>": the last such month before the article',
      text: 'APEC, whose leaders met in Manila in November, has set new goals.',
      date: '2017-09-10',
      errors: [{ messageId: 'wrongPlace', data: { year: 2016, place: 'Manila', placeNote: ' (host in 2015)' }, message: 'Lima', line: 1, column: 1 }],
    },
    {
      name: '"in <place> this week for the <series> summit"',
      text: 'Both leaders were in Seoul this week for the G20 summit.',
      date: '2010-06-25',
      errors: [{ messageId: 'wrongPlace', data: { place: 'Seoul', placeNote: '', verb: 'is to be held' }, message: 'Toronto, Canada, 26–27 June 2010', line: 1, column: 22 }],
    },
    {
      name: 'a meeting named without its series takes the one the sentence names',
      text: "The NATO chief, preparing for December's leaders' meeting in Brussels, urged calm.",
      date: '2019-10-20',
      errors: [{ messageId: 'wrongPlace', data: { year: 2019, place: 'Brussels', verb: 'is to be held' }, message: 'London, United Kingdom, 3–4 December 2019', text: "December's leaders' meeting in Brussels", line: 1, column: 31 }],
    },
    {
      name: '"back from" and "on the heels of": the meeting that had just ended',
      text: 'Back from the G7 summit in Hamburg, the chancellor spoke of Europe.\n\nThe deal came on the heels of the G7 summit in Elmau.',
      date: '2017-05-30',
      errors: [
        { messageId: 'wrongPlace', data: { year: 2017, place: 'Hamburg', context: " Hamburg hosted the 12th G20 Leaders' Summit, 7–8 July 2017." }, message: 'Taormina', line: 1, column: 15 },
        { messageId: 'wrongPlace', data: { year: 2017, place: 'Elmau', placeNote: ' (host in 2015)' }, message: 'Taormina', line: 3, column: 35 },
      ],
    },
    {
      name: '"<year>, the year …" and a fronted year date the summit of the sentence',
      text: 'Blair championed debt relief in 2005, the year he hosted the G8 summit in Birmingham.\n\nIn 2016, leaders gathered at the G20 summit in Antalya.',
      errors: [
        { messageId: 'wrongPlace', data: { year: 2005, place: 'Birmingham', placeNote: ' (host in 1998)', verb: 'was held' }, text: 'G8 summit in Birmingham', line: 1, column: 62 },
        { messageId: 'wrongPlace', data: { year: 2016, place: 'Antalya', verb: 'was held' }, message: 'Hangzhou', text: 'G20 summit in Antalya', line: 3, column: 34 },
      ],
    },
    {
      name: 'summits in the wrong city, naming the real host, dates and what happened there',
      ...summits,
      errors: [
        {
          messageId: 'wrongPlace',
          data: { year: 2019, series: 'G20', host: 'Osaka, Japan, 28–29 June 2019', place: 'Tokyo', context: '' },
          ...at(summits.text, 'last year\'s G20 summit in Tokyo'),
          suggestions: [{ replacement: 'Osaka' }],
          evidence: { claimed: 'Tokyo', actual: 'Osaka' },
          sourceIds: ['g20-2019-osaka'],
        },
        {
          messageId: 'wrongPlace',
          data: { year: 2017, host: 'Taormina, Italy, 26–27 May 2017', place: 'Hamburg', context: ' Hamburg hosted the 12th G20 Leaders\' Summit, 7–8 July 2017.' },
          ...at(summits.text, '2017 G7 summit in Hamburg'),
        },
      ],
    },
    {
      name: '"… in <place> last year", wrong',
      text: 'Trump left the G7 summit in Toronto last year before the communiqué.',
      date: '2019-03-01',
      errors: [{ messageId: 'wrongPlace', data: { year: 2018, place: 'Toronto' }, message: 'Charlevoix', text: 'G7 summit in Toronto last year', line: 1, column: 16 }],
    },
    {
      name: 'the place before the series and the year after it; the year the place did host',
      text: 'The Hamburg G20 summit in 2018 was tense. At the 2018 BRICS summit in Durban, leaders spoke.',
      errors: [
        { messageId: 'wrongPlace', data: { place: 'Hamburg', placeNote: ' (host in 2017)', context: '' }, text: 'Hamburg G20 summit in 2018', line: 1, column: 5 },
        { messageId: 'wrongPlace', data: { place: 'Durban' }, message: 'Johannesburg', text: '2018 BRICS summit in Durban', line: 1, column: 50 },
      ],
    },
    {
      name: '"the summit in <place>" is the summit last named in the paragraph, at its time',
      text: 'Abe and Putin spoke at last year\'s G20 summit. At the summit in Singapore, they agreed to speed up talks.',
      date: '2019-02-01',
      errors: [{ messageId: 'wrongPlace', data: { year: 2018, host: buenosAires, place: 'Singapore' }, text: 'the summit in Singapore', line: 1, column: 51 }],
    },
    ...misplacingSeeds.map((seed) => ({ name: `seed ${seed.filename}: last year's G20 summit was in Buenos Aires`, ...seed, errors: [singaporeInSeed(seed.text)] })),
  ],
});
