import rule from '../../rules/event-date.js';
import type { ExpectedError } from '../rule-tester.js';
import { RuleTester } from '../rule-tester.js';
import { at, exampleCase, seedCases } from './example-cases.js';

const treaties = exampleCase('facts-treaty-years.html');
const friendship2001 = 'agreement-sino-russian-treaty-of-friendship-2001';

/** Seeds 000 and 002 (two versions of one article) date the 2001 treaty to 1999; the others say nothing wrong. */
const seeds = seedCases();
const misdatingSeeds = seeds.filter((seed) => /^00[02]_/.test(seed.filename));
const seed1999: (text: string) => ExpectedError = (text) => ({
  messageId: 'wrongSigningDate',
  data: { recorded: 'signed on 16 July 2001', claimed: 'in 1999', asWritten: ' ("basic agreement on bilateral relations")' },
  sourceIds: [friendship2001],
  ...at(text, '1999, Russia first signed a basic agreement on bilateral relations'),
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'European Council records are complete only for 2015-2020: "no meeting that month" is not trusted in 2021',
      text: 'Vaccines were the theme of the EU summit in Porto in June 2021.',
      date: '2021-09-01',
    },
    {
      name: 'the adoption date for a signing (Kyoto), other acts, two-date clauses',
      text: [
        'The Kyoto Protocol was signed in 1997.',
        'The Paris Agreement, adopted in 2015, matters.',
        'The Maastricht Treaty was signed in 1992 and entered into force in 1993.',
        'New START, which entered into force in 2011, was extended.',
      ].join(' '),
    },
    {
      name: 'an entry into force that fits, or whose verb has another subject, or no recorded date',
      text: [
        'New START, which entered into force in 2011, was extended.',
        'The Treaty of Amsterdam, signed in 1997, came into force in 1999.',
        'The Refugee Convention entered into force on 21 April 1954.',
        'Under the Paris Agreement, new reporting rules took effect in 2020.',
        'The Kyoto Protocol never entered into force in 2001 for the United States.',
        'The Dayton Agreement took effect in 1996.',
      ].join(' '),
    },
    {
      name: 'a signing verb right after the name that fits; "the <noun>" that may be another document',
      text: [
        'Rouhani defended the Iran deal that was signed in 2015 in Vienna.',
        'Ghana hosts the AfCFTA secretariat; the agreement, which came into force in May 2019, covers most of Africa.',
        'Envoys cited the Paris Agreement, while the deal that was signed in 2012 was forgotten.',
        'Envoys cited the Paris Agreement and the Kyoto Protocol; the treaty, which entered into force in 2001, was older.',
        'Delegates praised the Kyoto Protocol to the UN climate convention; the convention, which entered into force in 1990, is older.',
      ].join(' '),
    },
    { name: 'a name variant with the right year', text: 'The 1995 Dayton peace accord ended the war. The Camp David accord was signed in 1978.' },
    { name: 'a year after "of" that fits the signing', text: 'Ministers recalled the Treaty of Lisbon of 2007.' },
    { name: 'a day either side of a summit\'s recorded dates', text: 'Leaders met at the G20 summit in Osaka on 27 June 2019.' },
    { name: 'a year right before the name, with another date in the clause', text: 'In 2021, Russia and China extended their 2001 friendship treaty.' },
    { name: 'a description that fits several agreements between the same parties', text: 'In 1997, Russia and China signed a border agreement.' },
    { name: 'relative words that fit the meeting', text: "Brown hosted last month's G20 summit in London.", date: '2009-05-20' },
    { name: 'a day after the place dates the verb ("returned … on Monday")', text: 'The prime minister returned from the G7 summit in Biarritz on Monday.', date: '2019-09-02' },
    {
      name: 'a time that fits another meeting of the series leaves the place as the slip (event-location)',
      text: "Trump and Xi talked trade at last month's G20 summit in Hamburg.",
      date: '2019-07-15',
    },
    ...seeds.filter((seed) => !misdatingSeeds.includes(seed)).map((seed) => ({ name: `seed ${seed.filename}`, ...seed })),
  ],
  invalid: [
    {
      name: '"last month\'s" counted from the article\'s date, when the series met in another month',
      text: "Brown hosted last month's G20 summit in London.",
      date: '2009-04-20',
      errors: [{ messageId: 'wrongSummitDate', data: { recorded: '2 April 2009', claimed: 'last month (March 2009)', verb: 'took place', where: ' in London' }, text: "last month's G20 summit", line: 1, column: 14 }],
    },
    {
      name: 'a month without its year, in a report of what is to come',
      text: 'The leaders will meet at the G20 summit in Osaka in August.',
      date: '2019-03-01',
      errors: [{ messageId: 'wrongSummitDate', data: { recorded: '28–29 June 2019', claimed: 'in August 2019', verb: 'takes place' }, text: 'G20 summit in Osaka in August', line: 1, column: 30 }],
    },
    {
      name: 'treaties given the wrong year, by alias and by description plus parties',
      ...treaties,
      errors: [
        {
          messageId: 'wrongSigningDate',
          data: { recorded: 'signed on 31 May 1997', claimed: 'in 1995' },
          ...at(treaties.text, '1995, Russia and Ukraine signed a friendship treaty'),
        },
        {
          messageId: 'wrongSigningDate',
          data: { agreement: 'The Treaty on European Union', asWritten: ' ("Maastricht Treaty")', recorded: 'signed on 7 February 1992', claimed: 'in 1993', otherDocuments: '' },
          ...at(treaties.text, 'Maastricht Treaty, signed in 1993'),
          suggestions: [{ replacement: '1992' }],
          evidence: { actual: '1992' },
          sourceIds: ['agreement-maastricht-treaty-1992'],
        },
      ],
    },
    {
      name: 'a summit pinned by series, place and year but given the wrong month',
      text: 'Leaders met at the G20 summit in Osaka in March 2019.',
      errors: [{ messageId: 'wrongSummitDate', data: { recorded: '28–29 June 2019', claimed: 'in March 2019', where: ' in Osaka' }, text: 'G20 summit in Osaka in March 2019', line: 1, column: 20 }],
    },
    {
      name: 'a year right before the name is the agreement\'s own date',
      text: 'In 2021, Russia and China extended their 1999 friendship treaty.',
      errors: [{ messageId: 'wrongSigningDate', data: { recorded: 'signed on 16 July 2001', claimed: 'in 1999' }, text: '1999 friendship treaty', line: 1, column: 42 }],
    },
    {
      name: 'the agreement as the subject of "entered into force" / "took effect": its entry into force is checked',
      text: 'The Refugee Convention entered into force in 1951. The Treaty of Amsterdam, which finally took effect in 1997, changed little.',
      errors: [
        { messageId: 'wrongEntryIntoForce', data: { recorded: 'on 22 April 1954', claimed: 'in 1951', asWritten: ' ("Refugee Convention")' }, text: 'Refugee Convention entered into force in 1951', line: 1, column: 5, suggestions: [{ replacement: '1954' }] },
        { messageId: 'wrongEntryIntoForce', data: { recorded: 'on 1 May 1999', claimed: 'in 1997' }, text: 'Treaty of Amsterdam, which finally took effect in 1997', line: 1, column: 56 },
      ],
    },
    {
      name: 'a signing verb right after the name binds its date, whatever other verbs the clause has',
      text: 'Rouhani defended the Iran deal that was signed in 2016 in Vienna.',
      errors: [{ messageId: 'wrongSigningDate', data: { recorded: 'signed on 14 July 2015', claimed: 'in 2016' }, text: 'Iran deal that was signed in 2016', line: 1, column: 22 }],
    },
    {
      name: '"the agreement" after the one agreement the sentence named, as the subject of "came into force"',
      text: 'Ghana hosts the AfCFTA secretariat; the agreement, which came into force in January 2019, covers most of Africa.',
      errors: [{ messageId: 'wrongEntryIntoForce', data: { recorded: 'on 30 May 2019', claimed: 'in January 2019', asWritten: ' ("AfCFTA")' }, text: 'the agreement, which came into force in January 2019', line: 1, column: 37 }],
    },
    {
      name: 'a name in the words the press uses ("accord" for "Agreement")',
      text: 'The 1990 Dayton peace accord ended the war.',
      errors: [{ messageId: 'wrongSigningDate', data: { recorded: 'signed on 14 December 1995', claimed: 'in 1990', asWritten: ' ("Dayton peace accord")' }, text: '1990 Dayton peace accord', line: 1, column: 5 }],
    },
    {
      name: 'a year after "of" dates the agreement ("X of 1995")',
      text: 'Ministers recalled the Treaty of Amsterdam of 1995.',
      errors: [{ messageId: 'wrongSigningDate', data: { recorded: 'signed on 2 October 1997', claimed: 'in 1995' }, text: 'Treaty of Amsterdam of 1995', line: 1, column: 24, suggestions: [{ replacement: '1997' }] }],
    },
    ...misdatingSeeds.map((seed) => ({ name: `seed ${seed.filename}: the 1999 agreement, signed in 2001`, ...seed, errors: [seed1999(seed.text)] })),
  ],
});
