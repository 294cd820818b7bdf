/**
 * Which pages a KB record may cite. A record's `source` must be a page an editor can open
 * and trust: an official page, an encyclopedia article about the person or event, or the
 * person's Wikidata item page. Raw data files, quiz and exam sites, aggregators, blogs and
 * document-sharing copies are never cited; a copy of a Wikipedia article is cited as the
 * article itself (the copy is named in `sourceNote`). News pages may stay among
 * `otherSources`, never as the main source.
 */

/** Official hosts: governments, parliaments, international organisations, summit hosts. */
const OFFICIAL = [
  /\.gov(?:\.[a-z]{2})?$/, /\.gouv\.[a-z]{2}$/, /\.gob\.[a-z]{2}$/, /\.go\.[a-z]{2}$/, /\.govt\.nz$/, /\.gc\.ca$/, /(?:^|\.)gov\.[a-z]{2}$/,
  /\.int$/, /(?:^|\.)europa\.eu$/, /(?:^|\.)un\.org$/, /(?:^|\.)unfccc\.int$/, /(?:^|\.)unep\.org$/, /(?:^|\.)unvienna\.org$/,
  /(?:^|\.)kremlin\.ru$/, /(?:^|\.)mid\.ru$/, /(?:^|\.)esteri\.it$/, /(?:^|\.)diplo\.de$/, /(?:^|\.)auswaertiges-amt\.de$/,
  /(?:^|\.)public\.lu$/, /(?:^|\.)parliament\.uk$/, /(?:^|\.)oireachtas\.ie$/, /(?:^|\.)senat\.fr$/, /(?:^|\.)belgium\.be$/, /(?:^|\.)ft\.dk$/, /(?:^|\.)eu\.dk$/,
  /(?:^|\.)valtioneuvosto\.fi$/, /(?:^|\.)lithuania\.lt$/, /(?:^|\.)kantei\.go\.jp$/, /(?:^|\.)mofa\.go\.jp$/, /(?:^|\.)usembassy\.gov$/, /(?:^|\.)archives\.gov$/,
  /(?:^|\.)g20\.org$/, /(?:^|\.)g7germany\.de$/, /(?:^|\.)g20germany\.de$/, /(?:^|\.)g8\.co\.uk$/, /(?:^|\.)apec\.org$/, /(?:^|\.)asean\.org$/, /(?:^|\.)asean\.or\.id$/,
  /(?:^|\.)sectsco\.org$/, /(?:^|\.)thecommonwealth\.org$/, /(?:^|\.)weforum\.org$/, /(?:^|\.)icrc\.org$/, /(?:^|\.)osce\.org$/, /(?:^|\.)iaea\.org$/, /(?:^|\.)cbd\.int$/,
  /(?:^|\.)ctbto\.org$/, /(?:^|\.)coe\.int$/, /(?:^|\.)conventions\.coe\.int$/, /(?:^|\.)consilium\.europa\.eu$/, /(?:^|\.)europarl\.europa\.eu$/, /(?:^|\.)taoiseach\.gov\.ie$/,
];

/** Encyclopedias (articles about one person, event or treaty). */
const ENCYCLOPEDIA = [/^en\.wikipedia\.org$/, /^(?:www\.)?britannica\.com$/];

/**
 * Reference works and archives of official texts kept by universities and research services:
 * other Wikipedias, the G7/G20 Research Group (Toronto), CVCE (Luxembourg), the Archive of
 * European Integration (Pittsburgh), European Sources Online (Cardiff), the IISD's Earth
 * Negotiations Bulletin, the European Parliament's research blog, the Thatcher and Major archives.
 */
const REFERENCE = [
  /^(?:[a-z]{2,3}|simple)\.wikipedia\.org$/, /utoronto\.ca$/, /(?:^|\.)cvce\.eu$/, /^aei\.pitt\.edu$/, /europeansources\.info$/, /(?:^|\.)iisd\.org$/,
  /(?:^|\.)epthinktank\.eu$/, /margaretthatcher\.org$/, /johnmajorarchive\.org\.uk$/, /(?:^|\.)archontology\.org$/, /(?:^|\.)millercenter\.org$/,
];

/**
 * Never cited, not even among other sources: raw data, quiz/exam and aggregator sites,
 * blogs, document sharing, machine copies of encyclopedias that could not be traced to
 * their article, and anything without a host name.
 */
