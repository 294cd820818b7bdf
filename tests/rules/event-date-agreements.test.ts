/**
 * event-date on agreements the press cites with a year (issue 14): the Auto Pact, the Refugee
 * Convention and its 1967 Protocol, the India-US 123 Agreement, the two Lancaster House
 * documents, the Korean armistice named by the war it ended. Sentences written for these tests.
 */
import rule from '../../rules/event-date.js';
import type { ExpectedError } from '../rule-tester.js';
import { RuleTester } from '../rule-tester.js';
import { at } from './example-cases.js';

/** An invalid case whose errors are placed by the words they cover (`span`). */
function wrong(name: string, text: string, ...errors: Array<Omit<ExpectedError, 'line' | 'column'> & { span: string }>) {
  return { name, text, errors: errors.map(({ span, ...error }) => ({ ...error, ...at(text, span) })) };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'the right year before the name', text: 'Car plants on both sides of the border have shared one market since the 1965 Canada–US Auto Pact.' },
    { name: 'the right year of the Convention', text: 'Thailand is not a party to the 1951 UN Refugee Convention.' },
    {
      name: 'the 1967 Protocol is a document of its own, not the 1951 Convention misdated',
      text: 'Washington ratified the 1967 Protocol relating to the Status of Refugees. The 1967 Refugee Protocol widened the UN Refugee Convention.',
    },
    { name: 'an entry into force stated with "came into force"', text: 'The UN Refugee Convention came into force in 1954.' },
    { name: 'the 2010 treaties are not the 1979 agreement', text: 'The Lancaster House treaties of 2010 tied British and French defence together. London and Paris signed the Lancaster House Treaties in 2010.' },
    {
      name: 'a name another document of the stated year is also called by ("Lancaster House Agreement" for the 2010 treaties)',
      text: 'Defence ministers celebrated the Lancaster House Agreement of 2010 with a joint exercise.',
    },
    { name: 'the 123 Agreement signed in the right year, with a place between', text: 'Rice and Mukherjee signed the 123 Agreement at the State Department in 2008.' },
    { name: '"the nuclear deal" of 2005 is the joint statement, not the 2008 agreement', text: 'Bush and Singh unveiled the 2005 Indo-US civil nuclear deal in Washington.' },
    { name: 'the armistice that ended the war, signed in the right month', text: 'The Korean War ended with an armistice, signed in July 1953, and never with a peace treaty.' },
    { name: 'a war that ended with an armistice, with a year the clause does not tie to a signing', text: 'Fighting in the Korean War ended in an armistice in 1953.' },
    {
      name: 'a date after the name of a document attached to another ("an amendment to the X, adopted in 2016")',
      text: 'Parties debated the amendment to the Montreal Protocol, adopted in 2016 in Kigali. The 1949 Geneva Conventions came into force in 1950.',
    },
    { name: '"the Geneva Conventions" may be the whole series since 1864', text: 'The Geneva Conventions, first adopted in 1864, were revised after the Second World War.' },
    {
      name: 'a state\'s own signature of a treaty open to states one by one is not the treaty\'s date',
      text: 'Russia signed the Kyoto Protocol in 1999. In 1968 the United States signed the Refugee Protocol. Forty states signed the 1949 Geneva Conventions in 1950.',
    },
    { name: 'an auto pact in lower case is not the Auto Pact', text: 'Tokyo and Washington concluded a limited auto pact in 2019.' },
    { name: 'the Schengen Convention of 1990 called an agreement', text: 'The 1990 Schengen agreement abolished checks at internal borders.' },
  ],
  invalid: [
    wrong(
      'a wrong year right before a party-qualified alias',
      'Car plants on both sides of the border have shared one market since the 1967 Canada–US Auto Pact.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 16 January 1965', claimed: 'in 1967', asWritten: ' ("Canada–US Auto Pact")' }, span: '1967 Canada–US Auto Pact', suggestions: [{ replacement: '1965' }], sourceIds: ['agreement-auto-pact-1965'] },
    ),
    wrong(
      'the Auto Pact by its capitalised short name',
      'Windsor has built cars for both countries since the 1962 Auto Pact.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 16 January 1965', claimed: 'in 1962' }, span: '1962 Auto Pact' },
    ),
    wrong(
      'the UN Refugee Convention given the year of neither document',
      'Thailand is not a party to the 1957 UN Refugee Convention.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 28 July 1951', claimed: 'in 1957' }, span: '1957 UN Refugee Convention', sourceIds: ['agreement-refugee-convention-1951'] },
    ),
    wrong(
      'the Protocol\'s own dates are checked, not the Convention\'s',
      'The Refugee Protocol, signed in 1951, lifted the dateline. The Refugee Protocol entered into force in 1954.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 31 January 1967', claimed: 'in 1951' }, span: 'Refugee Protocol, signed in 1951' },
      { messageId: 'wrongEntryIntoForce', data: { recorded: 'on 4 October 1967', claimed: 'in 1954' }, span: 'Refugee Protocol entered into force in 1954' },
    ),
    wrong(
      'the same treaty signed in a clause with no state as the signer',
      'The Refugee Protocol was signed in 1968 in New York.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 31 January 1967', claimed: 'in 1968' }, span: 'Refugee Protocol was signed in 1968' },
    ),
    wrong(
      'a signing with a place between the agreement and its year',
      'As foreign minister, Mukherjee signed the India–US civil nuclear agreement in Washington in 2009.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 10 October 2008', claimed: 'in 2009' }, span: 'India–US civil nuclear agreement in Washington in 2009' },
    ),
    wrong(
      'a year after "of", with the 2010 treaties of other parties not a namesake of that year',
      'Guerrilla leaders kept fighting until the Lancaster House Agreement of 1980.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 21 December 1979', claimed: 'in 1980' }, span: 'Lancaster House Agreement of 1980', suggestions: [{ replacement: '1979' }] },
    ),
    wrong(
      'the 2010 treaties given a wrong year are checked as themselves',
      'London and Paris signed the Lancaster House Treaties in 2012.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 2 November 2010', claimed: 'in 2012' }, span: 'Lancaster House Treaties in 2012' },
    ),
    wrong(
      'the armistice named by the war it ended, its signing dated a year early',
      'The Korean War ended with an armistice, signed in August 1952, and never with a peace treaty.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 27 July 1953', claimed: 'in August 1952' }, span: 'Korean War ended with an armistice, signed in August 1952', suggestions: [{ replacement: 'July 1953' }] },
    ),
    wrong(
      'the Korean armistice by alias',
      'Veterans marked the anniversary of the 1954 Korean War armistice.',
      { messageId: 'wrongSigningDate', data: { recorded: 'signed on 27 July 1953', claimed: 'in 1954' }, span: '1954 Korean War armistice' },
    ),
  ],
});
