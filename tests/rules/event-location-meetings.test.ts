/**
 * event-location for meetings the knowledge base gained from issue 14: ASEM summits, the UN
 * Climate Action Summit of 2019 (and the UN Climate Summit of 2014), and African Union summits,
 * which are recorded in full only for 2018-2020 (series.yml `complete`). Sentences written for
 * these tests, in the forms reporters use.
 */
import rule from '../../rules/event-location.js';
import { RuleTester } from '../rule-tester.js';
import { at } from './example-cases.js';

const beijing2008 = 'Beijing, China, 24–25 October 2008';
const kigali2018 = 'Kigali, Rwanda, 21 March 2018';
const newYork2019 = 'New York, United States, 23 September 2019';

const asemWeekend = 'The chancellor, back from the weekend’s Asia-Europe summit in Shanghai, met her cabinet.';
const asemLastMonth = 'At the ASEM summit in Tianjin last month, leaders agreed to coordinate on the crisis.';
const asemEnDash = 'Trade ministers followed the Asia–Europe Meeting in Rome on Friday.';
const climateAddressed = 'The prime minister addressed the UN Climate Action Summit in Geneva, pledging new funds.';
const climateGaveAddress = 'She gave an address at the United Nations Climate Action Summit in Paris last month.';
const auMarch = 'Forty-four states signed the pact at an AU summit in Addis Ababa in March 2018.';
const auSummitOf = 'The accord was signed at a summit of the African Union in Nairobi in March 2018.';
const auBackFrom = 'Back from last month’s African Union summit in Addis Ababa, the president praised the trade deal.';

