/**
 * Hand-written tables the knowledge-base build (`scripts/build-kb.ts`) needs besides the
 * reference records: how the reference spells host cities, the countries with their usual
 * English names and demonyms, and the offices' stable keys and press titles.
 *
 * Everything here is geography or naming, not a checkable claim about events; each place
 * record built from it cites the Wikipedia page of the place.
 */

export interface CountryRow {
  name: string;
  aliases: string[];
  demonyms: string[];
  /** Title of the English Wikipedia page (for the `source` URL). */
  wiki: string;
}

/**
 * Countries that host a summit, hold an office or are a party to a treaty in the reference.
 * Aliases written in capitals (US, UK, USSR) are matched case-sensitively by the alias index,
 * so "us" the pronoun never reads as the United States. "Korean" is deliberately not a
 * demonym of South Korea: it is as often about North Korea or the peninsula.
 */
export const COUNTRIES: CountryRow[] = [
  { name: 'Argentina', aliases: ['Argentine Republic'], demonyms: ['Argentine', 'Argentinian', 'Argentinean'], wiki: 'Argentina' },
  { name: 'Australia', aliases: ['Commonwealth of Australia'], demonyms: ['Australian'], wiki: 'Australia' },
  { name: 'Austria', aliases: [], demonyms: ['Austrian'], wiki: 'Austria' },
  { name: 'Belarus', aliases: [], demonyms: ['Belarusian'], wiki: 'Belarus' },
  { name: 'Belgium', aliases: [], demonyms: ['Belgian'], wiki: 'Belgium' },
  { name: 'Brazil', aliases: ['Brasil'], demonyms: ['Brazilian'], wiki: 'Brazil' },
  { name: 'Brunei', aliases: ['Brunei Darussalam'], demonyms: ['Bruneian'], wiki: 'Brunei' },
  { name: 'Cambodia', aliases: [], demonyms: ['Cambodian'], wiki: 'Cambodia' },
  { name: 'Canada', aliases: [], demonyms: ['Canadian'], wiki: 'Canada' },
  { name: 'Chile', aliases: [], demonyms: ['Chilean'], wiki: 'Chile' },
  { name: 'China', aliases: ["People's Republic of China", 'PRC', 'P.R.C.'], demonyms: ['Chinese', 'Sino'], wiki: 'China' },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech'], wiki: 'Czech_Republic' },
  { name: 'Egypt', aliases: [], demonyms: ['Egyptian'], wiki: 'Egypt' },
  { name: 'Finland', aliases: [], demonyms: ['Finnish'], wiki: 'Finland' },
  { name: 'France', aliases: ['French Republic'], demonyms: ['French'], wiki: 'France' },
  { name: 'Germany', aliases: ['Federal Republic of Germany'], demonyms: ['German'], wiki: 'Germany' },
  { name: 'West Germany', aliases: [], demonyms: ['West German'], wiki: 'West_Germany' },
  { name: 'East Germany', aliases: ['German Democratic Republic', 'GDR'], demonyms: ['East German'], wiki: 'East_Germany' },
  { name: 'Hungary', aliases: [], demonyms: ['Hungarian'], wiki: 'Hungary' },
  { name: 'India', aliases: ['Republic of India'], demonyms: ['Indian'], wiki: 'India' },
  { name: 'Indonesia', aliases: [], demonyms: ['Indonesian'], wiki: 'Indonesia' },
  { name: 'Iran', aliases: ['Islamic Republic of Iran'], demonyms: ['Iranian'], wiki: 'Iran' },
  { name: 'Ireland', aliases: ['Republic of Ireland'], demonyms: ['Irish'], wiki: 'Republic_of_Ireland' },
  { name: 'Israel', aliases: [], demonyms: ['Israeli'], wiki: 'Israel' },
  { name: 'Italy', aliases: ['Italian Republic'], demonyms: ['Italian'], wiki: 'Italy' },
  { name: 'Jamaica', aliases: [], demonyms: ['Jamaican'], wiki: 'Jamaica' },
  { name: 'Japan', aliases: [], demonyms: ['Japanese'], wiki: 'Japan' },
  { name: 'Kazakhstan', aliases: [], demonyms: ['Kazakh', 'Kazakhstani'], wiki: 'Kazakhstan' },
  { name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic'], demonyms: ['Kyrgyz'], wiki: 'Kyrgyzstan' },
  { name: 'Laos', aliases: ['Lao PDR'], demonyms: ['Laotian'], wiki: 'Laos' },
  { name: 'Latvia', aliases: [], demonyms: ['Latvian'], wiki: 'Latvia' },
  { name: 'Lithuania', aliases: [], demonyms: ['Lithuanian'], wiki: 'Lithuania' },
  { name: 'Malaysia', aliases: [], demonyms: ['Malaysian'], wiki: 'Malaysia' },
  { name: 'Mexico', aliases: ['United Mexican States'], demonyms: ['Mexican'], wiki: 'Mexico' },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'], wiki: 'Myanmar' },
  { name: 'Netherlands', aliases: ['the Netherlands'], demonyms: ['Dutch'], wiki: 'Netherlands' },
  { name: 'New Zealand', aliases: [], demonyms: ['New Zealander'], wiki: 'New_Zealand' },
  { name: 'North Korea', aliases: ['DPRK', "Democratic People's Republic of Korea"], demonyms: ['North Korean'], wiki: 'North_Korea' },
  { name: 'Papua New Guinea', aliases: ['PNG'], demonyms: ['Papua New Guinean'], wiki: 'Papua_New_Guinea' },
  { name: 'Peru', aliases: [], demonyms: ['Peruvian'], wiki: 'Peru' },
  { name: 'Philippines', aliases: ['the Philippines'], demonyms: ['Filipino', 'Philippine'], wiki: 'Philippines' },
  { name: 'Poland', aliases: [], demonyms: ['Polish'], wiki: 'Poland' },
  { name: 'Portugal', aliases: [], demonyms: ['Portuguese'], wiki: 'Portugal' },
  { name: 'Romania', aliases: [], demonyms: ['Romanian'], wiki: 'Romania' },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'], wiki: 'Russia' },
  { name: 'Saudi Arabia', aliases: ['Kingdom of Saudi Arabia'], demonyms: ['Saudi', 'Saudi Arabian'], wiki: 'Saudi_Arabia' },
  { name: 'Singapore', aliases: ['Republic of Singapore'], demonyms: ['Singaporean'], wiki: 'Singapore' },
  { name: 'South Africa', aliases: ['Republic of South Africa'], demonyms: ['South African'], wiki: 'South_Africa' },
  { name: 'South Korea', aliases: ['Republic of Korea', 'ROK'], demonyms: ['South Korean'], wiki: 'South_Korea' },
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], demonyms: ['Soviet'], wiki: 'Soviet_Union' },
  { name: 'Spain', aliases: [], demonyms: ['Spanish'], wiki: 'Spain' },
  { name: 'Tajikistan', aliases: [], demonyms: ['Tajik', 'Tajikistani'], wiki: 'Tajikistan' },
  { name: 'Thailand', aliases: [], demonyms: ['Thai'], wiki: 'Thailand' },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish'], wiki: 'Turkey' },
  { name: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], wiki: 'Ukraine' },
  { name: 'United Arab Emirates', aliases: ['UAE', 'U.A.E.'], demonyms: ['Emirati'], wiki: 'United_Arab_Emirates' },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'], demonyms: ['British'], wiki: 'United_Kingdom' },
  { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], demonyms: ['American'], wiki: 'United_States' },
  { name: 'Uzbekistan', aliases: [], demonyms: ['Uzbek', 'Uzbekistani'], wiki: 'Uzbekistan' },
  { name: 'Vietnam', aliases: ['Viet Nam'], demonyms: ['Vietnamese'], wiki: 'Vietnam' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], demonyms: [], wiki: 'European_Union' },
];

