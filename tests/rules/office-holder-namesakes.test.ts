/**
 * Namesakes: a title with a surname (or a monarch's name) is resolved through the knowledge
 * base — a country picks the office, the date picks among holders of one surname, and a name
 * that fits several holders within reach of the date stays quiet. Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/office-holder.js';
import { analyzeText, runRule } from '../helpers.js';
import type { PersonTitleClaim } from '../../src/analysis/mentions.js';

const findings = (text: string, date: string) => runRule(rule, text, { date }).map((f) => f.text);

function claimOf(text: string, date: string): PersonTitleClaim {
  const claims = analyzeText(text, { date }).get('claims').filter((c): c is PersonTitleClaim => c.kind === 'person-title');
  expect(claims).toHaveLength(1);
  return claims[0];
}

describe('a country or title qualifier picks the office', () => {
  it('"King Abdullah of Jordan" is Jordan\'s king, not the Saudi one', () => {
    expect(findings('King Abdullah of Jordan opens the new session of parliament.', '2004-11-20')).toEqual([]);
    expect(claimOf('King Abdullah of Jordan opens the new session of parliament.', '2004-11-20').office.countryId).toBe('jordan');
  });

  it('"Saudi King Abdullah" in early 2004 is flagged: he became king in August 2005', () => {
    const [finding] = runRule(rule, 'Saudi King Abdullah says the kingdom will keep its oil output steady.', { date: '2004-03-01' });
    expect(finding.text).toBe('Saudi King Abdullah');
    expect(finding.message).toContain('not yet King of Saudi Arabia');
    expect(finding.message).toContain('Fahd');
  });

  it('"King Abdullah" with no country is the king reigning at the time (Jordan\'s in 2004), so quiet', () => {
    expect(findings('King Abdullah says the kingdom will keep its oil output steady.', '2004-03-01')).toEqual([]);
    expect(claimOf('King Abdullah says the kingdom will keep its oil output steady.', '2004-03-01').person.recordId).toBe('abdullah-ii-of-jordan');
  });

  it('"King Abdullah" in 2010, when both kings reigned, stays ambiguous', () => {
    expect(claimOf('King Abdullah says the kingdom will keep its oil output steady.', '2010-03-01').person.candidateIds).toEqual(expect.arrayContaining(['abdullah-ii-of-jordan', 'abdullah-bin-abdulaziz-al-saud']));
  });

  it('a title only one country uses names that country ("Taoiseach")', () => {
    expect(claimOf('Taoiseach Enda Kenny says Dublin will respond.', '2012-05-01').office.countryId).toBe('ireland');
    expect(findings('Taoiseach Enda Kenny says Dublin will respond.', '2019-09-10')).toEqual(['Taoiseach Enda Kenny']);
  });

  it('a title many organisations give needs its organisation ("NATO Secretary General", not "Secretary-General")', () => {
    expect(findings('NATO Secretary General Javier Solana said the alliance would act.', '2003-10-10')).toEqual(['NATO Secretary General Javier Solana']);
    expect(findings('Secretary-General Javier Solana said the alliance would act.', '2003-10-10')).toEqual([]);
  });
});

describe('a surname shared by several holders is resolved only by a first name, a country or the date', () => {
  it('"Prime Minister Fukuda" in 1977 is not Yasuo Fukuda (prime minister thirty years later): quiet', () => {
    expect(findings('Prime Minister Fukuda says Japan will pay its share.', '1977-09-10')).toEqual([]);
  });

  it('"Prime Minister Fukuda" in 2010 is Yasuo Fukuda, no longer in office', () => {
    expect(findings('Prime Minister Fukuda says Japan will pay its share.', '2010-09-10')).toEqual(['Prime Minister Fukuda']);
  });

  it('"Prime Minister Hatoyama" in 1955 is not Yukio Hatoyama: quiet', () => {
    expect(findings('Prime Minister Hatoyama says Japan will pay its share.', '1955-09-10')).toEqual([]);
  });

  it('"Argentine President Fernández" in 2010 is Cristina Fernández de Kirchner, then in office, not Alberto', () => {
    const claim = claimOf('Argentine President Fernández says the country will pay its debts.', '2010-05-10');
    expect(claim.person.recordId).toBe('cristina-fernandez-de-kirchner');
    expect(findings('Argentine President Fernández says the country will pay its debts.', '2010-05-10')).toEqual([]);
    // Without the country, Leonel Fernández (Dominican Republic) was president too: ambiguous.
    expect(claimOf('President Fernández says the country will pay its debts.', '2010-05-10').person.candidateIds).toEqual(expect.arrayContaining(['cristina-fernandez-de-kirchner', 'leonel-fernandez']));
    expect(findings('President Cristina Fernández says Argentina will pay its debts.', '2020-05-10')).toEqual(['President Cristina Fernández']);
  });

  it('"President Bush" in 1995, when neither Bush was president, stays quiet; in 2015 it can only mean the younger', () => {
    expect(claimOf('President Bush says the war is over.', '1995-05-10').person.candidateIds).toHaveLength(2);
    expect(findings('President Bush says the war is over.', '1995-05-10')).toEqual([]);
    expect(findings('President Bush says the war is over.', '2003-05-10')).toEqual([]);
    expect(findings('President Bush says the war is over.', '2015-05-10')).toEqual(['President Bush']);
  });

  it('"Premier Li" in 2015 is Li Keqiang, who held the office then; "President Roh" in 2005 is Roh Moo-hyun', () => {
    expect(claimOf('Premier Li says growth will slow.', '2015-05-10').person.recordId).toBe('li-keqiang');
    expect(claimOf('President Roh says talks will resume.', '2005-05-10').person.recordId).toBe('roh-moo-hyun');
  });

  it('"Prime Minister Carney" is Mark Carney, not the White House press secretary of the same name', () => {
    expect(findings('Prime Minister Carney says Canada will respond.', '2024-06-10')).toEqual(['Prime Minister Carney']);
  });
});

describe('the name forms news uses', () => {
  it('short forms the press uses ("Lula") and names without the Arabic article ("Assad")', () => {
    expect(findings('President Lula says Brazil will grow.', '2005-05-10')).toEqual([]);
    expect(findings('President Lula says Brazil will grow.', '2012-05-10')).toEqual(['President Lula']);
    expect(claimOf('President Assad says the war will end.', '2016-05-10').person.recordId).toBe('bashar-al-assad');
  });

  it('umlauts written out, letters without diacritics, and names without the Arabic article', () => {
    expect(findings('Chancellor Gerhard Schroeder says Germany will respond.', '2009-11-10')).toEqual(['Chancellor Gerhard Schroeder']);
    expect(findings('Prime Minister Beata Szydlo says Poland will respond.', '2019-01-10')).toEqual(['Prime Minister Beata Szydlo']);
    expect(findings('Prime Minister Abadi says Iraq will respond.', '2020-01-10')).toEqual(['Prime Minister Abadi']);
  });
});

describe('a reported statement is the news of the day', () => {
  it('a title followed by "said"/"urged" is held against the article\'s date', () => {
    expect(findings('Foreign Secretary Jeremy Hunt urged the embassy to reconsider.', '2019-10-10')).toEqual(['Foreign Secretary Jeremy Hunt']);
  });

  it('but not when the sentence sets an earlier time, or gives its own date', () => {
    expect(findings('Foreign Secretary Jeremy Hunt had urged the embassy to reconsider.', '2019-10-10')).toEqual([]);
    expect(findings('In 2018, Foreign Secretary Jeremy Hunt urged the embassy to reconsider.', '2019-10-10')).toEqual([]);
    expect(findings('Prime Minister Tony Blair led Britain into the war.', '2019-10-10')).toEqual([]);
  });
});

describe('the sources a finding shows', () => {
  it('each distinct page once, and none a data file: two terms of one person cite one Wikidata item', () => {
    const [finding] = runRule(rule, 'Prime Minister Shinzo Abe says the plan is sound.', { date: '2024-03-01' });
    const urls = (finding.sources ?? []).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.some((u) => /\.csv|github\.com/.test(u))).toBe(false);
    expect(finding.message).toContain('Fumio Kishida');
  });
});
