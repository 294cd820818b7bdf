/**
 * Test-only rules, so engine tests do not depend on which real rules have landed. Each
 * flags a literal word in the prose, which makes expected positions easy to state.
 */
import { defineRule } from '../../src/rule-api/types.js';
import type { Rule } from '../../src/rule-api/types.js';

function wordRule(id: string, defaultWord: string, severity: 'warn' | 'error', recommended: boolean): Rule {
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
      docs: { description: 'test rule', incorrect: [defaultWord], correct: ['fine'], url: `README.md#${id}` },
    },
    check(context) {
      const { text } = context.document.doc;
      const word = context.options.word;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        context.report({
          message: `"${word}" is not allowed, 100% sure: really`,
          span: { start: at, end: at + word.length },
          evidence: { claimed: word, actual: 'nothing', reasoning: ['it is the test word'] },
          suggestions: [{ message: 'Replace with "fine"', replacement: 'fine' }],
          source: { url: 'https://example.org/record', recordId: 'test-record' },
        });
      }
    },
  });
}

export const markerRule = wordRule('test-marker', 'WRONG', 'warn', true);
export const errorRule = wordRule('test-error', 'BAD', 'error', false);

export const crashingRule: Rule = defineRule({
  meta: { ...errorRule.meta, id: 'test-crash', recommended: true },
  check() {
    throw new Error('boom');
  },
});

export const testRules: Rule[] = [markerRule, errorRule];