/** How the reference's `host_city` splits into places: the main city first. */
export interface HostCityRow {
  /** Places the event took place in (each becomes a city record). */
  cities: string[];
  /** Named localities, venues' towns or nearby cities the press uses for the event. */
  localities?: string[];
  /** Sub-national regions given with the city (a claim "in Scotland" is then not wrong). */
  regions?: string[];
}

/** Host-city strings that are not a single plain city name. Keys are as in `summits.json`. */
export const HOST_CITIES: Record<string, HostCityRow> = {
  'Washington, D.C.': { cities: ['Washington, D.C.'] },
  'Los Cabos (San José del Cabo)': { cities: ['Los Cabos'], localities: ['San José del Cabo'] },
  'Antalya (Serik)': { cities: ['Antalya'], localities: ['Serik'] },
  'Bali (Nusa Dua)': { cities: ['Bali'], localities: ['Nusa Dua'] },
  'Bali': { cities: ['Bali'] },
  'Miami (Doral), Florida': { cities: ['Miami'], localities: ['Doral'], regions: ['Florida'] },
  'Dorado (near San Juan), Puerto Rico': { cities: ['Dorado'], localities: ['San Juan'], regions: ['Puerto Rico'] },
  'Montebello, Quebec (and Ottawa)': { cities: ['Montebello', 'Ottawa'], regions: ['Quebec'] },
  'Williamsburg, Virginia': { cities: ['Williamsburg'], regions: ['Virginia'] },
  'Paris (La Défense)': { cities: ['Paris'], localities: ['La Défense'] },
  'Halifax, Nova Scotia': { cities: ['Halifax'], regions: ['Nova Scotia'] },
  'Denver, Colorado': { cities: ['Denver'], regions: ['Colorado'] },
  'Nago, Okinawa': { cities: ['Nago'], regions: ['Okinawa'] },
  'Kananaskis, Alberta': { cities: ['Kananaskis'], regions: ['Alberta'] },
  'Sea Island, Georgia': { cities: ['Sea Island'], regions: ['Georgia (U.S. state)'] },
  'Auchterarder (Gleneagles), Scotland': { cities: ['Auchterarder'], localities: ['Gleneagles'], regions: ['Scotland'] },
  'Saint Petersburg (Strelna)': { cities: ['Saint Petersburg'], localities: ['Strelna'] },
  'Tōyako, Hokkaido': { cities: ['Tōyako'], regions: ['Hokkaido'] },
  'Huntsville (Muskoka), Ontario': { cities: ['Huntsville'], localities: ['Muskoka'], regions: ['Ontario'] },
  'Camp David, Maryland': { cities: ['Camp David'], regions: ['Maryland'] },
  'Lough Erne (near Enniskillen), Northern Ireland': { cities: ['Lough Erne'], localities: ['Enniskillen'], regions: ['Northern Ireland'] },
  'Elmau (Bavaria)': { cities: ['Elmau'], regions: ['Bavaria'] },
  'Shima (Kashikojima), Mie': { cities: ['Shima'], localities: ['Kashikojima'], regions: ['Mie'] },
  'Taormina, Sicily': { cities: ['Taormina'], regions: ['Sicily'] },
  'Charlevoix (La Malbaie region), Quebec': { cities: ['Charlevoix'], localities: ['La Malbaie'], regions: ['Quebec'] },
  'Carbis Bay, Cornwall': { cities: ['Carbis Bay'], regions: ['Cornwall'] },
  'Fasano (Borgo Egnazia), Apulia': { cities: ['Fasano'], localities: ['Borgo Egnazia'], regions: ['Apulia'] },
  'Cha-am / Hua Hin': { cities: ['Cha-am', 'Hua Hin'] },
  'Kuala Lumpur and Langkawi': { cities: ['Kuala Lumpur', 'Langkawi'] },
  'Manila (Pasay)': { cities: ['Manila', 'Pasay'] },
  'Pasay (Metro Manila)': { cities: ['Pasay', 'Manila'] },
  'Bangkok (Nonthaburi area)': { cities: ['Bangkok'], localities: ['Nonthaburi'] },
  'Hanoi (chair)': { cities: ['Hanoi'] },
  'Bandar Seri Begawan (chair)': { cities: ['Bandar Seri Begawan'] },
  'Labuan Bajo (East Nusa Tenggara)': { cities: ['Labuan Bajo'], regions: ['East Nusa Tenggara'] },
  'Blake Island (near Seattle), Washington': { cities: ['Blake Island'], localities: ['Seattle'], regions: ['Washington (U.S. state)'] },
  'Subic Bay (Zambales)': { cities: ['Subic Bay'], regions: ['Zambales'] },
  'Vancouver, British Columbia': { cities: ['Vancouver'], regions: ['British Columbia'] },
  'Honolulu, Hawaii': { cities: ['Honolulu'], regions: ['Hawaii'] },
  'Vladivostok (Russky Island)': { cities: ['Vladivostok'], localities: ['Russky Island'] },
  'Beijing (Yanqi Lake, Huairou)': { cities: ['Beijing'], localities: ['Yanqi Lake', 'Huairou'] },
  'Kuala Lumpur (host: Malaysia)': { cities: ['Kuala Lumpur'] },
  'Wellington (host: New Zealand)': { cities: ['Wellington'] },
  'Fortaleza (and Brasília)': { cities: ['Fortaleza', 'Brasília'] },
  'Ufa, Bashkortostan': { cities: ['Ufa'], regions: ['Bashkortostan'] },
  'Moscow (chair: Russia)': { cities: ['Moscow'] },
  'New Delhi (chair: India)': { cities: ['New Delhi'] },
  'Beijing (chair: China)': { cities: ['Beijing'] },
  'Strasbourg / Kehl': { cities: ['Strasbourg', 'Kehl'] },
  'Newport, Wales': { cities: ['Newport'], regions: ['Wales'] },
  'London (Watford)': { cities: ['London'], localities: ['Watford'] },
  'Nagato (Yamaguchi) and Tokyo': { cities: ['Nagato', 'Tokyo'], regions: ['Yamaguchi'] },
  'Cebu City': { cities: ['Cebu'] },
  'Riyadh (chair)': { cities: ['Riyadh'] },
  'Phnom Penh (chair)': { cities: ['Phnom Penh'] },
  'Nusa Dua, Bali': { cities: ['Nusa Dua'], regions: ['Bali'] },
  'Paris (Le Bourget)': { cities: ['Paris'], localities: ['Le Bourget'] },
  'Gothenburg (Goteborg)': { cities: ['Gothenburg'] },
  'Laeken (Brussels)': { cities: ['Brussels'], localities: ['Laeken'] },
};

