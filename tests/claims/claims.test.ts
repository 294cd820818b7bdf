import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';
import type { Claim, EventDateClaim, EventPlaceClaim, PersonTitleClaim } from '../../src/analysis/mentions.js';
import { statedDates } from '../../src/extract/stated-dates.js';
import { clauseAround } from '../../src/extract/clauses.js';
import { signingDate } from '../../src/link/agreements.js';
import { summitMentions } from '../../src/link/summit-mentions.js';
import { formatPartialRange } from '../../src/base/calendar.js';

function claimsOf(text: string, date?: string): { claims: Claim[]; text: (c: Claim) => string } {
  const doc = analyzeText(text, { date });
  return { claims: doc.get('claims'), text: (c) => doc.doc.text.slice(c.span.start, c.span.end) };
}

const eventPlaces = (claims: Claim[]) => claims.filter((c): c is EventPlaceClaim => c.kind === 'event-place');
const eventDates = (claims: Claim[]) => claims.filter((c): c is EventDateClaim => c.kind === 'event-date');
const titles = (claims: Claim[]) => claims.filter((c): c is PersonTitleClaim => c.kind === 'person-title');

describe('stated dates', () => {
  it('reads years, months and days with their offsets', () => {
    const found = statedDates('Back in 1999, on 16 July 2001 and in November 2018; July 4, 1776.');
    expect(found.map((d) => [d.text, d.year, d.month, d.day, d.granularity])).toEqual([
      ['1999', 1999, undefined, undefined, 'year'],
      ['16 July 2001', 2001, 7, 16, 'day'],
      ['November 2018', 2018, 11, undefined, 'month'],
    ]);
  });

  it('does not read numbers that are not years', () => {
    expect(statedDates('About 20,000 residents, ¥2000 billion, 1999 delegates and the 1990s.')).toEqual([]);
  });
});

describe('clauses', () => {
  it('keeps a fronted date with its clause and stops at ", which"', () => {
    const s = 'Back in 1999, Russia signed a treaty with China, which created a positive atmosphere.';
    const clause = clauseAround(s, s.indexOf('treaty'), s.indexOf('treaty') + 6);
    expect(s.slice(clause.start, clause.end)).toBe('Back in 1999, Russia signed a treaty with China');
  });
});

describe('signing dates', () => {
  const at = (s: string, phrase: string) => ({ start: s.indexOf(phrase), end: s.indexOf(phrase) + phrase.length });
  it('binds a date to the signing in the same clause', () => {
    const s = 'In 2003, Moscow and Beijing signed the accord on trade.';
    expect(signingDate(s, at(s, 'accord on trade'))?.year).toBe(2003);
  });
  it('ignores a clause with two dates, another act, or a negation', () => {
    const two = 'The accord was signed in 1992 and entered into force in 1993.';
    const force = 'The accord entered into force in 1993.';
    const never = 'In 1993 Washington never signed the accord.';
    expect(signingDate(two, at(two, 'accord'))).toBeUndefined();
    expect(signingDate(force, at(force, 'accord'))).toBeUndefined();
    expect(signingDate(never, at(never, 'accord'))).toBeUndefined();
  });
});

describe('summit mentions', () => {
  it('needs a summit noun or "the <series> in <place>"', () => {
    expect(summitMentions('the G20 summit in Osaka').map((m) => m.series)).toEqual(['G20']);
    expect(summitMentions('the G-7 meeting').map((m) => m.series)).toEqual(['G7/G8']);
    expect(summitMentions('at the G20 in Osaka').map((m) => m.series)).toEqual(['G20']);
    expect(summitMentions('G20 finance ministers met; the G20 economies grew')).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes ranges as a reader would', () => {
    expect(formatPartialRange('2018-11-11', '2018-11-15')).toBe('11–15 November 2018');
    expect(formatPartialRange('2018-11-30', '2018-12-01')).toBe('30 November–1 December 2018');
  });
});