const BANNED = [
  /^github\.com$/, /githubusercontent\.com$/, /^\d+\.\d+\.\d+\.\d+$/,
  /blogspot\.com$/, /wordpress\.com$/, /hatenablog\.com$/, /medium\.com$/, /fandom\.com$/, /wikia\.com$/, /pages\.dev$/, /azureedge\.net$/,
  /scribd\.com$/, /studyres\.com$/, /storify\.com$/, /wikileaks\.org$/,
  /offbeaty\.com$/, /jagranjosh\.com$/, /bestcurrentaffairs\.com$/, /gktoday\.in$/, /iaspoint\.com$/, /examrace\.com$/, /aptiquiz\.xyz$/, /currenthunt\.com$/,
  /studydhaba\.com$/, /civilservicesstrategist\.com$/, /iasabhiyan\.com$/, /bankingawareness\.com$/, /beinghistorian\.com$/, /historysnacks\.io$/,
  /nongbua\.ac\.th$/, /sppit\.ac\.th$/, /profilpelajar\.com$/, /fenleixinxiwang\.com$/, /seisyun\.net$/, /szftgk\.com$/, /ccgp-fushun\.com$/, /aolaikelin\.cn$/,
  /duhoctrungquoc\.vn$/, /mouldwordservice\.com$/, /namegenerator\.biz$/, /unitedairlinereservations\.org$/, /brorelol\.gay$/, /techbrokedad\.xyz$/,
  /perceptiono\.com$/, /asumetech\.com$/, /thetechyworld\.com$/, /profound-tips\.com$/, /socooly\.com$/, /digglicious\.com$/, /a2zcore\.com$/, /quotio\.com$/,
  /menafn\.com$/, /devdiscourse\.com$/, /einpresswire\.com$/, /(?:^|\.)wn\.com$/, /newsflash\.city$/, /feedman\.me$/, /newsahead\.com$/, /zapaday\.com$/,
  /latestly\.com$/, /tellerreport\.com$/, /antialienate\.com$/, /cfapps\.io$/, /globalgiants\.com$/, /groupofnations\.com$/, /databoks\.katadata\.co\.id$/,
  /kiddle\.co$/, /howlingpixel\.com$/, /wiki2\.org$/, /alchetron\.com$/, /wikimili\.com$/, /popflock\.com$/, /explained\.today$/, /absoluteastronomy\.com$/,
  /uncensored-wiki\.com/, /infogalactic\.com$/, /piglix\.com$/, /academic\.ru$/, /-academic\.com$/, /theinfolist\.com$/, /liquisearch\.com$/, /wikivisually\.com$/,
  /owiki\.org$/, /frwiki\.wiki$/, /wanweibaike\.com$/, /wikibedia\.ru$/, /pipiwiki\.com$/, /sarg\.dev$/, /iiab\.live$/, /kiwix/, /ipfs/, /worddisk\.com$/,
  /wikiz\.com$/, /wikihq\.org$/, /atozwiki\.com$/, /friendlywiki\.com$/, /memim\.com$/, /fact-index\.com$/, /netlibrary\.net$/, /everything2\.com$/,
  /jmediawiki\.org$/, /stringtranslate\.com$/, /zxc\.wiki$/, /clateway\.com$/, /chinaviki\.com$/, /wikiafripedia\.org$/, /infomutt\.com$/, /newton\.com\.tw$/,
  /osmarks\.net$/, /weblio\.jp$/, /arietiform\.com$/, /classicistranieri\.com$/, /studentb\.eu$/, /hitchhikersgui\.de$/, /ask3\.ru$/, /reference\.com$/,
];

/** Copies of English Wikipedia whose address names the article: host → how to read the title. */
const WIKIPEDIA_COPIES: Array<[RegExp, (url: URL) => string | undefined]> = [
  [/^en\.m\.wikipedia\.org\.?$/, (u) => u.pathname.match(/^\/wiki\/(.+)$/)?.[1]],
  [/kiddle\.co$/, (u) => u.pathname.slice(1)],
  [/howlingpixel\.com$/, (u) => u.pathname.match(/^\/i-en\/(.+)$/)?.[1]],
  [/wiki2\.org$/, (u) => u.pathname.match(/^\/en\/(.+)$/)?.[1]],
  [/wikimili\.com$/, (u) => u.pathname.match(/^\/en\/(.+)$/)?.[1]],
  [/popflock\.com$/, (u) => u.searchParams.get('s') ?? undefined],
  [/explained\.today$/, (u) => u.pathname.slice(1).replace(/\/$/, '')],
  [/absoluteastronomy\.com$/, (u) => u.pathname.match(/^\/topics\/(.+)$/)?.[1]],
  [/infogalactic\.com$/, (u) => u.pathname.match(/^\/info\/(.+)$/)?.[1]],
  [/stringtranslate\.com$/, (u) => u.pathname.split('/').pop()],
  [/piglix\.com$/, (u) => u.pathname.match(/^\/piglix\/(.+)$/)?.[1]],
  [/clateway\.com$/, (u) => u.searchParams.get('q') ?? undefined],
  [/netlibrary\.net$/, (u) => u.pathname.match(/^\/articles\/eng\/(.+)$/)?.[1]],
  [/hitchhikersgui\.de$/, (u) => u.pathname.slice(1)],
  [/theinfolist\.com$/, (u) => u.pathname.match(/^\/html\/ALL\/s\/(.+)\.html$/)?.[1]],
  [/wikivisually\.com$/, (u) => u.pathname.match(/^\/wiki\/(.+)$/)?.[1]],
  [/owiki\.org$/, (u) => u.pathname.match(/^\/wiki\/(.+)$/)?.[1]],
  [/wikizero|wiki\.sarg\.dev$|pipiwiki\.com$|atozwiki\.com$|wikihq\.org$|friendlywiki\.com$/, (u) => u.pathname.match(/\/wiki\/(.+)$/)?.[1]],
];

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