/** The country a city is in, when the event's host country does not say it plainly. */
export const CITY_COUNTRY: Record<string, string> = {
  Strasbourg: 'France',
  Kehl: 'Germany',
  // Bonn hosted summits while it was West Germany's capital; the city is in Germany today.
  Bonn: 'Germany',
};

/** Other names of cities (spellings and the press's usual forms), and Wikipedia titles. */
export const CITY_ALIASES: Record<string, string[]> = {
  'Washington, D.C.': ['Washington', 'Washington DC', 'Washington D.C.'],
  'Saint Petersburg': ['St Petersburg', 'St. Petersburg'],
  'Brasília': ['Brasilia'],
  'Tōyako': ['Toyako', 'Lake Toya', 'Toya'],
  'Évian-les-Bains': ['Evian', 'Évian', 'Evian-les-Bains'],
  'Da Nang': ['Danang'],
  'Kuala Lumpur': ['KL'],
  'Hanoi': ['Ha Noi'],
  'Naypyidaw': ['Nay Pyi Taw', 'Naypyitaw'],
  'The Hague': ['Den Haag'],
  'Astana': ['Nur-Sultan'],
  'Strasbourg': [],
  'Kyiv': ['Kiev'],
  'Almaty': ['Alma-Ata'],
  'New Delhi': ['Delhi'],
  "L'Aquila": ['LAquila'],
  'Gyeongju': ['Kyongju'],
  'Busan': ['Pusan'],
  'Gothenburg': ['Goteborg', 'Göteborg'],
  'Ulaanbaatar': ['Ulan Bator', 'Ulanbaatar'],
  'Lomé': ['Lome'],
  'Addis Ababa': ['Addis Abeba'],
};

