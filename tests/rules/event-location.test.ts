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
    ...seeds.filter((seed) => !misplacingSeeds.includes(seed)).map((seed) => ({ name: `seed ${seed.filename}`, ...seed })),
  ],
  invalid: [
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
        { messageId: 'wrongPlace', data: { place: 'Hamburg', context: ' G20 leaders met in Hamburg on 7–8 July 2017.' }, text: 'Hamburg G20 summit in 2018', line: 1, column: 5 },
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
