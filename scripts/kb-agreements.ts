/**
 * Agreement records of the KB build: the reference's `treaties.json` and `data/kb-reference`'s
 * `treaties-more.json` (same format) → agreement records with their parties and places.
 */
import { slugify } from '../src/base/names.js';
import type { AgreementRecord } from '../src/kb/types.js';
import { AGREEMENT_ALIASES, AGREEMENT_CAPITALISED_ALIASES, AGREEMENT_FIXED_NAMES, AGREEMENT_PHRASES, AGREEMENT_SOURCES, AGREEMENT_WAR_ENDINGS } from './kb-tables.js';
import type { PlaceBook } from './kb-places.js';
import { chooseSources } from './kb-sources.js';

/** A URL written in a remark; balanced brackets stay in it ("Treaty_of_Paris_(1951)"), a closing one of the remark does not. */
const URL_IN_TEXT = /https?:\/\/(?:[^\s()]|\([^\s()]*\))+/g;

export interface RefTreaty {
  name: string; aliases: string[]; parties: string[]; signed: string | null; place: string | null;
  in_force: string | null; source: string; sources: string[]; note: string | null;
  adopted?: string | null; opened_for_signature?: string | null; initialed?: string | null; terminated?: string | null;
}

/** "Soviet Union (later Russia)" → soviet-union, russia; "Russia (RSFSR)" → russia. */
function partyIds(parties: string[], places: PlaceBook): string[] {
  const ids = new Set<string>();
  for (const party of parties) {
    const [head, detail = ''] = party.split(/\s*\(/);
    const id = places.countryIdOf(head);
    if (id) ids.add(id);
    if (id && /later russia|continued by russia/i.test(detail)) ids.add('russia');
  }
  return [...ids];
}

/** "Moscow, Russia" → the city's place id (only this plain form; other descriptions stay text). */
function agreementPlaceIds(place: string | null, places: PlaceBook): string[] {
  const m = place?.match(/^([^,;()]+), ([^,;()]+)$/);
  if (!m) return [];
  const country = places.countryIdOf(m[2]);
  const countryName = country ? places.countryName(country) : undefined;
  if (!country || !countryName) return [];
  return [places.add(m[1].trim(), countryName, 'city'), country];
}

/**
 * The URLs a treaty was read from. The reference sometimes writes a remark instead: "Wikipedia
 * 'Minsk Protocol' (ipfs mirror …)" names the article read through a copy, cited as the article.
 */
function urlsOf(treaty: RefTreaty): string[] {
  return [...(AGREEMENT_SOURCES[treaty.name] ?? []), treaty.source, ...treaty.sources].flatMap((s) => {
    const article = s.match(/^Wikipedia (?:\w+ )?'([^']+)'/)?.[1];
    return [...(article ? [`https://en.wikipedia.org/wiki/${article.replace(/ /g, '_')}`] : []), ...(s.match(URL_IN_TEXT) ?? [])];
  });
}

/** "Korean War ended with an armistice", "… ended in the truce": the agreement named by the war it ended. */
function warEndingAliases(name: string): string[] {
  const ending = AGREEMENT_WAR_ENDINGS[name];
  if (!ending) return [];
  return ending.wars.flatMap((war) => ending.kinds.flatMap((kind) => {
    const article = /^[aeiou]/i.test(kind) ? 'an' : 'a';
    return ['with', 'in'].flatMap((prep) => [`${war} ended ${prep} ${article} ${kind}`, `${war} ended ${prep} the ${kind}`]);
  }));
}

export function convertTreaties(treaties: RefTreaty[], places: PlaceBook): AgreementRecord[] {
  const usedIds = new Set<string>();
  return treaties.map((treaty) => {
    const year = (treaty.signed ?? treaty.adopted ?? '').slice(0, 4);
    const short = treaty.aliases[0] ?? treaty.name;
    let id = `agreement-${slugify(short)}${year && !short.includes(year) ? `-${year}` : ''}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    usedIds.add(id);
    const sources = chooseSources(urlsOf(treaty));
    if (!sources.source) throw new Error(`agreement "${treaty.name}": no citable source among ${urlsOf(treaty).join(', ')}`);
    const record: AgreementRecord = {
      kind: 'agreement', id, name: treaty.name, aliases: [...new Set([...treaty.aliases, ...(AGREEMENT_ALIASES[treaty.name] ?? []), ...warEndingAliases(treaty.name)])],
      phrases: AGREEMENT_PHRASES[treaty.name] ?? [], parties: treaty.parties, partyIds: partyIds(treaty.parties, places),
      signed: treaty.signed, place: treaty.place, placeIds: agreementPlaceIds(treaty.place, places), inForce: treaty.in_force,
      source: sources.source, otherSources: sources.otherSources,
    };
    if (sources.sourceNote) record.sourceNote = sources.sourceNote;
    if (treaty.adopted !== undefined) record.adopted = treaty.adopted;
    if (treaty.opened_for_signature !== undefined) record.openedForSignature = treaty.opened_for_signature;
    if (treaty.initialed !== undefined) record.initialed = treaty.initialed;
    if (treaty.terminated !== undefined) record.terminated = treaty.terminated;
    if (treaty.note) record.note = treaty.note;
    if (AGREEMENT_FIXED_NAMES.has(treaty.name)) record.fixedNames = true;
    if (AGREEMENT_CAPITALISED_ALIASES[treaty.name]) record.capitalisedAliases = AGREEMENT_CAPITALISED_ALIASES[treaty.name];
    return record;
  });
}
