import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/kb/alias-index.js';
import { testKb, analyzeText } from '../helpers.js';

const kb = testKb();
const texts = (text: string, kind?: string): string[] => kb.matchAliases(text).filter((m) => !kind || m.kind === kind).map((m) => m.text);

describe('alias index', () => {
  it('matches multi-word aliases in any case, with curly apostrophes and hyphen variants', () => {
    expect(texts('at last year’s G-20 summit in Buenos Aires', 'event-series')).toEqual(['G-20 summit']);
    expect(texts('the Group of Twenty leaders', 'event-series')).toEqual(['Group of Twenty']);
    expect(texts('JAPAN’S PRIME MINISTER spoke', 'office')).toEqual(['JAPAN’S PRIME MINISTER']);
    expect(texts('the Treaty of Good Neighbourliness', 'agreement')).toEqual(['Treaty of Good Neighbourliness']);
    expect(texts('the Russia–China friendship treaty', 'agreement')).toEqual(['Russia–China friendship treaty']);
  });

  it('prefers the longest alias and never matches part of a word', () => {
    const [office] = kb.matchAliases('He met the Prime Minister of Japan.');
    expect(office).toMatchObject({ kind: 'office', key: 'prime-minister:japan', text: 'Prime Minister of Japan' });
    expect(texts('He flew to Aberdeen and Abergavenny.', 'person')).toEqual([]);
    expect(texts('Abe’s visit', 'person')).toEqual(['Abe']);
  });

  it('matches acronyms only in capitals and place names only capitalised', () => {
    expect(texts('Tell us about it; the US agreed.', 'place')).toEqual(['US']);
    expect(texts('They will start talks on roast turkey with chile sauce.')).toEqual([]);
    expect(texts('New START limits warheads', 'agreement')).toEqual(['New START']);
  });

  it('does not join words across punctuation', () => {
    expect(texts('In Germany, President Biden spoke.', 'office').map((t) => t)).toEqual(['President']);
    expect(kb.matchAliases('In Germany, President Biden spoke.').find((m) => m.kind === 'office')?.key).toBe('title:president');
  });

  it('marks a surname alone as a partial person match', () => {
    const [abe] = kb.matchAliases('Abe met Putin.').filter((m) => m.kind === 'person');
    expect(abe).toMatchObject({ text: 'Abe', key: 'shinzo-abe', partial: true });
    const [full] = kb.matchAliases('Shinzo Abe met Putin.').filter((m) => m.kind === 'person');
    expect(full.partial).toBeUndefined();
  });

  it('does not read a month, a monarch\'s numeral or a particle as a surname', () => {
    expect(texts('In May 2019 the talks resumed.', 'person')).toEqual([]);
    expect(texts('Charles III opened Parliament.', 'person')).toEqual(['Charles III']);
    expect(kb.findPerson('III')).toEqual([]);
    expect(kb.findPerson('Le Drian').map((p) => p.personId)).toEqual(['jean-yves-le-drian']);
    expect(kb.findPerson('von der Leyen').map((p) => p.personId)).toEqual(['ursula-von-der-leyen']);
  });

  it('finds every alias in one pass, overlapping ones included (Aho–Corasick)', () => {
    const index = new AliasIndex();
    index.add('b c d', { kind: 'place', recordIds: ['long'] });
    index.add('c', { kind: 'place', recordIds: ['short'] });
    index.add('a b', { kind: 'place', recordIds: ['ab'] });
    // "a b" is leftmost; "b c d" overlaps it and loses; "c" is inside "b c d" only.
    expect(index.match('a b c x').map((m) => [m.text, m.recordIds[0]])).toEqual([['a b', 'ab'], ['c', 'short']]);
    expect(index.match('x b c d').map((m) => m.recordIds[0])).toEqual(['long']);
  });
});

describe('entities analyzer', () => {
  it('links KB names in a document to records, per sentence, with exact spans', () => {
    const text = 'Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Singapore. The 2018 G20 summit was held in Buenos Aires.';
    const doc = analyzeText(text);
    const entities = doc.get('entities');
    for (const e of entities) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
    expect(entities.map((e) => [e.kind, e.text])).toEqual([
      ['office', 'Japanese Prime Minister'],
      ['person', 'Shinzo Abe'],
      ['office', 'Russian President'],
      ['person', 'Vladimir Putin'],
      ['place', 'Singapore'],
      ['event', '2018 G20 summit'],
      ['place', 'Buenos Aires'],
    ]);
    expect(entities.find((e) => e.text === '2018 G20 summit')).toMatchObject({ recordIds: ['g20-2018-buenos-aires'], sentence: 1, origin: 'kb' });
  });

  it('adds people the KB does not know through NLP, only on demand', () => {
    const doc = analyzeText('The ambassador, Mikhail Galuzin, was summoned by Fumio Kishida.');
    expect(doc.get('entities').filter((e) => e.kind === 'person').map((e) => e.text)).toEqual(['Fumio Kishida']);
    const people = doc.get('people');
    expect(people.map((p) => [p.text, p.origin])).toEqual([['Mikhail Galuzin', 'nlp'], ['Fumio Kishida', 'kb']]);
  });
});
