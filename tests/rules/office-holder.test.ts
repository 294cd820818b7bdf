import rule from '../../rules/office-holder.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase, seedCases } from './example-cases.js';

const titles2004 = exampleCase('facts-titles-2004.md');
const titles2018 = exampleCase('facts-titles-2018.md');
const titles2019 = exampleCase('facts-titles-2019.md');
const obamaSays = 'President Obama says the deal is good for America.';

new RuleTester().run(rule, {
  valid: [
    { name: 'quiet without the article\'s date', text: 'President Obama says the deal is good.' },
    { name: 'past-tense narration of an earlier office', text: 'Relations warmed during the tenure of Prime Minister Shinzo Abe, who met Putin often.', date: '2024-03-01' },
    // Seeds: Kishida "then foreign minister", "former president" Medvedev, Abe's terms are right.
    ...seedCases().map((seed) => ({ name: `seed ${seed.filename}`, ...seed })),
    { name: 'quoted words are left to their speaker', text: '“President Obama is right about this,” the senator says.', date: '2018-10-03' },
    {
      name: 'a title at the date the clause gives, and a title held when writing',
      text: 'On 9 February 2016, US President Barack Obama phoned Abe. In 2004, Chancellor Merkel was in opposition.',
      date: '2019-05-01',
    },
    { name: 'a present perfect beside a past form is a narrative of then', text: 'President Obama has said he signed the order in 2014.', date: '2019-06-01' },
    { name: 'a past perfect is a narrative of then', text: 'President Obama had postponed his visit to the region.', date: '2019-06-01' },
    { name: 'no guess between two people with one surname', text: 'President Bush says the war is over.', date: '2012-01-01' },
    { name: 'a given name is not read as a surname ("President Jinping" links to nobody)', text: 'President Jinping said the talks were useful.', date: '2008-05-10' },
    ...[
      ['curly double', 'The ambassador recalled: “President Obama says the deal is good for America.”'],
      ['curly single', 'The ambassador recalled: ‘President Obama says the deal is good for America.’'],
      ['straight double', 'The ambassador recalled: "President Obama says the deal is good for America."'],
      ['guillemets', 'The ambassador recalled: «President Obama says the deal is good for America.»'],
    ].map(([marks, text]) => ({ name: `a title inside ${marks} quotation marks`, text, date: '2019-06-01' })),
  ],
  invalid: [
    {
      name: 'a title taken only later ("Chancellor Merkel" in 2004), naming the holder then',
      ...titles2004,
      errors: [
        {
          messageId: 'notYet',
          data: { name: 'Angela Merkel', date: '15 June 2004', holderThen: ' On 15 June 2004 the Chancellor of Germany was Gerhard Schröder.' },
          message: '22 November 2005',
          evidence: { reasoning: /\S/ },
          ...at(titles2004.text, 'Chancellor Merkel'),
        },
      ],
    },
    {
      name: 'present-tense titles no longer held and a misstated term; "former" and anachronistic past uses accepted',
      ...titles2018,
      errors: [
        { messageId: 'noLonger', data: { name: 'Barack Obama' }, message: 'Donald Trump', ...at(titles2018.text, 'President Obama') },
        { messageId: 'noLonger', data: { name: 'Dmitry Medvedev' }, message: 'Vladimir Putin', ...at(titles2018.text, 'Russian President Dmitry Medvedev') },
        { messageId: 'misstatedTerm', data: { name: 'Angela Merkel', stated: '2003 to 2021' }, ...at(titles2018.text, 'Angela Merkel, who served as German chancellor from 2003 to 2021') },
      ],
    },
    {
      name: 'a future prime minister; "then" titles held at the time and right stated terms accepted',
      ...titles2019,
      errors: [{ messageId: 'notYet', data: { name: 'Fumio Kishida' }, message: 'Shinzo Abe', ...at(titles2019.text, 'Prime Minister Fumio Kishida') }],
    },
    {
      name: 'a "then" title not held at the stated time',
      text: 'Taro Kono (then foreign minister) met Sergei Lavrov in 2014.',
      date: '2022-01-10',
      errors: [{ messageId: 'notThen', data: { name: 'Taro Kono', date: '2014' }, text: 'Taro Kono (then foreign minister', line: 1, column: 1 }],
    },
    {
      name: '"President Xi" is Xi Jinping, not yet president in 2008',
      text: 'President Xi said the talks were useful.',
      date: '2008-05-10',
      errors: [
        {
          messageId: 'notYet',
          data: { name: 'Xi Jinping', office: 'President of China', date: '10 May 2008' },
          message: /^Xi Jinping was not yet President of China on 10 May 2008.*Hu Jintao/,
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'the same words outside quotation marks are checked',
      text: obamaSays,
      date: '2019-06-01',
      errors: [{ messageId: 'noLonger', data: { name: 'Barack Obama', date: '1 June 2019' }, text: 'President Obama', line: 1, column: 1 }],
    },
    {
      name: 'the present perfect tells the news of now: "has postponed" holds the title at the date',
      text: 'President Obama has postponed his visit to the region, citing the storm.',
      date: '2019-06-01',
      errors: [{ messageId: 'noLonger', data: { name: 'Barack Obama', date: '1 June 2019' }, text: 'President Obama', line: 1, column: 1 }],
    },
  ],
});
