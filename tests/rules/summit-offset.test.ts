/**
 * "Protesters marched on Monday, two days after leaders at the G20 summit in X agreed …": the
 * summit dated by an offset from a weekday of its own sentence (src/link/summit-offset.ts).
 * The offset picks the meeting for event-location; it is too rough to date the summit, so
 * event-date never checks it. Sentences written for these tests.
 */
import eventLocation from '../../rules/event-location.js';
import eventDate from '../../rules/event-date.js';
import { RuleTester } from '../rule-tester.js';
import { at } from './example-cases.js';

// 1 July 2019 was a Monday; the G20 met in Osaka on 28-29 June 2019 and in Buenos Aires on 30 November-1 December 2018.
const DATE = '2019-07-02';
const wrongPlace = 'Protesters marched on Monday, two days after leaders at the G20 summit in Buenos Aires agreed to a statement.';
const rightPlace = 'Protesters marched on Monday, two days after leaders at the G20 summit in Osaka agreed to a statement.';
const roughOffset = 'Protesters marched on Monday, a week after leaders at the G20 summit in Osaka agreed to a statement.';
const LONG_WRONG = 'Protesters marched on Monday through the old town and past the harbour, carrying banners against the trade pact, two days after leaders at the G20 summit in Buenos Aires agreed to a statement.';
const offsetOfAnotherEvent = 'Protesters marched on Monday, two days after the talks broke down, and the G20 summit in Buenos Aires was recalled.';

new RuleTester().run(eventLocation, {
  valid: [
    { name: 'the place of the meeting the offset points to', text: rightPlace, date: DATE },
    { name: 'an offset that belongs to another event in the sentence', text: offsetOfAnotherEvent, date: DATE },
    { name: 'no article date to count the weekday from', text: wrongPlace },
    {
      name: 'another weekday between the anchor and the offset leaves the anchor unclear',
      text: 'Protesters marched on Monday, after a vigil on Sunday, two days after leaders at the G20 summit in Buenos Aires agreed to a statement.',
      date: DATE,
    },
    {
      name: 'a long clause between the weekday and the offset still counts from it',
      text: 'Protesters marched on Monday through the old town and past the harbour, carrying banners against the trade pact, two days after leaders at the G20 summit in Osaka agreed to a statement.',
      date: DATE,
    },
  ],
  invalid: [
    {
      name: 'a long clause between the weekday and the offset: the offset still points to the 2019 summit',
      text: LONG_WRONG,
      date: DATE,
      errors: [{ messageId: 'wrongPlace', data: { year: 2019, place: 'Buenos Aires' }, ...at(LONG_WRONG, 'on Monday through the old town and past the harbour, carrying banners against the trade pact, two days after leaders at the G20 summit in Buenos Aires') }],
    },
    {
      name: 'the offset from "on Monday" points to the 2019 summit, held in Osaka',
      text: wrongPlace,
      date: DATE,
      errors: [{ messageId: 'wrongPlace', data: { year: 2019, place: 'Buenos Aires' }, ...at(wrongPlace, 'on Monday, two days after leaders at the G20 summit in Buenos Aires') }],
    },
  ],
});

new RuleTester().run(eventDate, {
  valid: [
    { name: '"a week after" is a rough offset: it does not date the summit', text: roughOffset, date: DATE },
    { name: 'an exact-looking offset does not date it either', text: rightPlace, date: DATE },
  ],
  invalid: [],
});
