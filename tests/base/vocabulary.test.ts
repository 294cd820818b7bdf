import { describe, expect, it } from 'vitest';
import { alternation, parseVocabulary, wordPattern, words } from '../../src/base/vocabulary.js';

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
});