new RuleTester().run(rule, {
  valid: [
    { name: 'ASEM: the right city, in the reporters\' forms', text: 'The premier, back from the weekend’s Asia–Europe summit in Beijing, spoke of the crisis.', date: '2008-10-28' },
    { name: 'ASEM: "the ASEM" at the right place', text: 'At the ASEM in Milan this week, leaders talked about maritime security.', date: '2014-10-18' },
    {
      name: 'ASEM: a true sentence about a past meeting in another city (no time words single out a meeting)',
      text: 'At the ASEM summit in Helsinki, Finland pushed for a climate declaration.',
      date: '2010-11-01',
    },
    { name: 'ASEM: a summit the knowledge base does not record (after ASEM13) is not contradicted', text: 'Leaders met at the ASEM summit in Madrid last month.', date: '2026-06-15' },
    { name: 'ASEM: a meeting of its ministers is no summit', text: 'Foreign ministers met at the 2002 ASEM meeting in Madrid.', date: '2002-12-01' },
    { name: 'UN Climate Action Summit in the right city', text: 'The minister addressed the UN Climate Action Summit in New York.', date: '2019-10-30' },
    { name: 'the Global Climate Action Summit is another meeting', text: 'Mayors gathered at the Global Climate Action Summit in San Francisco.', date: '2018-09-20' },
    { name: '"UN Climate Summit" without its year is what the press calls a COP', text: 'He addressed the UN Climate Summit in Copenhagen.', date: '2009-12-30' },
    { name: 'AU: the right city for the AfCFTA signing', text: 'Forty-four states signed the pact at an AU summit in Kigali in March 2018.', date: '2018-06-01' },
    { name: 'AU: the ordinary session of February 2018 was in Addis Ababa', text: 'The leaders met at the AU summit in Addis Ababa in January 2018.', date: '2018-06-01' },
    {
      name: 'AU: an ambiguous instance (the AU met four times last year, once in Addis Ababa and once in Kigali)',
      text: 'At last year’s AU summit in Nairobi, leaders debated reform.',
      date: '2019-03-01',
    },
    { name: 'AU: a year the knowledge base does not record in full is not checked', text: 'The deal was signed at an African Union summit in Nairobi in January 2014.', date: '2014-06-01' },
    { name: 'AU: a cue reaching into an unrecorded year is not checked', text: 'Back from the African Union summit in Nairobi, the president spoke.', date: '2018-01-10' },
    { name: 'AU: the organisation\'s seat is no meeting', text: 'In March 2018, the AU in Addis Ababa announced new rules.', date: '2018-06-01' },
    { name: 'AU: leaders of the AU may gather for another summit', text: 'African Union leaders gathered in Nairobi last week.', date: '2019-02-20' },
    { name: 'AU: its officials at another summit do not make it an AU summit', text: 'AU Commission chairman Faki spoke at the summit in Abuja last week.', date: '2019-07-20' },
    { name: 'AU: talks it mediates and meetings of its ministers are no summit', text: 'Envoys held AU talks in Khartoum in July 2019. Ministers attended an AU meeting in Kigali in February 2019.', date: '2019-08-01' },
    { name: 'AU: a virtual meeting cannot be contradicted', text: 'The leaders joined the African Union summit in Pretoria on 5 December 2020.', date: '2020-12-10' },
  ],
  invalid: [
    {
      name: 'ASEM: "back from the weekend\'s Asia-Europe summit in X"',
      text: asemWeekend,
      date: '2008-10-28',
      errors: [{ messageId: 'wrongPlace', data: { year: 2008, series: 'ASEM', place: 'Shanghai', host: beijing2008 }, sourceIds: ['asem-2008-beijing'], ...at(asemWeekend, 'the weekend’s Asia-Europe summit in Shanghai') }],
    },
    {
      name: 'ASEM: "at the ASEM summit in X last month"',
      text: asemLastMonth,
      date: '2008-11-20',
      errors: [{ messageId: 'wrongPlace', data: { year: 2008, place: 'Tianjin', host: beijing2008 }, ...at(asemLastMonth, 'ASEM summit in Tianjin last month') }],
    },
    {
      name: 'ASEM: the name with an en dash, the day of the verb',
      text: asemEnDash,
      date: '2014-10-20',
      errors: [{ messageId: 'wrongPlace', data: { year: 2014, place: 'Rome' }, message: 'Milan, Italy, 16–17 October 2014', ...at(asemEnDash, 'Asia–Europe Meeting in Rome') }],
    },
    {
      name: 'ASEM: "ASEM leaders met in X in <month>"',
      text: 'ASEM leaders met in Rome in October to discuss Ukraine.',
      date: '2014-11-01',
      errors: [{ messageId: 'wrongPlace', data: { year: 2014, place: 'Rome' }, message: 'Milan, Italy, 16–17 October 2014', line: 1, column: 1 }],
    },
    {
      name: 'UN Climate Action Summit: "addressed the UN Climate Action Summit in X" (the series met once)',
      text: climateAddressed,
      date: '2019-11-05',
      errors: [{ messageId: 'wrongPlace', data: { year: 2019, series: 'UN Climate Action', place: 'Geneva', host: newYork2019 }, suggestions: [{ replacement: 'New York' }], ...at(climateAddressed, 'UN Climate Action Summit in Geneva') }],
    },
    {
      name: 'UN Climate Action Summit: "gave an address at … last month"',
      text: climateGaveAddress,
      date: '2019-10-15',
      errors: [{ messageId: 'wrongPlace', data: { place: 'Paris', host: newYork2019 }, ...at(climateGaveAddress, 'United Nations Climate Action Summit in Paris last month') }],
    },
    {
      name: 'UN Climate Summit 2014 named with its year',
      text: 'He addressed the 2014 UN Climate Summit in Geneva.',
      date: '2014-09-30',
      errors: [{ messageId: 'wrongPlace', data: { year: 2014, series: 'UN Climate', place: 'Geneva' }, message: 'New York', line: 1, column: 18 }],
    },
    {
      name: 'AU: "an AU summit in X in March 2018" (the AfCFTA was signed in Kigali)',
      text: auMarch,
      date: '2018-06-01',
      errors: [{ messageId: 'wrongPlace', data: { year: 2018, series: 'African Union', place: 'Addis Ababa', host: kigali2018 }, message: 'host in 2016, 2017 and January 2018', ...at(auMarch, 'AU summit in Addis Ababa in March 2018') }],
    },
    {
      name: 'AU: "a summit of the African Union in X"',
      text: auSummitOf,
      date: '2018-06-01',
      errors: [{ messageId: 'wrongPlace', data: { place: 'Nairobi', host: kigali2018 }, ...at(auSummitOf, 'summit of the African Union in Nairobi in March 2018') }],
    },
    {
      name: 'AU: "back from last month\'s African Union summit in X"',
      text: auBackFrom,
      date: '2018-04-03',
      errors: [{ messageId: 'wrongPlace', data: { place: 'Addis Ababa', host: kigali2018 }, ...at(auBackFrom, 'last month’s African Union summit in Addis Ababa') }],
    },
    {
      name: 'AU: the mid-year session of 2018 was in Nouakchott',
      text: 'The AU summit in Kigali in July 2018 backed the reform plan.',
      date: '2018-09-01',
      errors: [{ messageId: 'wrongPlace', data: { year: 2018, place: 'Kigali' }, message: 'Nouakchott, Mauritania, 1–2 July 2018', line: 1, column: 5 }],
    },
  ],
});
