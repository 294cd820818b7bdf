/**
 * Which phrases name which records: fills the alias index from a knowledge base. Names and
 * aliases come from the records; office titles are generated from each office's titles and
 * its country's names and demonyms ("Japanese Prime Minister", "Prime Minister of Japan",
 * "Japan's prime minister"); series names from `series.ts`.
 */
import { AliasIndex } from './alias-index.js';
import type { AliasTarget } from './alias-index.js';
import { isAmbiguousSurname, surnames } from './people.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { phraseKey, slugify } from '../base/names.js';
import { SERIES } from './series.js';
import { nameVariants } from './agreement-names.js';
import { vocabularyFile } from '../base/vocabulary.js';
import type { OfficeTermRecord, PlaceRecord } from './types.js';

/** Titles of a whole class ("Prime Minister", "Premier"): never one office's name on their own. */
const GENERIC_TITLES = new Set(
  Object.values(vocabularyFile('titles') as Record<string, unknown>)
    .filter((list): list is string[] => Array.isArray(list))
    .flat()
    .map(phraseKey),
);

export function buildAliasIndex(kb: KnowledgeBase): AliasIndex {
  const index = new AliasIndex();
  addPlaces(index, kb.places);
  addEvents(index, kb);
  addAgreements(index, kb);
  addPeople(index, kb.officeTerms);
  addOffices(index, kb);
  index.build();
  return index;
}

function addPlaces(index: AliasIndex, places: PlaceRecord[]): void {
  // An organisation ("NATO", "UN") is named in text as an organisation or a summit series, not a place.
  for (const place of places.filter((p) => p.type !== 'organization')) {
    const target = (via: AliasTarget['via']): AliasTarget => ({ kind: 'place', recordIds: [place.id], key: place.id, via });
    index.add(place.name, target('name'), 'capitalised');
    for (const alias of place.aliases ?? []) index.add(alias, target('alias'), 'capitalised');
    for (const demonym of place.demonyms ?? []) index.add(demonym, target('demonym'), 'capitalised');
  }
}

function addEvents(index: AliasIndex, kb: KnowledgeBase): void {
  for (const event of kb.events) {
    const target = (via: AliasTarget['via']): AliasTarget => ({ kind: 'event', recordIds: [event.id], key: event.series, via });
    index.add(event.name, target('name'));
    for (const alias of event.aliases ?? []) index.add(alias, target('alias'));
  }
  for (const series of SERIES) {
    const ids = kb.eventsInSeries(series.key).map((e) => e.id);
    if (!ids.length) continue;
    const target: AliasTarget = { kind: 'event-series', recordIds: ids, key: series.key, via: 'name' };
    for (const name of series.names) {
      index.add(name, target);
      if (/summit$/i.test(name)) continue;
      for (const suffix of ['summit', 'summits', "leaders' summit", 'leaders summit', 'meeting', "leaders' meeting"]) index.add(`${name} ${suffix}`, target);
    }
  }
}

function addAgreements(index: AliasIndex, kb: KnowledgeBase): void {
  for (const agreement of kb.agreements) {
    const target = (via: AliasTarget['via']): AliasTarget => ({ kind: 'agreement', recordIds: [agreement.id], via });
    index.add(agreement.name, target('name'));
    for (const alias of agreement.aliases ?? []) index.add(alias, target('alias'), agreement.capitalisedAliases?.includes(alias) ? 'capitalised' : undefined);
    for (const phrase of agreement.phrases ?? []) index.add(phrase, target('phrase'));
  }
  for (const [variant, id] of agreementVariants(kb)) index.add(variant, { kind: 'agreement', recordIds: [id], via: 'alias' });
}

/**
 * Name variants ("Dayton peace accord") that name one agreement only: none that is another
 * agreement's name, alias or phrase, or a variant of two agreements' names.
 */
function agreementVariants(kb: KnowledgeBase): Map<string, string> {
  const written = new Set(kb.agreements.flatMap((a) => [a.name, ...(a.aliases ?? []), ...(a.phrases ?? [])].map(phraseKey)));
  const owners = new Map<string, { text: string; ids: Set<string> }>();
  for (const agreement of kb.agreements) {
    if (agreement.fixedNames) continue;
    for (const variant of [agreement.name, ...(agreement.aliases ?? [])].flatMap(nameVariants)) {
      const key = phraseKey(variant);
      if (written.has(key)) continue;
      const entry = owners.get(key) ?? { text: variant, ids: new Set<string>() };
      entry.ids.add(agreement.id);
      owners.set(key, entry);
    }
  }
  return new Map([...owners.values()].filter((e) => e.ids.size === 1).map((e) => [e.text, [...e.ids][0]]));
}