/** Wikipedia titles where the city's name alone is not the page title. */
export const CITY_WIKI: Record<string, string> = {
  'Washington, D.C.': 'Washington,_D.C.',
  Newport: 'Newport,_Wales',
  Halifax: 'Halifax,_Nova_Scotia',
  Vancouver: 'Vancouver',
  Williamsburg: 'Williamsburg,_Virginia',
  Huntsville: 'Huntsville,_Ontario',
  Santiago: 'Santiago',
  Dorado: 'Dorado,_Puerto_Rico',
  'San Juan': 'San_Juan,_Puerto_Rico',
  Montebello: 'Montebello,_Quebec',
  'Sea Island': 'Sea_Island,_Georgia',
  Shima: 'Shima,_Mie',
  Nago: 'Nago,_Okinawa',
  Nagato: 'Nagato,_Yamaguchi',
  Bali: 'Bali',
  Charlevoix: 'Charlevoix_(region)',
  Cebu: 'Cebu_City',
  Doral: 'Doral,_Florida',
  'Georgia (U.S. state)': 'Georgia_(U.S._state)',
  'Washington (U.S. state)': 'Washington_(state)',
  Mie: 'Mie_Prefecture',
  Yamaguchi: 'Yamaguchi_Prefecture',
  Okinawa: 'Okinawa_Prefecture',
  Hokkaido: 'Hokkaido',
  Apulia: 'Apulia',
  Zambales: 'Zambales',
};

