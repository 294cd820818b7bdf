/**
 * cross-doc-conflict, kind by kind, on article pairs written for these tests: each kind of
 * conflict an editor would act on is flagged on the later document, and each kind of false
 * alarm seen on real news stays quiet. Valid/invalid tables in the RuleTester manner: every
 * case is two (or three) short articles with their dates.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/cross-doc-conflict.js';
import { analyzeText, runRuleOn } from '../helpers.js';
import type { FindingWithText } from '../helpers.js';

interface Article {
  path: string;
  text: string;
  date?: string;
}

interface InvalidCase {
  name: string;
  articles: Article[];
  /** The finding: on which article, which words, and what the message must name. */
  flags: { path: string; text: string; message: RegExp[] };
}

interface ValidCase {
  name: string;
  articles: Article[];
  /** Statements that must be read as facts — so the case stays quiet by comparison, not by missing them. */
  reads: string[];
}

function run(articles: Article[], options: Record<string, unknown> = {}): Array<FindingWithText & { path: string }> {
  const docs = articles.map((a) => analyzeText(a.text, { path: a.path, date: a.date }));
  return runRuleOn(rule, docs, options).flatMap((list, i) => list.map((f) => ({ ...f, path: articles[i].path })));
}

const invalid: InvalidCase[] = [
  {
    name: 'a vote tally (61-37 against 61-39)',
    articles: [
      { path: 'vote-a.txt', date: '2024-03-04', text: 'Harbour levy defeated\n\nThe Senate rejected the harbour levy by a vote of 61-37 on Monday, after a long debate over shipping costs in Port Calder.\nSenator Mae Okonjo said the levy would have hurt fishermen in Port Calder.' },
      { path: 'vote-b.txt', date: '2024-03-05', text: 'Port Calder levy fails\n\nThe Senate voted the harbour levy down 61-39, leaving Port Calder without the money for its new breakwater.\nSenator Mae Okonjo led the opposition to the levy.' },
    ],
    flags: { path: 'vote-b.txt', text: '61-39', message: [/vote-a\.txt:3/, /“61-37”/] },
  },
  {
    name: 'a count (120 electric buses against 102)',
    articles: [
      { path: 'buses-a.txt', date: '2023-06-01', text: 'Velmora orders buses\n\nThe Velmora transit authority has ordered 120 electric buses from Korvane Motors, the largest order in its history.\nKorvane Motors will build the buses at its plant in Dressel.' },
      { path: 'buses-b.txt', date: '2023-06-02', text: 'Korvane wins Velmora contract\n\nKorvane Motors won an order for 102 electric buses from the Velmora transit authority this week.\nThe buses will be built in Dressel.' },
    ],
    flags: { path: 'buses-b.txt', text: '102 electric buses', message: [/buses-a\.txt:3/, /“120 electric buses”/] },
  },
  {
    name: 'a sum of money (€8.2 billion against €2.8 billion)',
    articles: [
      { path: 'banks-a.txt', date: '2022-10-12', text: 'Rescue for Ostrava banks\n\nThe Ostrava finance ministry said it would inject €8.2 billion into the country\'s struggling banks before the end of the month.\nMinister Pavel Hrdina called the move necessary.' },
      { path: 'banks-b.txt', date: '2022-10-12', text: 'Ostrava to prop up lenders\n\nOstrava will inject €2.8 billion into its struggling banks, the finance ministry announced.\nPavel Hrdina said more help could follow.' },
    ],
    flags: { path: 'banks-b.txt', text: '€2.8 billion', message: [/banks-a\.txt:3/, /“€8\.2 billion”/] },
  },
  {
    name: 'a date read with each document\'s own date ("today" on the 14th against "on May 12")',
    articles: [
      { path: 'law-a.md', date: '2024-05-14', text: 'Today, Governor Ines Okafor signed the flood relief law in Tamsworth.\n' },
      { path: 'law-b.md', date: '2024-05-20', text: 'Governor Ines Okafor signed the flood relief law on May 12, two days after the storm reached Tamsworth.\n' },
    ],
    flags: { path: 'law-b.md', text: 'May 12', message: [/law-a\.md:1/, /“Today”/] },
  },
  {
    name: 'a weekday (a talk on Wednesday against Thursday, the same week)',
    articles: [
      { path: 'talk-a.md', date: '2024-02-09', text: 'On Wednesday, Chancellor Rufus Adeyemi spoke to the Brenner Institute about the new tariff rules.\n' },
      { path: 'talk-b.md', date: '2024-02-10', text: 'Adeyemi criticised the tariff rules on Thursday, speaking to the Brenner Institute in Lyndale.\n' },
    ],
    flags: { path: 'talk-b.md', text: 'Thursday', message: [/talk-a\.md:1/, /“Wednesday”/] },
  },
  {
    name: 'a year (a bridge opened in 1978 against 1987)',
    articles: [
      { path: 'bridge-a.md', date: '2021-08-02', text: 'The Vashti Bridge over the Orrin river was opened in 1987 by the regional government.\nEngineers closed the Vashti Bridge this week for repairs.\n' },
      { path: 'bridge-b.md', date: '2021-08-03', text: 'Repairs begin on the Vashti Bridge, which was opened in 1978 and carries most traffic across the Orrin.\nThe Vashti Bridge will stay closed for a month.\n' },
    ],
    flags: { path: 'bridge-b.md', text: '1978', message: [/bridge-a\.md:1/, /“1987”/] },
  },
  {
    name: 'a place (talks in Vienna against talks in Prague, the same day)',
    articles: [
      { path: 'talks-a.md', date: '2024-10-08', text: 'On Monday, foreign ministers Ilse Brandauer and Marek Sobczak held talks in Vienna on the river treaty.\n' },
      { path: 'talks-b.md', date: '2024-10-09', text: 'Brandauer and Sobczak held talks in Prague on Monday about the river treaty.\n' },
    ],
    flags: { path: 'talks-b.md', text: 'Prague', message: [/talks-a\.md:1/, /“Vienna”/] },
  },
  {
    name: 'the name of a person in a role (Judge Helen Marsh against Mrs Justice Gwen Marsh)',
    articles: [
      { path: 'trial-a.md', date: '2023-11-02', text: 'Presiding Judge Helen Marsh adjourned the Calloway fraud trial until next week.\nLawyers for Calloway Holdings asked for more time.\n' },
      { path: 'trial-b.md', date: '2023-11-09', text: 'The Calloway fraud trial resumed after Mrs Justice Gwen Marsh rejected a request from Calloway Holdings.\n' },
    ],
    flags: { path: 'trial-b.md', text: 'Mrs Justice Gwen Marsh', message: [/trial-a\.md:1/, /“Presiding Judge Helen Marsh”/] },
  },
  {
    name: 'a quotation of the same speaker with a word changed',
    articles: [
      { path: 'fares-a.md', date: '2024-01-15', text: '"We will not raise bus fares in Corriston this year, whatever the council decides," mayor Lidia Ferrante said at the budget hearing.\n' },
      { path: 'fares-b.md', date: '2024-01-16', text: 'Mayor Lidia Ferrante told the budget hearing: "We will not raise bus fares in Corriston next year, whatever the council decides."\n' },
    ],
    flags: { path: 'fares-b.md', text: '"We will not raise bus fares in Corriston next year, whatever the council decides."', message: [/fares-a\.md:1/] },
  },
];