const matches = (host: string, patterns: RegExp[]): boolean => patterns.some((p) => p.test(host));

/** A Wikipedia page that is not an article (a user's sandbox, a talk page). */
function notAnArticle(url: string): boolean {
  return /\/wiki\/(?:User|Talk|User_talk|Wikipedia|Special):/i.test(url);
}

export function isOfficial(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && matches(host, OFFICIAL);
}

export function isEncyclopedia(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && matches(host, ENCYCLOPEDIA) && !notAnArticle(url);
}

/** A reference work or an archive of official texts (see `REFERENCE`). */
export function isReference(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && matches(host, REFERENCE) && !notAnArticle(url) && !/\.m\.wikipedia\.org$/.test(host);
}

export function isWikidataItem(url: string): boolean {
  return /^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/.test(url);
}

/** May be a record's main `source` without remark. */
export function isCitable(url: string): boolean {
  return isOfficial(url) || isEncyclopedia(url) || isWikidataItem(url) || isReference(url);
}

/** May stay among `otherSources` (a news page, a research page), though not as the main source. */
export function isAcceptable(url: string): boolean {
  const host = hostOf(url);
  if (!host || notAnArticle(url) || /\.(?:csv|tsv|dta|xlsx?|json)(?:[?#]|$)/i.test(url)) return false;
  return isCitable(url) || !matches(host, BANNED);
}

/** The English Wikipedia article a copy reproduces, when its address names it. */
export function wikipediaArticleOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  for (const [pattern, titleOf] of WIKIPEDIA_COPIES) {
    if (!pattern.test(host)) continue;
    const title = titleOf(parsed);
    if (!title || /[?#]|^(?:User|Talk|Special):/i.test(title) || !/\p{L}/u.test(title)) return undefined;
    return `https://en.wikipedia.org/wiki/${title}`;
  }
  return undefined;
}

export function wikidataUrl(qid: string): string {
  return `https://www.wikidata.org/wiki/${qid}`;
}

/**
 * The main source and other sources of a record from the URLs it was read from (best first
 * as the reference lists them): the first when it is citable, else an official page, else an
 * English encyclopedia article (or
 * the article a copy reproduces), else the Wikidata item, else a reference work, else — for
 * the few records nothing better was read for — a news page, said so in `sourceNote`.
 * Other acceptable pages follow in `otherSources`.
 */
export function chooseSources(urls: readonly string[], qid?: string | null): { source?: string; sourceNote?: string; otherSources: string[] } {
  const unique = [...new Set(urls.map((u) => u.trim().replace(/^(https?:\/\/[^/]+)\.\//, '$1/')).filter((u) => /^https?:\/\//.test(u)))];
  const copies = unique.flatMap((u) => {
    const article = wikipediaArticleOf(u);
    return article ? [{ copy: u, article }] : [];
  });
  const wikidata = qid ? wikidataUrl(qid) : unique.find(isWikidataItem);
  const copy = copies.find((c) => !/^https?:\/\/en\.m\.wikipedia\.org\//.test(c.copy)) ?? copies[0];
  // The page the record was read from stays the source when it is citable: the reference may
  // have chosen it over an encyclopedia article that disagrees (COP21's end date).
  const first = unique[0] && isCitable(unique[0]) && !wikipediaArticleOf(unique[0]) ? unique[0] : undefined;
  const candidates: Array<[string | undefined, string | undefined]> = [
    [first, undefined],
    [unique.find(isOfficial), undefined],
    [unique.find(isEncyclopedia), undefined],
    [copies[0]?.article, copy && copy.article === copies[0]?.article && !/en\.m\.wikipedia/.test(copy.copy) ? `Wikipedia article read through a copy: ${copy.copy}` : undefined],
    [wikidata, undefined],
    [unique.find(isReference), undefined],
    [unique.find(isAcceptable), 'News report: no official page, encyclopedia article or Wikidata item was read for this record.'],
  ];
  const [source, sourceNote] = candidates.find(([url]) => url !== undefined) ?? [undefined, undefined];
  const others = [...unique.filter((u) => u !== source && isAcceptable(u) && !wikipediaArticleOf(u)), ...copies.map((c) => c.article).filter((a) => a !== source)];
  if (wikidata && wikidata !== source) others.push(wikidata);
  return { source, sourceNote, otherSources: [...new Set(others)].slice(0, 6) };
}