/**
 * Spellings and short forms of an agreement's own title (British spelling, title without the
 * parties) — specific enough to name it anywhere, unlike the descriptive phrases below.
 */
export const AGREEMENT_ALIASES: Record<string, string[]> = {
  "Treaty of Good-Neighborliness and Friendly Cooperation Between the People's Republic of China and the Russian Federation": [
    'Treaty of Good-Neighborliness and Friendly Cooperation',
    'Treaty of Good-Neighbourliness and Friendly Cooperation',
    'Treaty of Good-Neighborliness',
    'Treaty of Good-Neighbourliness',
    'good-neighbourliness treaty',
    'good-neighborliness treaty',
  ],
  // The press says "UN Refugee Convention"; the reference lists only "Refugee Convention" forms.
  'Convention relating to the Status of Refugees': ['UN Refugee Convention', 'United Nations Refugee Convention', '1951 UN Refugee Convention', 'UN Convention relating to the Status of Refugees'],
};

/**
 * Descriptive phrases the press uses for agreements whose names do not contain them. Each is
 * backed by the agreement's own title or the reference notes (the 2001 Sino-Russian treaty is
 * "the 'basic' bilateral treaty" there). Phrases are generic, so they only count when the
 * agreement's parties are named nearby (see `KnowledgeBase.findAgreements`).
 */
export const AGREEMENT_PHRASES: Record<string, string[]> = {
  "Treaty of Good-Neighborliness and Friendly Cooperation Between the People's Republic of China and the Russian Federation": [
    'basic agreement on bilateral relations',
    'basic treaty on bilateral relations',
    'basic bilateral treaty',
    'basic treaty',
    'friendship treaty',
    'treaty of friendship',
  ],
  'Treaty on Basic Relations between Japan and the Republic of Korea': ['basic treaty', 'Treaty on Basic Relations', 'normalization treaty', 'normalisation treaty'],
  'Joint Declaration by the Union of Soviet Socialist Republics and Japan': ['joint declaration', '1956 declaration'],
  "Treaty of Peace and Friendship between Japan and the People's Republic of China": ['peace and friendship treaty', 'Treaty of Peace and Friendship'],
  'Treaty on Friendship, Cooperation and Partnership between Ukraine and the Russian Federation': ['friendship treaty', 'treaty of friendship'],
  'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance': ['friendship treaty', 'treaty of friendship'],
  'Tokyo Declaration on Japan-Russia Relations': ['Tokyo Declaration'],
  'Agreement on the Eastern Section of the Boundary between the USSR and the People\'s Republic of China': ['border agreement'],
  "Supplementary Agreement between the People's Republic of China and the Russian Federation on the Eastern Section of the China-Russia Boundary": ['border agreement'],
  "Agreement on the Western Section of the Boundary between the People's Republic of China and the Russian Federation": ['border agreement'],
  'Treaty of Mutual Cooperation and Security between the United States and Japan': ['security treaty'],
  'Security Treaty between the United States and Japan (1951)': ['security treaty'],
};

/**
 * Titles the press gives an office besides the head of its name ("Federal Chancellor",
 * "White House spokesman"), for the reference's offices; the world file carries its own.
 */
