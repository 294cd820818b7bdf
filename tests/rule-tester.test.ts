/**
 * RuleTester fails when a rule does not do what a case says: each check is shown passing on
 * a right expectation and failing on a wrong one. The cases use the engine's test rules
 * (`test-marker` flags "WRONG" with `meta.messages`; `test-error` flags "BAD" with free text).
 */
import { describe, expect, it } from 'vitest';
import elapsedTime from '../rules/elapsed-time.js';
import eventDate from '../rules/event-date.js';
import crossDocConflict from '../rules/cross-doc-conflict.js';
import { defineRule } from '../src/rule-api/types.js';
import type { KbRecord } from '../src/kb/types.js';
import { crashingRule, errorRule, markerRule } from './engine/fixture-rules.js';
import { RuleTester, assertInvalid, assertValid } from './rule-tester.js';

const wrong = { messageId: 'forbidden', data: { word: 'WRONG' }, line: 1, column: 9, endLine: 1, endColumn: 14, text: 'WRONG' };

describe('RuleTester checks an invalid case', () => {
  it('passes when count, messageId, data, message and place are right', () => {
    expect(() => assertInvalid(markerRule, { text: 'This is WRONG.', errors: [{ ...wrong, message: 'is not allowed' }] })).not.toThrow();
  });

  it.each([
    ['a finding too many', { text: 'WRONG and WRONG.', errors: [{ ...wrong, column: 1, endColumn: 6 }] }, /expected 1 finding\(s\), got 2/],
    ['a finding too few', { text: 'This is WRONG.', errors: [wrong, wrong] }, /expected 2 finding\(s\), got 1/],
    ['a messageId the rule does not declare', { text: 'This is WRONG.', errors: [{ ...wrong, messageId: 'other' }] }, /"other" is one of the rule's meta.messages/],
    ['other data', { text: 'This is WRONG.', errors: [{ ...wrong, data: { word: 'BAD' } }] }, /data\.word/],
    ['another message', { text: 'This is WRONG.', errors: [{ ...wrong, message: 'is allowed' }] }, /message/],
    ['another line', { text: 'This is WRONG.', errors: [{ ...wrong, line: 2 }] }, /line/],
    ['another column', { text: 'This is WRONG.', errors: [{ ...wrong, column: 8 }] }, /column/],
    ['another end column', { text: 'This is WRONG.', errors: [{ ...wrong, endColumn: 13 }] }, /endColumn/],
    ['other text', { text: 'This is WRONG.', errors: [{ ...wrong, text: 'is WRONG' }] }, /text/],
    ['no messageId for a rule with meta.messages', { text: 'This is WRONG.', errors: [{ ...wrong, messageId: undefined, message: 'is not allowed' }] }, /names its messageId/],
    ['another suggestion', { text: 'This is WRONG.', errors: [{ ...wrong, suggestions: [{ replacement: 'okay' }] }] }, /replacement/],
    ['a suggestion too many', { text: 'This is WRONG.', errors: [{ ...wrong, suggestions: [{}, {}] }] }, /number of suggestions/],
    ['other evidence', { text: 'This is WRONG.', errors: [{ ...wrong, evidence: { actual: 'something' } }] }, /evidence\.actual/],
    ['other sources', { text: 'This is WRONG.', errors: [{ ...wrong, sourceIds: ['another-record'] }] }, /sources/],
    ['no errors at all', { text: 'This is WRONG.', errors: [] }, /at least one error/],
  ])('fails on %s', (_what, testCase, reason) => {
    expect(() => assertInvalid(markerRule, testCase)).toThrow(reason);
  });

  it('fails on another of the rule\'s messages', () => {
    const text = 'The border has been closed for more than 40 years, since 1990.';
    expect(() => assertInvalid(elapsedTime, { text, date: '2015-06-01', errors: [{ messageId: 'sinceMismatch', line: 1, column: 32 }] })).not.toThrow();
    expect(() => assertInvalid(elapsedTime, { text, date: '2015-06-01', errors: [{ messageId: 'rangeMismatch', line: 1, column: 32 }] })).toThrow(/: messageId/);
  });

  it('reads a rule without meta.messages by its message, and refuses a messageId for it', () => {
    expect(() => assertInvalid(errorRule, { text: 'So BAD.', errors: [{ message: '"BAD" is not allowed', line: 1, column: 4 }] })).not.toThrow();
    expect(() => assertInvalid(errorRule, { text: 'So BAD.', errors: [{ messageId: 'forbidden', line: 1, column: 4 }] })).toThrow(/cannot name a messageId/);
    expect(() => assertInvalid(errorRule, { text: 'So BAD.', errors: [{ line: 1, column: 4 }] })).toThrow(/names its messageId or its message/);
  });

  it('runs the options through the rule\'s schema, over its defaults', () => {
    expect(() => assertInvalid(markerRule, { text: 'This is fine.', options: { word: 'fine' }, errors: [{ ...wrong, data: { word: 'fine' }, text: 'fine', endColumn: 13 }] })).not.toThrow();
    expect(() => assertValid(markerRule, { text: 'This is WRONG.', options: { word: 42 as unknown as string } })).toThrow(/word: expected string/);
  });
});

describe('RuleTester checks a valid case', () => {
  it('passes on quiet text and fails on a finding', () => {
    expect(() => assertValid(markerRule, { text: 'All fine.' })).not.toThrow();
    expect(() => assertValid(markerRule, { text: 'This is WRONG.' })).toThrow(/valid text must produce no findings/);
  });

  it('fails on an internal failure, never reads it as quiet', () => {
    expect(() => assertValid(crashingRule, { text: 'All fine.' })).toThrow(/internal failure:[\s\S]*boom/);
  });
});

describe('RuleTester checks what every finding carries', () => {
  const bare = (category: 'facts' | 'general', withSource: boolean) => defineRule({
    meta: { ...markerRule.meta, id: `test-bare-${category}`, category },
    check(context) {
      context.report({
        messageId: 'forbidden', data: { word: 'x' }, span: { start: 0, end: 1 }, evidence: withSource || category === 'facts' ? { claimed: 'x' } : undefined,
        source: withSource ? { url: 'https://example.org/x' } : undefined,
      });
    },
  });

  it('evidence on every finding', () => {
    expect(() => assertInvalid(bare('general', false), { text: 'x', errors: [{ messageId: 'forbidden', line: 1, column: 1 }] })).toThrow(/carries evidence/);
  });

  it('a source for a fact checked against the knowledge base', () => {
    expect(() => assertInvalid(bare('facts', false), { text: 'x', errors: [{ messageId: 'forbidden', line: 1, column: 1 }] })).toThrow(/cites its source/);
    expect(() => assertInvalid(bare('facts', true), { text: 'x', errors: [{ messageId: 'forbidden', line: 1, column: 1 }] })).not.toThrow();
  });
});

describe('RuleTester cases with their own knowledge base and several documents', () => {
  const treaty: KbRecord = {
    kind: 'agreement', id: 'agreement-test-elsinore-bay', source: 'https://example.org/treaty-of-elsinore-bay', name: 'Treaty of Elsinore Bay',
    aliases: [], phrases: [], parties: ['Norland', 'Sudmark'], signed: '1993-02-07', place: null, placeIds: [], partyIds: [], inForce: null,
  };
  const text = 'The Treaty of Elsinore Bay was signed in 1994.';

  it('loads a case\'s records over the shipped knowledge base, or alone', () => {
    expect(() => assertValid(eventDate, { text })).not.toThrow();
    const errors = [{ messageId: 'wrongSigningDate', data: { recorded: 'signed on 7 February 1993', claimed: 'in 1994' }, line: 1, column: 5 }];
    expect(() => assertInvalid(eventDate, { text, kb: [treaty], errors })).not.toThrow();
    expect(() => assertInvalid(eventDate, { text, kb: { only: [treaty] }, errors })).not.toThrow();
    expect(() => assertValid(eventDate, { text: 'The Maastricht Treaty was signed in 1993.', kb: { only: [treaty] } })).not.toThrow();
  });

  it('validates the records like a kb file', () => {
    expect(() => assertValid(eventDate, { text, kb: [{ ...treaty, source: undefined } as unknown as KbRecord] })).toThrow(/source/);
  });

  it('names the document of each error when there are several', () => {
    const documents = [
      { filename: 'a.md', text: 'The Velmora transit authority has ordered 120 electric buses from Korvane Motors.' },
      { filename: 'b.md', text: 'Korvane Motors won an order for 102 electric buses from the Velmora transit authority this week.' },
    ];
    expect(() => assertInvalid(crossDocConflict, { documents, errors: [{ filename: 'b.md', message: '120 electric buses', line: 1, column: 33 }] })).not.toThrow();
    expect(() => assertInvalid(crossDocConflict, { documents, errors: [{ filename: 'a.md', message: '120 electric buses', line: 1, column: 33 }] })).toThrow(/document/);
    expect(() => assertInvalid(crossDocConflict, { documents, errors: [{ message: '120 electric buses', line: 1, column: 33 }] })).toThrow(/names the document/);
  });
});

// The generated form: one describe per rule, with valid and invalid blocks.
new RuleTester().run(markerRule, {
  valid: [{ text: 'Nothing to see.' }, { name: 'another word, by option', text: 'WRONG is fine here.', options: { word: 'RIGHT' } }],
  invalid: [{ text: 'Line one.\nThis is WRONG.', errors: [{ ...wrong, line: 2, endLine: 2 }] }],
});
