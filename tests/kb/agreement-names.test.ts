import { describe, expect, it } from 'vitest';
import { nameStem, nameVariants } from '../../src/kb/agreement-names.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { AgreementRecord } from '../../src/kb/types.js';
import { testKb } from '../helpers.js';

const agreementsIn = (kb: KnowledgeBase, text: string): Array<{ text: string; ids: string[] }> =>
  kb.matchAliases(text).filter((m) => m.kind === 'agreement').map((m) => ({ text: m.text, ids: m.recordIds }));

/** A made-up agreement (no real document): only its names matter here. */
function fictional(id: string, name: string, aliases: string[] = [], extra: Partial<AgreementRecord> = {}): AgreementRecord {
  return { ...extra, kind: 'agreement', id, name, aliases, phrases: [], parties: [], partyIds: [], signed: '2000-01-01', place: null, placeIds: [], inForce: null, source: 'https://example.org/', otherSources: [], note: '' } as unknown as AgreementRecord;
}

describe('agreement name variants', () => {
  it('swaps the final noun the press uses interchangeably, in names of three words or more', () => {
    expect(nameVariants('Dayton Peace Agreement').sort()).toEqual(['Dayton Peace accord', 'Dayton Peace agreements', 'Dayton Peace deal', 'Dayton Peace pact']);
    expect(nameVariants('US-Taliban peace deal')).toContain('US-Taliban peace agreement');
  });

  it('changes only the number of a two-word name ("Paris accord" may be another document)', () => {
    expect(nameVariants('Paris Agreement')).toEqual(['Paris agreements']);
    expect(nameVariants('Camp David Accords')).toContain('Camp David accord');
  });

  it('never swaps treaty, convention, protocol or declaration', () => {
    expect(nameVariants('North Atlantic Treaty')).toEqual([]);
    expect(nameVariants('Chemical Weapons Convention')).toEqual([]);
    expect(nameVariants('Sino-British Joint Declaration')).toEqual([]);
  });

  it('are found in text and name the agreement', () => {
    const dayton = agreementsIn(testKb(), 'the Dayton peace accord');
    expect(dayton).toEqual([{ text: 'Dayton peace accord', ids: ['agreement-dayton-agreement-1995'] }]);
    expect(agreementsIn(testKb(), 'the Dayton deal')).toEqual([]);
  });

  it('a variant two agreements share, or another agreement\'s own name, names neither by variant', () => {
    const kb = new KnowledgeBase([
      fictional('northland-a', 'Northland Border Agreement'),
      fictional('northland-b', 'Northland Border Pact'),
      fictional('southland', 'Southland Trade Agreement', ['Southland Trade Deal 2']),
    ]);
    expect(agreementsIn(kb, 'the Northland Border deal')).toEqual([]);
    expect(agreementsIn(kb, 'the Northland Border pact')).toEqual([{ text: 'Northland Border pact', ids: ['northland-b'] }]);
    expect(agreementsIn(kb, 'the Southland Trade pact')).toEqual([{ text: 'Southland Trade pact', ids: ['southland'] }]);
  });
});

describe('agreements with fixed names', () => {
  it('are named by their names and aliases as written, never by a noun-swapped variant', () => {
    const kb = new KnowledgeBase([
      fictional('eastland', 'Eastland Civil Power Agreement', [], { fixedNames: true }),
      fictional('westland', 'Westland Civil Power Agreement'),
    ]);
    expect(agreementsIn(kb, 'the Eastland Civil Power deal')).toEqual([]);
    expect(agreementsIn(kb, 'the Eastland Civil Power Agreement')).toEqual([{ text: 'Eastland Civil Power Agreement', ids: ['eastland'] }]);
    expect(agreementsIn(kb, 'the Westland Civil Power deal')).toEqual([{ text: 'Westland Civil Power deal', ids: ['westland'] }]);
  });

  it('the shipped India-US civil nuclear agreement is not "the nuclear deal"', () => {
    expect(agreementsIn(testKb(), 'the Indo-US civil nuclear deal')).toEqual([]);
    expect(agreementsIn(testKb(), 'the Indo-US civil nuclear agreement')).toEqual([{ text: 'Indo-US civil nuclear agreement', ids: ['agreement-123-agreement-2008'] }]);
  });
});

describe('capitalised aliases', () => {
  it('name the agreement only when written with their capitals', () => {
    expect(agreementsIn(testKb(), 'since the Auto Pact')).toEqual([{ text: 'Auto Pact', ids: ['agreement-auto-pact-1965'] }]);
    expect(agreementsIn(testKb(), 'a new auto pact')).toEqual([]);
  });
});

describe('agreement name stems', () => {
  it('are the words before a final document noun, singular or plural', () => {
    expect(nameStem('Lancaster House Agreement')).toBe('lancaster house');
    expect(nameStem('the Lancaster House treaties')).toBe('lancaster house');
    expect(nameStem('Schengen Convention')).toBe('schengen');
    expect(nameStem('Treaty of Lisbon')).toBeUndefined();
    expect(nameStem('New START')).toBeUndefined();
  });

  it('find the other documents called by the same words', () => {
    const kb = new KnowledgeBase([
      fictional('harbour-1979', 'Harbour House Agreement'),
      fictional('harbour-2010', 'Harbour House Treaties (2010)', ['Harbour House Treaties']),
      fictional('other', 'Harbour Treaty'),
    ]);
    expect(kb.agreementsCalledLike('Harbour House accord').map((a) => a.id).sort()).toEqual(['harbour-1979', 'harbour-2010']);
    expect(kb.agreementsCalledLike('Harbour Agreement').map((a) => a.id)).toEqual(['other']);
    expect(kb.agreementsCalledLike('Treaty of Harbour')).toEqual([]);
    // A name that says its kind stands for no other kind of document.
    expect(kb.agreementsCalledLike('Harbour House Treaties')).toEqual([]);
  });
});