const valid: ValidCase[] = [
  {
    name: 'a generic noun in unrelated stories (people diagnosed, people employed)',
    articles: [
      { path: 'health.md', date: '2024-04-02', text: 'About 50,000 people are diagnosed with the disease in Norland each year, the health agency said.\n' },
      { path: 'jobs.md', date: '2024-04-03', text: 'Tarvik Industries, a firm that employs 109,000 people, reported higher profits.\n' },
    ],
    reads: ['About 50,000 people', '109,000 people'],
  },
  {
    name: 'index points of different indices, and of one index on different days',
    articles: [
      { path: 'dow.md', date: '2020-03-09', text: 'Wall Street had its worst day in years as the Dow Jones Industrial Average fell 416 points.\n' },
      { path: 'nasdaq.md', date: '2020-03-09', text: 'Technology shares led the sell-off on Wall Street, and the Nasdaq Composite fell 100 points.\n' },
      { path: 'dow-later.md', date: '2020-03-12', text: 'The Dow Jones Industrial Average fell 2,352 points on Wall Street, its worst day since 1987.\n' },
    ],
    reads: ['416 points', '100 points', '2,352 points'],
  },
  {
    name: 'figures for different months in the same kind of sentence',
    articles: [
      { path: 'jobs-oct.md', date: '2023-11-03', text: 'The Labor Department said employers in Vantoria added 337,000 jobs in October.\n' },
      { path: 'jobs-jan.md', date: '2024-02-02', text: 'Employers in Vantoria added 146,000 jobs in January, the Labor Department said.\n' },
    ],
    reads: ['337,000 jobs', '146,000 jobs'],
  },
  {
    name: 'model numbers are names, not counts (787 aircraft, 737 aircraft)',
    articles: [
      { path: 'order-a.md', date: '2019-05-06', text: 'Sirocco Air ordered the Boeing 787, saying 787 aircraft would replace its older jets.\n' },
      { path: 'order-b.md', date: '2019-05-07', text: 'Sirocco Air also flies the Boeing 737, and said 737 aircraft would stay in its fleet.\n' },
    ],
    reads: [],
  },
  {
    name: 'the same words quoted from two speakers (attribution is not compared)',
    articles: [
      { path: 'quote-a.md', date: '2024-06-10', text: '"The harbour must stay open to every fishing family in Kessel," harbour master Iona Brandt said on Monday.\n' },
      { path: 'quote-b.md', date: '2024-06-11', text: '"The harbour must stay open to every fishing family in Kessel," councillor Ruben Ostrow said on Monday.\n' },
    ],
    reads: ['The harbour must stay open to every fishing family in Kessel,'],
  },
  {
    name: 'approximate wording that states ranges which meet ("more than 2,000", "some 2,300")',
    articles: [
      { path: 'fire-a.md', date: '2022-07-20', text: 'More than 2,000 firefighters battled the Hollin Ridge fire in Asterby on Tuesday.\n' },
      { path: 'fire-b.md', date: '2022-07-20', text: 'Some 2,300 firefighters battled the Hollin Ridge fire near Asterby on Tuesday.\n' },
    ],
    reads: ['More than 2,000 firefighters', 'Some 2,300 firefighters'],
  },
  {
    name: 'different people doing the same thing on different days',
    articles: [
      { path: 'visit-a.md', date: '2023-09-06', text: 'On Monday, President Dana Whitlock visited the Morrow shipyard in Kell.\n' },
      { path: 'visit-b.md', date: '2023-09-07', text: 'On Tuesday, Premier Olu Banjo visited the Morrow shipyard in Kell.\n' },
    ],
    reads: ['Monday', 'Tuesday'],
  },
  {
    name: 'a monthly column: "this month" and "as the month began" in issues a month apart',
    articles: [
      { path: 'column-may.md', date: '2024-05-30', text: 'This month\'s spotlight on the Harwick council looks at the budget.\nAs the council entered May, Leader Petra Iles led the budget debate.\n' },
      { path: 'column-june.md', date: '2024-06-29', text: 'This month\'s spotlight on the Harwick council looks at housing.\nAs the council entered June, Leader Petra Iles led the housing debate.\n' },
    ],
    reads: ['This month', 'May', 'June'],
  },
  {
    name: 'a place in a country and its city agree; a place on another day is another meeting',
    articles: [
      { path: 'summit-a.md', date: '2024-10-08', text: 'On Monday, ministers Ilse Brandauer and Marek Sobczak held talks in Vienna on the river treaty.\n' },
      { path: 'summit-b.md', date: '2024-10-09', text: 'Brandauer and Sobczak held talks in Austria on Monday about the river treaty.\n' },
      { path: 'summit-c.md', date: '2024-11-20', text: 'On Tuesday, Brandauer and Sobczak held talks in Prague on the river treaty.\n' },
    ],
    reads: ['Vienna', 'Austria', 'Prague'],
  },
  {
    name: 'a date that dates the saying, not the fact said',
    articles: [
      { path: 'said-a.md', date: '2024-03-08', text: 'Halden Rail said on Monday that the Brisk line reopened after the floods.\n' },
      { path: 'said-b.md', date: '2024-03-08', text: 'Halden Rail announced on Wednesday that the Brisk line reopened after the floods.\n' },
    ],
    reads: [],
  },
];

