/**
 * Every built-in rule's documentation examples (`meta.docs.examples`) run as RuleTester
 * cases: an example a reader sees is one the rule really flags (with the message id, data and
 * place it says) or really leaves alone.
 */
import { builtinRules } from '../../rules/index.js';
import { RuleTester } from '../rule-tester.js';

const ruleTester = new RuleTester();
for (const rule of builtinRules) ruleTester.run(rule, rule.meta.docs.examples);
