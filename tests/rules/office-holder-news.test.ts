/**
 * office-holder in past-tense sentences that tell the news of the day (issue 14): the lead
 * paragraph of a longer article, and the attribution of a direct quotation ("'…,' X said at a
 * news conference with Taoiseach Y"). A past narrative elsewhere, a lone paragraph, an
 * earlier-time word, "then"/"former" and the right holder stay quiet. Sentences written for
 * these tests; dated 20 September 2019 unless said otherwise (Paul Martin, Enda Kenny and Ali
 * Akbar Salehi had left office; Justin Trudeau, Leo Varadkar and Mohammad Javad Zarif held it).
 */
import rule from '../../rules/office-holder.js';
import { RuleTester } from '../rule-tester.js';
import { at } from './example-cases.js';

const date = '2019-09-20';
/** A second paragraph, so that the first is the lead of an article. */
const body = '\n\nThe new crossing cost two billion dollars and took four years to build.';

const leadMr = `The bridge was opened before a crowd of guests, including the Prime Minister of Canada, Mr. Paul Martin, at a ceremony in Ottawa.${body}`;
const leadList = `The conference closed with speeches by the Iranian Foreign Minister Ali Akbar Salehi and several hosts.${body}`;
const quoteAfter = '"We will keep the border open," Johnson said at a news conference in Dublin with Taoiseach Enda Kenny.';
const quoteCurly = '“The talks were useful,” the minister told reporters after meeting the Taoiseach, Enda Kenny, in Cork.';
const honorificSir = 'The Prime Minister of New Zealand, Sir John Key, told reporters the talks went well.';
const sheikh = 'Bangladeshi Prime Minister Sheikh Hasina said the floods were the worst in years.';
const ukraine = 'Ukrainian Foreign Minister Dmytro Kuleba says the aid will arrive soon.';
const particle = 'Iraqi Prime Minister Haider al-Abadi said the attack was a violation of sovereignty.';

new RuleTester().run(rule, {
  valid: [
    { name: 'the lead with the holder of the day and an honorific', text: `The bridge was opened before a crowd of guests, including the Prime Minister of Canada, Mr. Justin Trudeau, at a ceremony in Ottawa.${body}`, date },
    { name: 'the lead with "then-" before the title', text: `The bridge was planned by then-Prime Minister of Canada Paul Martin and opened this spring.${body}`, date },
    { name: 'the lead with "former" and the name after a comma', text: `The bridge was opened by the former prime minister of Canada, Paul Martin, at a ceremony in Ottawa.${body}`, date },
    { name: 'the lead with an earlier-time word in the clause', text: `The bridge, first proposed when Prime Minister Paul Martin led the government, opened to traffic.${body}`, date },
    { name: 'a past narrative after the lead', text: `The bridge opened to traffic this spring.\n\nRelations with France improved under British Prime Minister Tony Blair.`, date },
    { name: 'a lone paragraph is no lead', text: 'The bridge was opened before a crowd of guests, including the Prime Minister of Canada, Mr. Paul Martin.', date },
    { name: 'a list after a comma is no claim about the name', text: `The bridge was opened by Canada's prime minister, Paul Martin and other guests, in a ceremony.${body}`, date },
    { name: 'the attribution of a quotation with the holder of the day', text: '"We will keep the border open," Johnson said at a news conference in Dublin with Taoiseach Leo Varadkar.', date },
    { name: 'the attribution of a quotation set in an earlier time', text: '"It was a hard winter," Johnson said of the years when Taoiseach Enda Kenny led the government.', date },
    { name: 'a title inside the quotation is the speaker\'s', text: '"Taoiseach Enda Kenny was a good partner," Johnson said.', date },
    { name: 'a text before the quotation\'s attribution is not part of it', text: 'Talks with Taoiseach Enda Kenny went badly, and "nothing was agreed," an aide said.', date },
    { name: 'the foreign minister of Iran on the day', text: 'Iranian Foreign Minister Mohammad Javad Zarif said the talks were useful.', date },
    { name: 'the foreign minister of Ukraine on the day', text: ukraine, date: '2022-05-02' },
    { name: 'an honorific with the right holder', text: 'The Prime Minister of New Zealand, Ms. Jacinda Ardern, told reporters the talks went well.', date },
    { name: 'an honorific that is part of a name', text: sheikh, date },
    { name: 'a name with a particle, the holder of the day', text: 'Syrian President Bashar al-Assad said the talks had been useful.', date },
    { name: 'a title that names no single country stays quiet after a comma', text: 'The Chancellor, Gerhard Schröder, said the economy would grow.', date },
  ],
  invalid: [
    {
      name: 'the lead paragraph: "the <title> of <country>, Mr. <name>," among the guests',
      text: leadMr,
      date,
      errors: [{ messageId: 'noLonger', data: { name: 'Paul Martin' }, message: 'Justin Trudeau', ...at(leadMr, 'Prime Minister of Canada, Mr. Paul Martin') }],
    },
    {
      name: 'the lead paragraph: a foreign minister of Iran beyond the G20',
      text: leadList,
      date: '2020-01-10',
      errors: [{ messageId: 'noLonger', data: { name: 'Ali Akbar Salehi' }, message: 'Mohammad Javad Zarif', ...at(leadList, 'Iranian Foreign Minister Ali Akbar Salehi') }],
    },
    {
      name: 'the attribution of a quotation: "with Taoiseach <name>"',
      text: quoteAfter,
      date,
      errors: [{ messageId: 'noLonger', data: { name: 'Enda Kenny' }, message: 'Leo Varadkar', ...at(quoteAfter, 'Taoiseach Enda Kenny') }],
    },
    {
      name: 'curly quotation marks and "the Taoiseach, <name>," (the title names its country)',
      text: quoteCurly,
      date,
      errors: [{ messageId: 'noLonger', data: { name: 'Enda Kenny' }, ...at(quoteCurly, 'Taoiseach, Enda Kenny') }],
    },
    {
      name: '"Sir" between the title and the name',
      text: honorificSir,
      date,
      errors: [{ messageId: 'noLonger', data: { name: 'John Key' }, message: 'Jacinda Ardern', ...at(honorificSir, 'Prime Minister of New Zealand, Sir John Key') }],
    },
    {
      name: 'a foreign minister beyond the G20 after his term (Ukraine)',
      text: ukraine,
      date: '2025-02-03',
      errors: [{ messageId: 'noLonger', data: { name: 'Dmytro Kuleba' }, message: 'Andrii Sybiha', ...at(ukraine, 'Ukrainian Foreign Minister Dmytro Kuleba') }],
    },
    {
      name: 'a name with a prefix ("al-Abadi")',
      text: particle,
      date: '2020-01-10',
      errors: [{ messageId: 'noLonger', data: { name: 'Haider al-Abadi' }, ...at(particle, 'Iraqi Prime Minister Haider al-Abadi') }],
    },
    {
      name: '"Sheikh" before a name that is a holder of another time',
      text: sheikh,
      date: '2005-03-01',
      errors: [{ messageId: 'noLonger', data: { name: 'Sheikh Hasina' }, message: 'Khaleda Zia', ...at(sheikh, 'Bangladeshi Prime Minister Sheikh Hasina') }],
    },
  ],
});
