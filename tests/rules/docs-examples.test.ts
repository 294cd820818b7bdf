/**
 * Every built-in rule's documentation examples (`meta.docs.examples`) run as RuleTester
 * cases: an example a reader sees is one the rule really flags (with the message id, data and
 * place it says) or really leaves alone; and the README shows them as they are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { README, withExamples } from '../../scripts/rule-docs.js';
import { RuleTester } from '../rule-tester.js';

const ruleTester = new RuleTester();
for (const rule of builtinRules) ruleTester.run(rule, rule.meta.docs.examples);

describe('README', () => {
  it('shows every rule\'s examples, with the messages they produce (npm run docs writes them)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(withExamples(readme), 'README.md and the rules\' meta.docs.examples disagree: run npm run docs').toBe(readme);
  });
});
