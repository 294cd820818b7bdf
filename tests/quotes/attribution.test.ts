/**
 * Who said it and where, as news is written. Every sentence here is written for these tests
 * (none comes from the devset); each table has the forms that must be read and the ones that
 * must stay quiet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument, testKb } from '../helpers.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { quoteVerdict } from '../../src/extract/quotes/verdict.js';
import { parseDocument } from '../../src/load/index.js';
import type { QuoteMention } from '../../src/analysis/mentions.js';

const SEEDS = '/work/shared/seeds';

function load(path: string): QuoteMention[] {
  return extractQuotes(parseDocument(path, readFileSync(path, 'utf8')), testKb());
}

const quotesOf = (text: string, format: 'text' | 'markdown' = 'text') => extractQuotes(makeDocument(text, { format }), testKb());
const speech = (quotes: QuoteMention[]) => quotes.filter((q) => q.isSpeech && !q.nested);
const verdicts = (text: string, format: 'text' | 'markdown' = 'text') => {
  const quotes = quotesOf(text, format);
  return quotes.map((q) => quoteVerdict(q, quotes));
};

describe('who said it: the speaker named before or after the words', () => {
  it.each([
    ['“Prices will fall before the summer is over,” said Anna Kowalska, an economist at the central bank.', 'Anna Kowalska', 'said-x', 'an economist at the central bank'],
    ['“Prices will fall before the summer is over,” Polish Finance Minister Anna Kowalska said.', 'Anna Kowalska', 'x-said', 'Polish Finance Minister'],
    ['Central bank spokesperson Anna Kowalska stated that “prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', 'spokesperson'],
    ['According to Anna Kowalska, “prices will fall before the summer is over.”', 'Anna Kowalska', 'according-to', undefined],
    ['“Prices will fall before the summer is over,” according to Anna Kowalska.', 'Anna Kowalska', 'according-to', undefined],
    ['In Anna Kowalska’s words, “prices will fall before the summer is over.”', 'Anna Kowalska', 'in-words', undefined],
    ['Anna Kowalska told reporters: “Prices will fall before the summer is over.”', 'Anna Kowalska', 'x-told', undefined],
    ['The bank’s deputy head, Anna Kowalska, added that “prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', 'deputy head'],
    ['Anna Kowalska: “Prices will fall before the summer is over, and then rise again.”', 'Anna Kowalska', 'label', undefined],
    ['Anna Kowalska addressed the crowd: “Prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', undefined],
    ['Anna Kowalska, who chairs the committee, said, “Prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', undefined],
    ['The minister warned of cuts, with analyst Anna Kowalska saying “prices will fall before the summer is over.”', 'Anna Kowalska', 'x-saying', undefined],
    ['Anna Kowalska rejected the plan, calling it “a tax on everyone who rents a flat in the city”.', 'Anna Kowalska', 'described-as', undefined],
    ['Anna Kowalska welcomed the report and described it as “the most useful survey of rents in a decade”.', 'Anna Kowalska', 'described-as', undefined],
    ['Cardinal Anna Kowalska of the Diocesan Council said, “Prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', 'of the Diocesan Council'],
    ['Dr. Helen Marsh at Kestrel General said, “Prices will fall before the summer is over.”', 'Helen Marsh', 'x-said', 'at Kestrel General'],
    ['Helen Marsh of Saint Jude said, “Prices will fall before the summer is over.”', 'Helen Marsh', 'x-said', 'of Saint Jude'],
    ['President of Estonia Anna Kowalska said, “Prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', 'Estonia'],
    ['“Prices will fall before the summer is over,” said the union’s general secretary, Anna Kowalska.', 'Anna Kowalska', 'said-x', 'general secretary'],
    ['“Prices will fall before the summer is over,” said Harbour Bank Inc. chief economist Anna Kowalska.', 'Anna Kowalska', 'said-x', 'chief economist'],
    ['Former Deputy Minister for Housing Anna Kowalska said: “Prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', 'Former Deputy Minister for Housing'],
  ])('%s', (text, name, via, description) => {
    const [quote] = speech(quotesOf(text));
    expect(quote.speaker).toMatchObject({ name, via, kind: 'person' });
    if (description) expect(quote.speaker?.description).toContain(description);
  });

  it('reads the speaker of a quotation that closes a sentence in the next, short one ("… two days!" Ruiz said.)', () => {
    const [quote] = speech(quotesOf('“We cannot wait for the summit to act on the fires. We must decide in two days!” Ruiz said on Thursday.'));
    expect(quote.speaker?.name).toBe('Ruiz');
  });

  it('does not take the next statement of the story for an attribution', () => {
    const [quote] = speech(quotesOf('Anna Kowalska opened the meeting. “We cannot wait for the summit to act on the fires.” Kowalska predicted that the vote would fail.'));
    expect(quote.speaker?.via).not.toBe('x-said');
  });

  it('names organisations and unnamed speakers, so their quotes are attributed but never "unsourced"', () => {
    const found = speech(quotesOf('“The border will stay closed until further notice,” officials said. The Interior Ministry said that “all crossings are suspended until the storm has passed.” “Rents will fall in every district of the city,” said an EU official. The association of landlords put its case in a letter: “Rents will fall in every district of the city.” “Rents will fall in every district of the city this year,” General Motors said.'));
    expect(found.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
      ['officials', 'group'],
      ['Interior Ministry', 'organization'],
      ['an EU official', 'group'],
      ['The association of landlords', 'organization'],
      ['General Motors', 'organization'],
    ]);
  });

  it('never takes a place, a people or a holiday for a speaker', () => {
    const found = speech(quotesOf('“Gas from the new field will reach Europe within two years,” the Eastern Mediterranean forum said. “We expect prices to fall sharply in every market,” Christmas shoppers said.'));
    expect(found.map((q) => q.speaker?.kind)).not.toContain('person');
  });
});

describe('who said it: pronouns and continued quotations', () => {
  it('resolves "he said" and a following quote to the last named speaker', () => {
    const found = speech(quotesOf('Coach Mateo Silva spoke after the match. “We lost the game in the first ten minutes,” he said. “The second half was much better.”'));
    expect(found.map((q) => [q.speaker?.name, q.speaker?.via])).toEqual([
      ['Mateo Silva', 'pronoun'],
      ['Mateo Silva', 'continued'],
    ]);
    expect(found[1].continues).toBe(0);
  });

  it('never resolves a person introduced by "named" to a famous namesake', () => {
    const [quote] = speech(quotesOf('A student named Merkel said, “Even in this rain, the people of this city never back down from a fight.”'));
    expect(quote.speaker).toMatchObject({ name: 'Merkel', kind: 'person' });
  });

  it('leaves a pronoun unresolved when two people were just named, rather than guess', () => {
    const [quote] = speech(quotesOf('Mateo Silva met Lena Brandt before the final. “We will not change the team for the final,” he said.'));
    expect(quote.speaker).toMatchObject({ name: 'he', kind: 'unknown' });
  });

  it('never resolves a pronoun to a name inside the quotation', () => {
    const [quote] = speech(quotesOf('He said, “I think everybody’s sympathies are with the family of Tomás Ortega tonight.”'));
    expect(quote.speaker?.name).not.toBe('Tomás Ortega');
  });

  it('leaves "they" unresolved unless a group or organisation spoke just before', () => {
    const [quote] = speech(quotesOf('Ministers Ana Ruiz and Jon Arrieta met in Bilbao. They concluded that the border agreement was “null and void from the day it was signed”.'));
    expect(quote.speaker?.kind).not.toBe('person');
  });

  it('keeps a quotation over several sentences, lines and paragraphs as one speaker\'s', () => {
    const found = speech(quotesOf('“We have no more money,” said Ana Ruiz. “The fleet will stay in port.\nNobody can pay for diesel.”\n\n“And the banks will not lend.”'));
    expect(found.map((q) => [q.speaker?.name, q.continues])).toEqual([['Ana Ruiz', undefined], ['Ana Ruiz', 0], ['Ana Ruiz', 1]]);
  });

  it('treats a quotation with its own attribution as a new one, even by the same speaker', () => {
    const found = speech(quotesOf('Ana Ruiz said, “The fleet will stay in port for the whole winter.” Ruiz said, “Nobody in the town can pay for diesel any more.”'));
    expect(found[1].continues).toBeUndefined();
    expect(found[1].speaker?.name).toBe('Ana Ruiz');
  });

  it('reads the turns of an interview transcript as attributed and sourced (an interview)', () => {
    const found = speech(quotesOf('Q: What will the council do about the bridge this winter?\n\nLena Brandt: We will close it to lorries and repair the deck in spring.\n\nQ: And the ferry?\n\nLena Brandt: The ferry will run every hour until the bridge reopens.', 'text'));
    expect(found.filter((q) => q.form === 'interview-turn').map((q) => [q.speaker?.name, q.sourcing.map((s) => s.text)])).toEqual([
      ['Q', ['interview']],
      ['Lena Brandt', ['interview']],
      ['Q', ['interview']],
      ['Lena Brandt', ['interview']],
    ]);
  });
});

describe('where it was said: sourcing', () => {
  it.each([
    ['“We will not raise taxes this year or next,” Finance Minister Carla Ruiz told El País.', 'told El País'],
    ['“We will not raise taxes this year or next,” Carla Ruiz told French news channel BFM TV.', 'told French news channel BFM TV'],
    ['“We will not raise taxes this year or next,” Carla Ruiz told her weekly press briefing.', 'told her weekly press briefing'],
    ['“We will not raise taxes this year or next,” Carla Ruiz told a morning radio programme.', 'told a morning radio programme'],
    ['“We will not raise taxes this year or next,” Carla Ruiz told reporters.', 'told reporters'],
    ['“We will not raise taxes this year or next,” Carla Ruiz said in an interview with the BBC.', 'in an interview with the BBC'],
    ['“We will not raise taxes this year or next,” Carla Ruiz said at a press conference.', 'at a press conference'],
    ['“We will not raise taxes this year or next,” Carla Ruiz said in a statement.', 'in a statement'],
    ['“We will not raise taxes this year or next,” Carla Ruiz said during the debate.', 'during the debate'],
    ['“We will not raise taxes this year or next,” Carla Ruiz wrote in a post on Telegram.', 'on Telegram'],
    ['“We will not raise taxes this year or next,” Carla Ruiz tweeted.', 'tweeted'],
    ['“We will not raise taxes this year or next,” Carla Ruiz wrote.', 'wrote'],
    ['Carla Ruiz was quoted by the Madrid Herald as saying “we will not raise taxes this year or next.”', 'quoted by the Madrid Herald'],
    ['According to the Madrid Herald, Carla Ruiz said “we will not raise taxes this year or next.”', 'According to the Madrid Herald'],
    ['Speaking after the talks, Carla Ruiz said “we will not raise taxes this year or next.”', 'Speaking after the talks'],
    ['In remarks to the chamber of commerce, Carla Ruiz said “we will not raise taxes this year or next.”', 'In remarks'],
    ['Arriving at the talks, Carla Ruiz said “we will not raise taxes this year or next.”', 'Arriving at the talks'],
    ['Opening the debate, Carla Ruiz said “we will not raise taxes this year or next.”', 'Opening the debate'],
    ['When asked about the budget, Carla Ruiz said “we will not raise taxes this year or next.”', 'When asked'],
    ['Carla Ruiz told Parliament: “We will not raise taxes this year or next.”', 'told Parliament'],
    ['“We will not raise taxes this year or next,” Carla Ruiz said on state television.', 'on state television'],
    ['“We will not raise taxes this year or next,” Carla Ruiz said in her 2019 autobiography.', 'in her 2019 autobiography'],
    ['“We will not raise taxes this year or next,” said Carla Ruiz to the Madrid Herald.', 'to the Madrid Herald'],
    ['Carla Ruiz commented during a Treasury Press Briefing, “We will not raise taxes this year or next.”', 'during a Treasury Press Briefing'],
    ['Carla Ruiz gave her annual budget speech on Monday. “We will not raise taxes this year or next,” Ruiz said.', 'gave her annual budget speech'],
    ['Carla Ruiz held a news conference in Madrid. “We will not raise taxes this year or next,” Ruiz said.', 'held a news conference'],
  ])('%s', (text, cue) => {
    const [quote] = speech(quotesOf(text));
    expect(quote.speaker?.name).toBe('Carla Ruiz');
    expect(quote.sourcing.map((s) => s.text).join(' | ')).toContain(cue);
  });

  it('does not take a date or a city alone as where the words were said', () => {
    const [quote] = speech(quotesOf('“We will not raise taxes this year or next,” Carla Ruiz said in Madrid on Tuesday.'));
    expect(quote.sourcing).toEqual([]);
  });

  it('never takes a cue inside the quotation as its source', () => {
    const [quote] = speech(quotesOf('“We spoke at a press conference in Geneva and agreed nothing at all,” said Omar Haddad, a trade negotiator.'));
    expect(quote.sourcing).toEqual([]);
  });

  it('counts a cue anywhere in the quotation\'s paragraph, but not in another paragraph about someone else', () => {
    expect(speech(quotesOf('The port will close for a month, according to the Lisbon Daily News. Union leader Rui Costa said that “the workers were never asked about any of this.”'))[0].sourcing.map((s) => s.text)).toEqual(['according to the Lisbon Daily News']);
    expect(speech(quotesOf('The port will close for a month, according to the Lisbon Daily News.\n\nUnion leader Rui Costa said that “the workers were never asked about any of this.”'))[0].sourcing).toEqual([]);
  });

  it('carries the occasion the article gave for a speaker to the speaker\'s later quotations, until another is named', () => {
    const found = speech(quotesOf('Mayor Lena Brandt spoke at a press conference on Monday.\n\n“The bridge will reopen in spring,” Brandt said.\n\nCouncillor Jon Arrieta disagreed. “The money is not there,” Arrieta said.'));
    expect(found.map((q) => [q.speaker?.name, q.sourcing.map((s) => s.text)])).toEqual([
      ['Lena Brandt', ['at a press conference']],
      ['Jon Arrieta', []],
    ]);
  });

  it('carries an occasion given with a quotation whose speaker comes after introductory phrases', () => {
    const found = speech(quotesOf('While opening the fair, at the annual conference, Lena Brandt joked about the delays, saying, “We are only three years late this time.”\n\nThe new hall will open in May. Brandt called the hall “the finest room in the whole of the northern region.”'));
    expect(found.map((q) => [q.speaker?.name, q.sourcing.map((s) => s.text)])).toEqual([
      ['Lena Brandt', ['at the annual conference']],
      ['Lena Brandt', ['at the annual conference']],
    ]);
  });

  it('does not take "in the Harbour Hall" (a capitalised name after "the") for an occasion', () => {
    const [quote] = speech(quotesOf('“We will not raise taxes this year or next,” Carla Ruiz said in the Harbour Conference Hall.'));
    expect(quote.sourcing.map((s) => s.text)).not.toContain('in the Harbour Conference');
  });

  it('carries an occasion given with a middle initial ("Lena K. Brandt sent a letter") to "Brandt said"', () => {
    const found = speech(quotesOf('On Monday, Mayor Lena K. Brandt sent a letter to the council about the bridge.\n\nBrandt said she was “never pressured by anyone at the ministry, directly or through its staff”.'));
    expect(found[0].sourcing.map((s) => s.text).join(' | ')).toContain('sent a letter');
  });

  it('keeps family members apart: one Brandt\'s occasion does not source another Brandt', () => {
    const found = speech(quotesOf('Her son Tomas Brandt announced the news on Facebook.\n\nHer daughter, Lena Brandt, said, “Last summer was one of the happiest times of our family’s life.”'));
    expect(found[0].sourcing).toEqual([]);
  });
});

describe('speech or not', () => {
  it.each([
    ['the title of a work', 'Her book “The Salt Road Home and Other Stories” sold well in Spain.', 'title'],
    ['a programme', 'The council launched a campaign called “Clean Rivers for Every Village in the Region” this week.', 'title'],
    ['a referendum question', 'Voters in the referendum were asked “Should the city build a second bridge over the river?” on Sunday.', 'question'],
    ['a slogan chanted', 'Protesters chanted “no more cuts to our schools and our hospitals” outside the hall.', 'question'],
    ['a term', 'Officials introduced the so-called “temporary emergency measures” in March.', 'term'],
    ['a hypothetical', 'It was as if to say “we will never talk to you again about anything”.', 'hypothetical'],
  ])('%s', (_kind, text, reason) => {
    const [quote] = quotesOf(text);
    expect([quote.isSpeech, quote.nonSpeechReason]).toEqual([false, reason]);
  });
});

describe('verdicts: what unsourced-quote judges', () => {
  it('flags a named person\'s words with nothing saying where or how', () => {
    expect(verdicts('“The fleet will stay in port for the whole winter,” said Ana Ruiz.')).toEqual(['unsourced']);
  });

  it('does not judge pronoun-only attributions, continuations or unnamed speakers unsourced', () => {
    expect(verdicts('Ana Ruiz runs the harbour. “The fleet will stay in port for the whole winter,” she said.')).toEqual(['ok']);
    expect(verdicts('“The fleet will stay in port for the whole winter,” said Ana Ruiz. “Nobody can pay for diesel any more.”')).toEqual(['unsourced', 'continued']);
    expect(verdicts('“The fleet will stay in port for the whole winter,” a harbour official said.')).toEqual(['ok']);
  });
});

describe('seed articles', () => {
  it('004: Zakharova, Streltsov and Nemuro have no sourcing; Kamikawa spoke in parliamentary testimony', () => {
    const quotes = speech(load(`${SEEDS}/004_15578384cbba6fc5.txt`));
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.via, q.sourcing.map((s) => s.text)])).toEqual([
      ['Maria Zakharova', 'x-said', []],
      ['Dmitry Streltsov', 'said-x', []],
      ['Dmitry Streltsov', 'continued', []],
      ['Yoko Kamikawa', 'x-said', ['in parliamentary testimony']],
      ['Hiroshi Nemuro', 'said-x', []],
      ['Hiroshi Nemuro', 'continued', []],
    ]);
  });

  it('000: Putin’s words are sourced by his speeches at the final press conference; the scare quotes are not speech', () => {
    const quotes = load(`${SEEDS}/000_e3f50b9bf383f181.txt`);
    const [putin] = speech(quotes);
    expect(putin.speaker?.name).toBe('Vladimir Putin');
    expect(putin.sourcing.map((s) => s.kind)).toContain('occasion');
    expect(quotes.filter((q) => !q.isSpeech).map((q) => q.text)).toEqual(
      ['unrealistic demand', 'illegally occupied', 'interests', 'Chinese model', 'losing power', 'capitulation', 'untethering', 'speeding up'],
    );
  });

  it('001: Abe’s words at the final press conference are sourced', () => {
    const [abe] = speech(load(`${SEEDS}/001_4d655657bf6eb2cc.txt`));
    expect(abe.speaker?.name).toBe('Shinzo Abe');
    expect(abe.sourcing.map((s) => s.text)).toContain('At the final press conference');
  });

  it('003: the Medvedev passage after "In his words:" is his; attributed by a pronoun, it is not judged unsourced', () => {
    const quotes = load(`${SEEDS}/003_dc5b3c73b90bfc24.txt`);
    const medvedev = quotes.find((q) => q.form === 'colon-paragraph');
    expect(medvedev?.speaker).toMatchObject({ name: 'Dmitry Medvedev', via: 'pronoun' });
    expect(medvedev?.sourcing).toEqual([]);
    expect(quotes.find((q) => q.text.startsWith('the use of facilities'))?.isSpeech).toBe(false);
  });
});

describe('example articles', () => {
  it('quotes-harbour.md: speaker and sourcing per quote', () => {
    expect(speech(load('corpus/examples/quotes-harbour.md')).map((q) => [q.text.slice(0, 24), q.speaker?.name ?? null, q.speaker?.via ?? null, q.sourcing.map((s) => s.text)])).toEqual([
      ['Our boats have never com', 'Ana Ruiz', 'x-said', ['told the Faro de Vigo newspaper']],
      ['If the quotas stay as th', 'Ana Ruiz', 'continued', ['told the Faro de Vigo newspaper']],
      ['We will present the scie', 'Tomás Iglesias', 'pronoun', ['at a press briefing']],
      ['The problem is not the q', 'Marta Lois', 'said-x', []],
      ['Sardines are simply movi', 'Marta Lois', 'continued', []],
      ['Every summer the water o', 'Marta Lois', 'pronoun', []],
      ['Without a temporary aid ', 'The association of skippers', 'x-said', ['in a statement']],
      ['Nobody in this town reme', null, null, []],
      ['a reasonable first step ', 'Tomás Iglesias', 'described-as', ['at a press briefing']],
    ]);
  });

  it('quotes-sourced.txt: every quote sourced or not speech', () => {
    const quotes = load('corpus/examples/quotes-sourced.txt');
    expect(quotes.map((q) => quoteVerdict(q, quotes)).filter((v) => v === 'unsourced' || v === 'unattributed')).toEqual([]);
    expect(quotes.find((q) => q.text.startsWith('Living with'))?.nonSpeechReason).toBe('title');
  });
});
