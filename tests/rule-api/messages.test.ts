import { describe, expect, it } from 'vitest';
import { fillMessage, placeholdersOf, ruleMessage, splitTemplate } from '../../src/rule-api/messages.js';

describe('message templates (ESLint syntax)', () => {
  it('fills every placeholder, spaces inside the braces allowed, numbers as text', () => {
    expect(fillMessage('{{date}} was a {{ actual }}, not a {{written}}.', { date: '15 March 2005', actual: 'Tuesday', written: 'Wednesday' })).toBe('15 March 2005 was a Tuesday, not a Wednesday.');
    expect(fillMessage('{{n}} years, {{n}} again', { n: 3 })).toBe('3 years, 3 again');
    expect(fillMessage('an empty value:{{rest}}', { rest: '' })).toBe('an empty value:');
  });

  it('throws on a placeholder without data (ESLint would leave it in the text)', () => {
    expect(() => fillMessage('{{a}} and {{b}}', { a: 'x' })).toThrow('no data for the placeholder {{b}}');
  });

  it('lists placeholders once, in order, and splits a template for other syntaxes', () => {
    expect(placeholdersOf('{{b}} {{a}} {{b}}')).toEqual(['b', 'a']);
    expect(splitTemplate('x {{a}}{{b}} y')).toEqual([{ literal: 'x ' }, { placeholder: 'a' }, { placeholder: 'b' }, { literal: ' y' }]);
  });

  it('looks a rule\'s message up by id and says which ids exist when it is unknown', () => {
    const messages = { wrong: '{{what}} is wrong' };
    expect(ruleMessage('r', messages, 'wrong', { what: 'This' })).toBe('This is wrong');
    expect(() => ruleMessage('r', messages, 'toString', {})).toThrow('rule "r" reported the unknown messageId "toString" (its meta.messages has "wrong")');
    expect(() => ruleMessage('r', undefined, 'wrong', {})).toThrow('its meta.messages has none');
    expect(() => ruleMessage('r', messages, 'wrong', {})).toThrow('rule "r", messageId "wrong": no data for the placeholder {{what}}');
  });
});
