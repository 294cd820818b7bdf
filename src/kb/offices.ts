/**
 * The offices in the knowledge base: each office's stable key ("prime-minister:japan") and
 * the titles the press writes with a country ("Japanese Prime Minister") or alone
 * ("Secretary of State", "Kremlin spokesman"). Used by the KB build (keys) and by the alias
 * index (titles).
 */

/** Each office in `officeholders.json`: its stable key and the titles the press writes. */
export interface OfficeRow {
  key: string;
  /** Titles used with the country ("Japanese Prime Minister", "Prime Minister of Japan"). */
  titles: string[];
  /** Phrases that name this office on their own ("Secretary of State", "White House press secretary"). */
  standalone?: string[];
}

export const OFFICES: Record<string, OfficeRow> = {
  'Acting President of South Korea': { key: 'acting-president:south-korea', titles: ['Acting President'] },
  'Chancellor of Germany': { key: 'chancellor:germany', titles: ['Chancellor', 'Federal Chancellor'] },
  'Chief Cabinet Secretary of Japan': { key: 'chief-cabinet-secretary:japan', titles: ['Chief Cabinet Secretary'] },
  'Emperor of Japan': { key: 'emperor:japan', titles: ['Emperor'] },
  'Federal Minister for Foreign Affairs of Germany': { key: 'foreign-minister:germany', titles: ['Foreign Minister', 'Minister for Foreign Affairs', 'Minister of Foreign Affairs'] },
  'Foreign Secretary of the United Kingdom': { key: 'foreign-minister:united-kingdom', titles: ['Foreign Secretary'] },
  'King of Saudi Arabia': { key: 'monarch:saudi-arabia', titles: ['King'] },
  'Minister for Foreign Affairs of Japan': { key: 'foreign-minister:japan', titles: ['Foreign Minister', 'Minister for Foreign Affairs', 'Minister of Foreign Affairs'] },
  'Minister of Foreign Affairs of China': { key: 'foreign-minister:china', titles: ['Foreign Minister', 'Minister of Foreign Affairs'] },
  'Minister of Foreign Affairs of France': { key: 'foreign-minister:france', titles: ['Foreign Minister', 'Minister of Foreign Affairs', 'Minister for Europe and Foreign Affairs'] },
  'Minister of Foreign Affairs of Russia': { key: 'foreign-minister:russia', titles: ['Foreign Minister', 'Minister of Foreign Affairs'] },
  'Monarch (Australia)': { key: 'monarch:australia', titles: ['Monarch'] },
  'Monarch (Canada)': { key: 'monarch:canada', titles: ['Monarch'] },
  'Monarch (United Kingdom)': { key: 'monarch:united-kingdom', titles: ['Monarch'] },
  'Premier of the State Council of China': { key: 'premier:china', titles: ['Premier'] },
  'President of Argentina': { key: 'president:argentina', titles: ['President'] },
  'President of Brazil': { key: 'president:brazil', titles: ['President'] },
  'President of China': { key: 'president:china', titles: ['President'] },
  'President of France': { key: 'president:france', titles: ['President'] },
  'President of Germany': { key: 'president:germany', titles: ['President', 'Federal President'] },
  'President of India': { key: 'president:india', titles: ['President'] },
  'President of Indonesia': { key: 'president:indonesia', titles: ['President'] },
  'President of Italy': { key: 'president:italy', titles: ['President'] },
  'President of Mexico': { key: 'president:mexico', titles: ['President'] },
  'President of Russia': { key: 'president:russia', titles: ['President'] },
  'President of South Africa': { key: 'president:south-africa', titles: ['President'] },
  'President of South Korea': { key: 'president:south-korea', titles: ['President'] },
  'President of Turkey': { key: 'president:turkey', titles: ['President'] },
  'President of the European Commission': { key: 'president:european-commission', titles: [], standalone: ['President of the European Commission', 'European Commission President', 'Commission President'] },
  'President of the European Council': { key: 'president:european-council', titles: [], standalone: ['President of the European Council', 'European Council President'] },
  'President of the United States': { key: 'president:united-states', titles: ['President'] },
  'Press Secretary of the President of Russia': { key: 'press-secretary:russia', titles: [], standalone: ['Kremlin spokesman', 'Kremlin spokesperson', 'Kremlin press secretary'] },
  'Prime Minister of Australia': { key: 'prime-minister:australia', titles: ['Prime Minister'] },
  'Prime Minister of Canada': { key: 'prime-minister:canada', titles: ['Prime Minister'] },
  'Prime Minister of France': { key: 'prime-minister:france', titles: ['Prime Minister'] },
  'Prime Minister of India': { key: 'prime-minister:india', titles: ['Prime Minister'] },
  'Prime Minister of Italy': { key: 'prime-minister:italy', titles: ['Prime Minister'] },
  'Prime Minister of Japan': { key: 'prime-minister:japan', titles: ['Prime Minister'] },
  'Prime Minister of Russia': { key: 'prime-minister:russia', titles: ['Prime Minister'] },
  'Prime Minister of Saudi Arabia': { key: 'prime-minister:saudi-arabia', titles: ['Prime Minister'] },
  'Prime Minister of Turkey': { key: 'prime-minister:turkey', titles: ['Prime Minister'] },
  'Prime Minister of the United Kingdom': { key: 'prime-minister:united-kingdom', titles: ['Prime Minister'] },
  'Secretary of State of the United States': { key: 'foreign-minister:united-states', titles: ['Secretary of State'], standalone: ['Secretary of State of the United States'] },
  'Spokesperson of the Ministry of Foreign Affairs of Russia': { key: 'foreign-ministry-spokesperson:russia', titles: ['Foreign Ministry spokesperson', 'Foreign Ministry spokeswoman', 'Foreign Ministry spokesman'] },
  'State President of South Africa': { key: 'state-president:south-africa', titles: ['State President'] },
  'White House Press Secretary': { key: 'press-secretary:united-states', titles: [], standalone: ['White House Press Secretary', 'White House spokesman', 'White House spokeswoman'] },
};

/** The same table by office key. */
export const OFFICE_TITLES: Record<string, OfficeRow> = Object.fromEntries(Object.values(OFFICES).map((row) => [row.key, row]));

/** The kinds of office a title names, whatever the country. */
export type TitleClass = 'president' | 'prime-minister' | 'chancellor' | 'foreign-minister' | 'monarch';

/** Which knowledge-base offices a title class can name, judged by the office's English name. */
export function officeMatchesTitle(office: string, role: string, cls: TitleClass): boolean {
  const name = office.toLowerCase();
  switch (cls) {
    case 'foreign-minister':
      return role === 'foreign_minister';
    case 'prime-minister':
      return name.startsWith('prime minister of') || name.startsWith('premier of');
    case 'president':
      // "President" alone names a head of state, not a commission or council chair.
      return /^(?:acting |state )?president of (?!the european)/.test(name);
    case 'chancellor':
      return name.startsWith('chancellor of germany');
    case 'monarch':
      return name.startsWith('king of') || name.startsWith('monarch') || name.startsWith('emperor of');
  }
}
