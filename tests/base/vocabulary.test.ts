import { describe, expect, it } from 'vitest';
import { alternation, listTable, numberTable, parseVocabulary, wordPattern, wordTable, words } from '../../src/base/vocabulary.js';

describe('vocabulary (word lists as data)', () => {
  it('reads a shipped list', () => {
    expect(words('tense', 'future_auxiliaries')).toContain('will');
  });

  it('names the file and the list when a list is missing or malformed', () => {
    expect(() => words('tense', 'no_such_list')).toThrow('data/vocabulary/tense.yml has no list "no_such_list"');
    expect(() => parseVocabulary('bad', 'verbs: [said, 3]')).toThrow('data/vocabulary/bad.yml: "verbs" must be a list of non-empty strings');
    expect(() => parseVocabulary('bad', '- a\n- b')).toThrow('expected a map of named word lists');
  });

  it('escapes entries, tries longer phrases first and lets a space match any whitespace', () => {
    expect(alternation(['a.b', 'due to', 'due'])).toBe('(?:due\\s+to|a\\.b|due)');
    const pattern = wordPattern(['due to', 'will']);
    expect(pattern.exec('It is due\nto open')?.[0]).toBe('due\nto');
    expect(pattern.test('goodwill')).toBe(false);
  });

  it('reads tables of structured files, checking each value', () => {
    expect(numberTable('quantities', 'scales').million).toBe(1e6);
    expect(wordTable('quantities', 'currency_words').euros).toBe('EUR');
    expect(listTable('quantities', 'verb_classes').meet).toContain('met');
    expect(words('quantities', 'window_words')).toContain('next');
    expect(() => numberTable('quantities', 'currency_words')).toThrow('"currency_words.yen" must be numbers');
    expect(() => words('quantities', 'scales')).toThrow('"scales" must be a list');
    expect(() => wordTable('quantities', 'no_such_table')).toThrow('has no table "no_such_table"');
  });
});
