/**
 * Test-only rules, so engine tests do not depend on which real rules have landed. Each
 * flags a literal word in the prose, which makes expected positions easy to state.
 */
import { defineRule } from '../../src/rule-api/types.js';
import type { Rule } from '../../src/rule-api/types.js';

/**
 * With `declareMessages`, the rule reports its message by id (`meta.messages`), as built-in rules
 * do; without, it reports free text, as rules that declare no messages may.
 */
function wordRule(id: string, defaultWord: string, severity: 'warn' | 'error', recommended: boolean, declareMessages: boolean): Rule {
  return defineRule<{ word: string; minLength?: number }>({
    meta: {
      id,
      description: `Flags the word ${defaultWord} (test rule).`,
      category: 'general',
      defaultSeverity: severity,
      recommended,
      fixable: true,
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { word: { type: 'string' }, minLength: { type: 'integer', minimum: 1 } },
      },
      defaultOptions: { word: defaultWord },
      ...(declareMessages ? { messages: { forbidden: '"{{word}}" is not allowed, 100% sure: really' } } : {}),
      docs: {
        description: 'test rule',
        examples: { valid: [{ text: 'fine' }], invalid: [{ text: defaultWord, errors: [{ messageId: declareMessages ? 'forbidden' : undefined, message: 'is not allowed', line: 1, column: 1 }] }] },
        url: `README.md#${id}`,
      },
    },
    check(context) {
      const { text } = context.document.doc;
      const word = context.options.word;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        context.report({
          ...(declareMessages ? { messageId: 'forbidden', data: { word } } : { message: `"${word}" is not allowed, 100% sure: really` }),
          span: { start: at, end: at + word.length },
          evidence: { claimed: word, actual: 'nothing', reasoning: ['it is the test word'] },
          suggestions: [{ message: 'Replace with "fine"', replacement: 'fine' }],
          source: { url: 'https://example.org/record', recordId: 'test-record' },
        });
      }
    },
  });
}

export const markerRule = wordRule('test-marker', 'WRONG', 'warn', true, true);
export const errorRule = wordRule('test-error', 'BAD', 'error', false, false);

export const crashingRule: Rule = defineRule({
  meta: { ...errorRule.meta, id: 'test-crash', recommended: true },
  check() {
    throw new Error('boom');
  },
});

export const testRules: Rule[] = [markerRule, errorRule];