function addPeople(index: AliasIndex, terms: OfficeTermRecord[]): void {
  // One entry per person and name (a person's terms share their names), pointing at every term.
  const byPerson = new Map<string, OfficeTermRecord[]>();
  for (const term of terms) byPerson.set(term.personId, [...(byPerson.get(term.personId) ?? []), term]);
  for (const [personId, own] of byPerson) {
    const target: AliasTarget = { kind: 'person', recordIds: own.map((t) => t.id), key: personId, via: 'name' };
    const names = new Set(own.map((t) => t.person));
    for (const name of names) index.add(name, target, 'capitalised');
    for (const alias of new Set(own.flatMap((t) => t.aliases ?? []))) if (!names.has(alias)) index.add(alias, { ...target, via: 'alias' }, 'capitalised');
    for (const surname of new Set(own.flatMap((t) => surnames(t)))) if (!isAmbiguousSurname(surname)) index.add(surname, { ...target, partial: true, via: 'surname' }, 'capitalised');
  }
}

/**
 * "Prime Minister of Japan", "Japanese Prime Minister", "Japan's Prime Minister", and bare
 * "Prime Minister". An office's titles are the head of its name ("Prime Minister" of "Prime
 * Minister of Japan") and the extra titles its records carry; a title that only one office
 * has ("Taoiseach", "Chancellor of the Exchequer", "White House Press Secretary") names it
 * on its own too.
 */
function addOffices(index: AliasIndex, kb: KnowledgeBase): void {
  const bareTitles = new Set<string>();
  const titlesByOffice = new Map(kb.officeKeys().map((key) => [key, officeTitles(kb.termsOfOffice(key))]));
  const officesPerTitle = new Map<string, number>();
  for (const titles of titlesByOffice.values()) for (const title of titles) officesPerTitle.set(phraseKey(title), (officesPerTitle.get(phraseKey(title)) ?? 0) + 1);
  for (const [officeKey, titles] of titlesByOffice) {
    const terms = kb.termsOfOffice(officeKey);
    const target: AliasTarget = { kind: 'office', recordIds: terms.map((t) => t.id), key: officeKey, via: 'title' };
    index.add(terms[0].office, target);
    const country = kb.findPlace(terms[0].country);
    for (const title of titles) {
      // A title of a whole class ("Premier") names no one office even where only one has it
      // here, unless the records themselves give it as the office's own ("Taoiseach").
      const own = terms.some((t) => t.titles?.includes(title));
      if (officesPerTitle.get(phraseKey(title)) === 1 && (own || !GENERIC_TITLES.has(phraseKey(title)))) index.add(title, target);
      else bareTitles.add(title);
      for (const phrase of countryTitlePhrases(title, country)) index.add(phrase, target);
    }
  }
  // A bare title ("Prime Minister Shinzo Abe") names no country: key `title:<slug>`, no records.
  for (const title of bareTitles) index.add(title, { kind: 'office', recordIds: [], key: `title:${slugify(title)}`, via: 'title' }, 'capitalised');
}

/** "Prime Minister" of "Prime Minister of Japan", and the records' own extra titles. */
function officeTitles(terms: OfficeTermRecord[]): string[] {
  const head = terms[0].office.match(/^(.+?) (?:of|\()/)?.[1];
  return [...new Set([...(head ? [head] : []), ...terms.flatMap((t) => t.titles ?? [])])];
}

function countryTitlePhrases(title: string, country: PlaceRecord | undefined): string[] {
  if (!country) return [];
  const names = [country.name, ...(country.aliases ?? [])];
  const phrases: string[] = [];
  for (const name of names) {
    phrases.push(`${title} of ${name}`, `${name}'s ${title}`, `${name} ${title}`);
    if (!/^the /i.test(name)) phrases.push(`${title} of the ${name}`);
  }
  for (const demonym of country.demonyms ?? []) phrases.push(`${demonym} ${title}`);
  return phrases;
}