describe('cross-doc-conflict: each kind of conflict is flagged on the later document', () => {
  for (const c of invalid) {
    it(c.name, () => {
      const findings = run(c.articles);
      expect(findings.map((f) => [f.path, f.text])).toEqual([[c.flags.path, c.flags.text]]);
      for (const pattern of c.flags.message) expect(findings[0].message).toMatch(pattern);
      expect(findings[0].related?.[0].filePath).toBe(c.articles.find((a) => a.path !== c.flags.path)?.path);
    });
  }

  it('reports on the later document by date whatever the order given, and on the one given last without dates', () => {
    const [a, b] = invalid[0].articles;
    expect(run([b, a]).map((f) => f.path)).toEqual(['vote-b.txt']);
    const undated = [{ ...b, date: undefined }, { ...a, date: undefined }];
    expect(run(undated).map((f) => f.path)).toEqual(['vote-a.txt']);
  });

  it('can be narrowed to some kinds', () => {
    expect(run(invalid[0].articles, { kinds: ['date', 'number'] })).toEqual([]);
    expect(run(invalid[0].articles, { kinds: ['vote'] })).toHaveLength(1);
  });
});

describe('cross-doc-conflict: false alarms seen on real news stay quiet', () => {
  for (const c of valid) {
    it(c.name, () => {
      expect(run(c.articles).map((f) => `${f.path}: ${f.message}`)).toEqual([]);
      const read = c.articles.flatMap((a) => analyzeText(a.text, { path: a.path, date: a.date }).get('facts').map((f) => f.stated));
      expect(read).toEqual(expect.arrayContaining(c.reads));
    });
  }
});
