/**
 * Each kind of evidence about when an undated article was written, on short articles written
 * for these tests: what it allows, in which direction, and how sure the window is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';
import { setClock } from '../../src/time/index.js';

beforeAll(() => setClock(new Date('2026-11-23T12:00:00Z')));
afterAll(() => setClock());

const dateOf = (text: string) => analyzeText(text).get('time').documentDate;
const kinds = (text: string) => dateOf(text).evidence.map((e) => e.kind);

describe('dates with their year', () => {
  it('a full date told as past: written on or after it, nothing more', () => {
    const date = dateOf('The talks were held on 14 March 2005 in Geneva and ended without an agreement.');
    expect(date).toMatchObject({ earliest: '2005-03-14', latest: '2026-11-23', date: null, source: 'inferred' });
  });

  it('a plan: written before it', () => {
    const date = dateOf('The new ferry terminal will open on 2 May 2019, the port authority said.');
    expect(date.latest).toBe('2019-05-02');
    expect(date.earliest! < '1950-01-01').toBe(true);
  });

  it('a range in a plan bounds the date from above, not from below', () => {
    const date = dateOf('The airline will take delivery of the new aircraft from 2009 to 2011.');
    expect(date.latest).toBe('2009-12-31');
    expect(date.earliest! < '2009-01-01').toBe(true);
  });

  it('a range told as past has reached its last part', () => {
    const date = dateOf('The survey was carried out between July 2003 and December 2004 in four states.');
    expect(date.earliest).toBe('2004-12-01');
  });

  it('"in a few minutes on 2 August" is no date in the past', () => {
    const date = dateOf('The rocket will lift off in a few minutes on 2 August, the agency said.');
    expect(kinds('The rocket will lift off in a few minutes on 2 August, the agency said.')).not.toContain('yearless-date');
    expect(date.latest! <= '2026-11-23').toBe(true);
  });

  it('a new end a change gave a period ("extended the lockdown to 1 May 2020") bounds nothing', () => {
    expect(dateOf('The city extended its lockdown to 1 May 2020, the mayor said.').source).toBe('none');
    expect(kinds('The vote was postponed once more until 9 June.')).toEqual([]);
    expect(kinds('The union delayed the strike by a week until the end of March 2021.')).toEqual([]);
  });

  it('an ordinary past date with "to" after another verb is still a report', () => {
    expect(dateOf('Sales rose to a record on 1 May 2020, the company said.').earliest).toBe('2020-05-01');
  });

  it('years mentioned as past are lower bounds', () => {
    expect(dateOf('The mill opened in 1998 and closed in 2003, putting 400 people out of work.').earliest).toBe('2003-01-01');
  });

  it('a changed value ("moved from 2029 to 2021") is no time at all', () => {
    expect(dateOf('The end of support moved from 2029 to 2021.').source).toBe('none');
  });
});

describe('a weekday with a yearless date', () => {
  it('takes the year the other evidence allows, not the latest that fits', () => {
    const date = dateOf('On Monday, 14 March, European ministers met in Brussels. President Jacques Chirac said France would back the plan.');
    expect(date).toMatchObject({ earliest: '2005-03-14', latest: '2005-03-24', source: 'inferred' });
    expect(date.date?.slice(0, 7)).toBe('2005-03');
  });

  it('alone, leaves every year it fits open', () => {
    const date = dateOf('On Monday, 14 March, European ministers met in Brussels.');
    expect(date.date).toBeNull();
    expect(date.alternatives.map((a) => a.start.slice(0, 4))).toEqual(expect.arrayContaining(['2005', '2011', '2016', '2022']));
  });
});

describe('yearless dates told as past or coming', () => {
  const headline = 'Regulator opens 2019 inquiry into brake faults\n\n';

  it('the latest of several is the recent one: the earlier ones may lie weeks back', () => {
    const date = dateOf(`${headline}Drivers first reported the fault on 10 January. The carmaker recalled 8,000 vans on 28 January. On 21 February the regulator opened an inquiry.`);
    // Not 21–24 February, where the weeks after each of the three would meet.
    expect(date).toMatchObject({ earliest: '2019-02-21', latest: '2019-04-07', source: 'inferred' });
  });

  it('a coming date with the year pinned: written in the weeks before it', () => {
    const date = dateOf(`${headline}The regulator will publish its findings on 17 June, a spokeswoman said.`);
    expect(date).toMatchObject({ earliest: '2019-05-03', latest: '2019-06-17' });
    expect(date.date?.slice(0, 7)).toBe('2019-05');
  });

  it('with nothing to choose the year, names no date', () => {
    const date = dateOf('Drivers first reported the fault on 10 January. On 21 February the regulator opened an inquiry.');
    expect(date.date).toBeNull();
    expect(date.latest! >= '2026-02-21').toBe(true);
  });
});

describe('relative expressions anchored on a date', () => {
  it('"two years ago, on 20 August 2018": about two years after that day', () => {
    const date = dateOf('The shop was founded two years ago, on 20 August 2018, in a garage in Leeds.');
    expect(date.earliest! >= '2020-02-01' && date.latest! <= '2021-03-01').toBe(true);
  });

  it('an anniversary: around the day, so the article is dated to the month', () => {
    const date = dateOf('Crowds gathered in Berlin to mark the 30th anniversary of the fall of the Wall on 9 November 1989.');
    expect(date.earliest! <= '2019-11-09' && '2019-11-09' <= date.latest!).toBe(true);
    expect(date.date?.slice(0, 7)).toBe('2019-11');
  });

  it('"last week\'s summit" with the summit\'s date in the knowledge base', () => {
    const date = dateOf('Markets rose after last week\'s G20 summit in Osaka ended with a trade truce.');
    expect(date.earliest! >= '2019-06-28' && date.latest! <= '2019-07-14').toBe(true);
    expect(date.date?.slice(0, 7)).toBe('2019-07');
  });

  it('"last year\'s summit" and "next month\'s summit": the year after, the month before', () => {
    expect(dateOf('Delegates recalled last year\'s G20 summit in Osaka.')).toMatchObject({ earliest: '2020-01-01', latest: '2020-12-31' });
    expect(dateOf('Officials are preparing for next month\'s APEC summit in Port Moresby.')).toMatchObject({ earliest: '2018-10-01', latest: '2018-10-31' });
  });

  it('a summit told as still to come: written before it', () => {
    const date = dateOf('Ministers will meet again ahead of the G7 summit in Biarritz.');
    expect(date.latest).toBe('2019-08-24');
  });
});

describe('terms of office', () => {
  it('a title without "former" or "then": written during the term', () => {
    expect(dateOf('President Jacques Chirac said France would not change its position.')).toMatchObject({ earliest: '1995-05-17', latest: '2007-05-30' });
  });

  it('"newly elected": near the start of the term', () => {
    const date = dateOf('The newly elected President Emmanuel Macron visited Berlin on his first trip abroad.');
    expect(date.earliest).toBe('2017-05-07');
    expect(date.latest! <= '2017-09-11').toBe(true);
  });

  it('"former": after the first term ended', () => {
    expect(dateOf('Former Prime Minister Tony Blair said the deal was a mistake.').earliest).toBe('2007-06-27');
  });

  it('a date in the title\'s clause dates the title, not the article', () => {
    expect(dateOf('In 1996, President Jacques Chirac ended French nuclear tests.').evidence.map((e) => e.kind)).not.toContain('office-holder');
  });
});

describe('headlines', () => {
  it('a year naming the news in the headline dates the article to about that year', () => {
    const date = dateOf('Harbour festival draws record crowd in 2016 edition\n\nThousands came to the quay on Saturday for the music and the boats.');
    expect(kinds('Harbour festival draws record crowd in 2016 edition\n\nThousands came to the quay on Saturday.')).toContain('headline-year');
    expect(date).toMatchObject({ earliest: '2015-10-01', latest: '2017-01-31' });
  });

  it('where the text fits a window in the named year and one in the January after, the named year wins', () => {
    const text = 'Valley towns brace for 2020 spring floods\n\nThe river authority will open the relief channel on 17 March, officials said yesterday.';
    const date = dateOf(text);
    expect(date).toMatchObject({ earliest: '2020-02-01', latest: '2020-03-17' });
    expect(date.date?.slice(0, 4)).toBe('2020');
  });

  it('the named year never outweighs the text: a window the text prefers stays', () => {
    const date = dateOf('Valley towns brace for 2020 spring floods\n\nOn Monday, 4 January, the river authority opened the relief channel.');
    expect(date).toMatchObject({ earliest: '2021-01-04', latest: '2021-01-14' });
  });

  it('a headline that looks back names history, not the news', () => {
    expect(kinds('Town remembers the 1953 flood\n\nSurvivors gathered at the dyke on Sunday.')).not.toContain('headline-year');
  });
});