describe('event claims', () => {
  it('reads "last year\'s <series> summit in <place>" relative to the document date', () => {
    const { claims, text } = claimsOf("They agreed at last year's APEC summit in Lima to meet again.", '2017-03-01');
    const [claim] = eventPlaces(claims);
    expect(text(claim)).toBe("last year's APEC summit in Lima");
    expect(claim.event.series).toBe('APEC');
    expect(claim.place.name).toBe('Lima');
    expect(claim.time?.start).toBe('2016-01-01');
    expect(claim.time?.basis).toBe('relative');
    expect(claim.key).toBe('event-place:APEC:2016');
    expect(claim.event.recordId).toBe('apec-2016-lima');
  });

  it('reads a place before the series and a stated year', () => {
    const { claims } = claimsOf('Diplomats recall the 2016 Hangzhou G20 summit fondly.');
    const [claim] = eventPlaces(claims);
    expect(claim.place.name).toBe('Hangzhou');
    expect(claim.time?.start).toBe('2016-01-01');
  });

  it('reads "held in <place> in <month year>" as a place and a date', () => {
    const { claims } = claimsOf('The APEC meeting held in Da Nang in November 2017 produced a statement.');
    expect(eventPlaces(claims)[0].place.name).toBe('Da Nang');
    const [date] = eventDates(claims);
    expect(date.time.granularity).toBe('month');
    expect(date.subject.recordId).toBe('apec-2017-da-nang');
  });

  it('makes no claim for a ministers\' meeting or an unknown place', () => {
    const { claims } = claimsOf('The G20 finance ministers met in Singapore. The NATO summit in Narnia was a dream.');
    expect(eventPlaces(claims)).toEqual([]);
  });
});

describe('agreement claims', () => {
  it('links a descriptive phrase with its parties and binds the fronted year', () => {
    const { claims } = claimsOf('Back in 1999, Russia first signed a basic agreement on bilateral relations with China, which helped.');
    const [claim] = eventDates(claims);
    expect(claim.subject.kind).toBe('agreement');
    expect(claim.subject.recordId).toBe('agreement-sino-russian-treaty-of-friendship-2001');
    expect(claim.time.start.slice(0, 4)).toBe('1999');
    expect(claim.key).toBe('event-date:agreement:agreement-sino-russian-treaty-of-friendship-2001');
  });

  it('does not link a phrase without its parties', () => {
    const { claims } = claimsOf('In 1999, the two neighbours signed a basic agreement on bilateral relations.');
    expect(eventDates(claims)).toEqual([]);
  });
});

describe('title claims', () => {
  it('reads demonym + title + name, with the country', () => {
    const { claims, text } = claimsOf('Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe.', '2019-01-22');
    const found = titles(claims);
    expect(found.map(text)).toEqual(['Russian President Vladimir Putin', 'Japanese Prime Minister Shinzo Abe']);
    expect(found.map((c) => c.person.recordId)).toEqual(['vladimir-putin', 'shinzo-abe']);
    expect(found.map((c) => c.office.countryId)).toEqual(['russia', 'japan']);
    expect(found.every((c) => c.qualifier === 'current' && c.time?.basis === 'reference')).toBe(true);
  });

  it('reads "then" and "former", also in brackets after a name', () => {
    const { claims } = claimsOf('Former president Dmitry Medvedev spoke. Taro Kono (then foreign minister) met Sergei Lavrov in 2018.', '2022-04-01');
    const found = titles(claims);
    expect(found.map((c) => [c.person.recordId, c.qualifier])).toEqual([['dmitry-medvedev', 'former'], ['taro-kono', 'then']]);
    expect(found[1].time?.start).toBe('2018-01-01');
  });

  it('reads "Mr <surname>, the prime minister" as an appositive', () => {
    const { claims } = claimsOf('Mr Blair, the prime minister, said little.', '2003-02-01');
    const [claim] = titles(claims);
    expect(claim.person.recordId).toBe('tony-blair');
    expect(claim.qualifier).toBe('current');
  });

  it('reads each stated term of "who served as … from … to …"', () => {
    const { claims } = claimsOf('Shinzo Abe, who served as Japanese prime minister from September 2006 to September 2007, and again from December 2012 to September 2020, died in 2022.');
    const [claim] = titles(claims);
    expect(claim.qualifier).toBe('explicit');
    expect(claim.terms?.map((t) => [t.start, t.end])).toEqual([['2006-09-01', '2007-09-30'], ['2012-12-01', '2020-09-30']]);
  });

  it('skips deputies, vice presidents and presidents-elect', () => {
    const { claims } = claimsOf('Vice President Joe Biden and President-elect Donald Trump met Deputy Prime Minister Taro Aso.', '2016-11-10');
    expect(titles(claims)).toEqual([]);
  });
});

describe('clause tense by marker words', () => {
  it('tells present, past, present perfect and present passive apart', async () => {
    const { tenseByWords } = await import('../../src/extract/tense.js');
    expect(tenseByWords('says the deal is good')).toBe('present');
    expect(tenseByWords('phoned Abe on Monday')).toBe('past');
    expect(tenseByWords('has already made a good start')).toBe('past');
    expect(tenseByWords('is expected to attend')).toBe('present');
    expect(tenseByWords('will visit Moscow')).toBe('future');
  });
});

describe('names with initials', () => {
  it('keeps middle initials in a name', () => {
    const { claims } = claimsOf('In 2008, President George W. Bush hosted the leaders.', '2008-11-20');
    expect(titles(claims).map((c) => c.person.recordId)).toEqual(['george-w-bush']);
  });
});
