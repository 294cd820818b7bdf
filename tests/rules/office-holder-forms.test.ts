/**
 * office-holder on titles in the forms news writes them: the country after the title ("Prime
 * Minister of Canada Paul Martin"), the name after a comma ("Canada's prime minister, Paul
 * Martin,"), the present perfect and past-tense reports of the days just before the article
 * ("on Thursday") as news of the day, and earlier-time words in a relative clause that
 * describes something else. Every case is dated 20 September 2019, when Paul Martin, Tony
 * Blair and Enda Kenny had left office.
 */
import rule from '../../rules/office-holder.js';
import { RuleTester } from '../rule-tester.js';
import { at } from './example-cases.js';

const date = '2019-09-20';
const ofCountry = 'Prime Minister of Canada Paul Martin said the talks were useful.';
const current = 'Current Prime Minister of Canada Paul Martin wrote to the families.';
const possessive = "Canada's prime minister, Paul Martin, said the talks went well.";
const theOf = 'The Prime Minister of Canada, Mr. Paul Martin, told reporters the talks went well.';
const yesterday = 'Yesterday Prime Minister of Canada Paul Martin told reporters the talks went well.';
const thursday = 'Talks were held in Dublin with Taoiseach Enda Kenny on Thursday.';
const perfect = 'British Prime Minister Tony Blair has already cancelled a visit to Paris.';
const relative = 'Politicians in Britain, including Prime Minister Tony Blair, expressed regret at the decision, which the cabinet had opposed.';

new RuleTester().run(rule, {
  valid: [
    { name: 'the holder of the day, name after a comma', text: "Canada's prime minister, Justin Trudeau, said the talks went well.", date },
    { name: 'the holder of the day, country after the title', text: 'Prime Minister of Canada Justin Trudeau said the talks went well.', date },
    { name: '"then-" before a title with its country after it', text: 'Then-Prime Minister of Canada Paul Martin signed the accord.', date },
    { name: '"former" before a title and a name after a comma', text: 'The former prime minister of Canada, Paul Martin, said the talks went well.', date },
    { name: 'a date in the clause: the title held then', text: 'In 2005, Prime Minister of Canada Paul Martin said the talks were useful.', date },
    { name: 'an organisation, not a country', text: 'The President of the European Commission, José Manuel Barroso, said the talks went well.', date },
    { name: 'a name after a comma that opens a list is no claim', text: "Canada's prime minister, Paul Martin and other guests arrived late.", date },
    { name: 'an earlier time in the clause of the claim', text: 'Prime Minister Tony Blair said he had warned against the plan.', date },
    { name: 'a weekday with its date: the title held on that day', text: 'Talks were held in Dublin with Taoiseach Enda Kenny on Thursday, 12 March 2015.', date },
    { name: 'a recent day, but the title told of an earlier time', text: 'On Thursday the museum showed letters written by Taoiseach Enda Kenny while he was in office.', date },
    { name: 'a title held on the day reported, days before a handover', text: 'Prime Minister Tony Blair said on Tuesday that he would miss the job.', date: '2007-06-29' },
    { name: 'a past narrative without a sign of the news of the day', text: 'Relations with France improved under British Prime Minister Tony Blair.', date },
  ],
  invalid: [
    { name: 'the country after the title', text: ofCountry, date, errors: [{ messageId: 'noLonger', data: { name: 'Paul Martin' }, message: 'Justin Trudeau', ...at(ofCountry, 'Prime Minister of Canada Paul Martin') }] },
    { name: '"current" and the country after the title', text: current, date, errors: [{ messageId: 'noLonger', data: { name: 'Paul Martin' }, ...at(current, 'Prime Minister of Canada Paul Martin') }] },
    { name: "a possessive country and the name after a comma", text: possessive, date, errors: [{ messageId: 'noLonger', data: { name: 'Paul Martin' }, ...at(possessive, "Canada's prime minister, Paul Martin") }] },
    { name: '"the <title> of <country>, Mr. <name>," and a reporting verb', text: theOf, date, errors: [{ messageId: 'noLonger', data: { name: 'Paul Martin' }, ...at(theOf, 'Prime Minister of Canada, Mr. Paul Martin') }] },
    { name: 'a capitalised word before a title with its country after it', text: yesterday, date, errors: [{ messageId: 'noLonger', data: { name: 'Paul Martin' }, ...at(yesterday, 'Prime Minister of Canada Paul Martin') }] },
    { name: 'a past-tense report of the days just before the article', text: thursday, date, errors: [{ messageId: 'noLonger', data: { name: 'Enda Kenny' }, message: 'Leo Varadkar', ...at(thursday, 'Taoiseach Enda Kenny') }] },
    { name: 'the present perfect tells the news of the day', text: perfect, date, errors: [{ messageId: 'noLonger', data: { name: 'Tony Blair' }, ...at(perfect, 'British Prime Minister Tony Blair') }] },
    { name: '"had" in a relative clause about the decision does not date the claim', text: relative, date, errors: [{ messageId: 'noLonger', data: { name: 'Tony Blair' }, ...at(relative, 'Prime Minister Tony Blair') }] },
  ],
});