export const OFFICE_TITLES: Record<string, string[]> = {
  'Chancellor of Germany': ['Federal Chancellor'],
  'President of Germany': ['Federal President'],
  'Federal Minister for Foreign Affairs of Germany': ['Foreign Minister'],
  'Foreign Secretary of the United Kingdom': ['Foreign Secretary'],
  'Minister for Foreign Affairs of Japan': ['Foreign Minister'],
  'Minister of Foreign Affairs of China': ['Foreign Minister'],
  'Minister of Foreign Affairs of France': ['Foreign Minister', 'Minister for Europe and Foreign Affairs'],
  'Minister of Foreign Affairs of Russia': ['Foreign Minister'],
  'President of the European Commission': ['European Commission President', 'Commission President'],
  'President of the European Council': ['European Council President'],
  'Press Secretary of the President of Russia': ['Kremlin spokesman', 'Kremlin spokesperson', 'Kremlin press secretary'],
  'Secretary of State of the United States': ['Secretary of State', 'US Secretary of State'],
  'Spokesperson of the Ministry of Foreign Affairs of Russia': ['Foreign Ministry spokesperson', 'Foreign Ministry spokeswoman', 'Foreign Ministry spokesman'],
  'White House Press Secretary': ['White House spokesman', 'White House spokeswoman'],
};

/**
 * Wikidata items of reference office holders whose record names none (their `source` was a
 * data file). Each was looked up by name and office in the Wikidata-derived datasets the
 * reference itself cross-checked (cfmessias/geografia leaders_history.csv, every-politician
 * holders21.csv).
 */
export const PERSON_QIDS: Record<string, string> = {
  'Michel Rocard': 'Q12946',
  'Li Zhaoxing': 'Q463697',
};

/**
 * Pages about a reference office holder read to replace a data-file source: the Chinese foreign
 * ministry's biography of Tang Jiaxuan (foreign minister 1998.3.18–2003.3), the Wikipedia
 * articles of Édith Cresson (appointed 15 May 1991; text read through a copy) and Édouard
 * Balladur (29 Mar 1993 – 10 May 1995; Simple English Wikipedia). The articles of Pierre
 * Bérégovoy and F. W. de Klerk are cited as the encyclopedia articles about them; their term
 * dates come from the datasets the reference's note names.
 */
export const PERSON_SOURCES: Record<string, string[]> = {
  'Tang Jiaxuan': ['https://www.fmprc.gov.cn/mfa_eng/ziliao_665539/wjrw_665549/3606_665551/200311/t20031119_697916.html'],
  'Édith Cresson': ['https://en.wikipedia.org/wiki/%C3%89dith_Cresson'],
  'Édouard Balladur': ['https://simple.wikipedia.org/wiki/%C3%89douard_Balladur'],
  'Pierre Bérégovoy': ['https://en.wikipedia.org/wiki/Pierre_B%C3%A9r%C3%A9govoy'],
  'F. W. de Klerk': ['https://en.wikipedia.org/wiki/F._W._de_Klerk'],
};

/**
 * Pages read for a summit whose reference sources are all unusable (lists on quiz sites), each
 * agreeing with the record's dates: the Wikipedia articles of the 2010 Seoul G20 summit (11–12
 * Nov 2010), the 3rd BRICS summit (Sanya, 14 Apr 2011), the 4th G7 summit (Bonn, 16–17 Jul
 * 1978), the 16th (Houston, 9–11 Jul 1990) and the 18th (Munich, 6–8 Jul 1992), the German
 * Wikipedia article of the 1983 Williamsburg summit (28–30 May 1983), and the US National
 * Archives' page on the 2013 Saint Petersburg summit (5–6 Sep 2013).
 */
export const SUMMIT_SOURCES: Record<string, string[]> = {
  'g20-2010-seoul': ['https://en.wikipedia.org/wiki/2010_G20_Seoul_summit'],
  'g20-2013-saint-petersburg': ['https://obama.artifacts.archives.gov/people/17696/g20-organizing-committee/objects', 'https://en.wikipedia.org/wiki/2013_G20_Saint_Petersburg_summit'],
  'brics-2011-sanya': ['https://en.wikipedia.org/wiki/3rd_BRICS_summit'],
  'g7-g8-1978-bonn': ['https://en.wikipedia.org/wiki/4th_G7_summit'],
  'g7-g8-1990-houston': ['https://en.wikipedia.org/wiki/16th_G7_summit'],
  'g7-g8-1992-munich': ['https://en.wikipedia.org/wiki/18th_G7_summit'],
  'g7-g8-1983-williamsburg': ['https://de.wikipedia.org/wiki/G7-Gipfel_in_Williamsburg_1983'],
};

/** The copies those articles were read through (the search tool's stored pages). */
export const SUMMIT_READ_THROUGH: Record<string, string> = {
  'g20-2010-seoul': 'http://hitchhikersgui.de/2010_G-20_Seoul_summit',
  'brics-2011-sanya': 'http://dichtienghoa.com/translate/en.wikipedia.org?t=vi&u=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F3rd_BRICS_summit',
  'g7-g8-1990-houston': 'https://alchetron.com/16th-G7-summit',
  'g7-g8-1992-munich': 'http://en.m.wiki.x.io/wiki/18th_G7_summit',
  'g7-g8-1983-williamsburg': 'https://de.zxc.wiki/wiki/G7-Gipfel_in_Williamsburg_1983',
};

/**
 * Summits whose dates the series article's table of meetings gives, read through a copy of that
 * table (a quiz blog reproducing it with its footnote marks, not cited): BRICS 2010, 2012, 2013.
 */
export const SERIES_TABLE_CHECKED = new Set(['brics-2010-brasilia', 'brics-2012-new-delhi', 'brics-2013-durban']);

/**
 * The encyclopedia article of each series, with its list of meetings: cited for a summit whose
 * only sources were quiz or exam sites, with a note saying the record was not checked against it.
 */
export const SERIES_ARTICLES: Record<string, string> = {
  G20: 'https://en.wikipedia.org/wiki/G20',
  'G7/G8': 'https://en.wikipedia.org/wiki/Group_of_Seven',
  ASEAN: 'https://en.wikipedia.org/wiki/ASEAN_Summit',
  EAS: 'https://en.wikipedia.org/wiki/East_Asia_Summit',
  APEC: 'https://en.wikipedia.org/wiki/Asia-Pacific_Economic_Cooperation',
  BRICS: 'https://en.wikipedia.org/wiki/BRICS',
  SCO: 'https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation',
  WEF: 'https://en.wikipedia.org/wiki/World_Economic_Forum',
};

/** Short forms the press uses for a person that the reference does not list. */
export const NAME_FORMS: Record<string, string[]> = {
  'Cristina Fernández de Kirchner': ['Cristina Fernández'],
};

/** The article the reference read through a copy it names only as "Wikipedia text via <copy>". */
/**
 * Agreements named only by their names and aliases as written (no "deal"/"accord" variants):
 * the press calls the whole 2005-2008 India-US process "the nuclear deal", so a "2005 civil
 * nuclear deal" is not a misdated 2008 agreement.
 */
export const AGREEMENT_FIXED_NAMES = new Set<string>([
  'Agreement between India and the United States of America for Cooperation on Peaceful Uses of Nuclear Energy',
]);

/**
 * Agreements the press names by the war they ended and their kind: "the Korean War ended with
 * an armistice" is the Korean Armistice Agreement, the one armistice that ended that war. Each
 * becomes the aliases "<war> ended with/in a(n)/the <kind>", so a date bound to that phrase
 * (", signed in July 1953") is checked against the agreement; the war alone names nothing.
 */
export const AGREEMENT_WAR_ENDINGS: Record<string, { wars: string[]; kinds: string[] }> = {
  'Korean Armistice Agreement': { wars: ['Korean War'], kinds: ['armistice', 'armistice agreement', 'truce'] },
};

/** Aliases of common words that name the agreement only when capitalised (see AgreementRecord.capitalisedAliases). */
export const AGREEMENT_CAPITALISED_ALIASES: Record<string, string[]> = {
  'Canada-United States Automotive Products Agreement': ['Auto Pact'],
};

export const AGREEMENT_SOURCES: Record<string, string[]> = {
  'Good Friday Agreement': ['https://en.wikipedia.org/wiki/Good_Friday_Agreement'],
};
