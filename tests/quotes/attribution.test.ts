import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../helpers.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { parseDocument } from '../../src/load/index.js';
import type { QuoteMention } from '../../src/analysis/mentions.js';

const SEEDS = '/work/shared/seeds';

function load(path: string): QuoteMention[] {
  return extractQuotes(parseDocument(path, readFileSync(path, 'utf8')));
}

/** Speech quotes as [start of text, speaker, via, sourcing texts]. */
function summary(quotes: QuoteMention[]) {
  return quotes.filter((q) => q.isSpeech && !q.nested).map((q) => [q.text.slice(0, 24), q.speaker?.name ?? null, q.speaker?.via ?? null, q.sourcing.map((s) => s.text)]);
}

const quotesOf = (text: string) => extractQuotes(makeDocument(text));

describe('speakers', () => {
  it.each([
    ['“Prices will fall before the summer is over,” said Anna Kowalska, an economist at the central bank.', 'Anna Kowalska', 'said-x', 'an economist at the central bank'],
    ['“Prices will fall before the summer is over,” Polish Finance Minister Anna Kowalska said.', 'Anna Kowalska', 'x-said', 'Polish Finance Minister'],
    ['Central bank spokesperson Anna Kowalska stated that “prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', 'spokesperson'],
    ['According to Anna Kowalska, “prices will fall before the summer is over.”', 'Anna Kowalska', 'according-to', undefined],
    ['“Prices will fall before the summer is over,” according to Anna Kowalska.', 'Anna Kowalska', 'according-to', undefined],
    ['In Anna Kowalska’s words, “prices will fall before the summer is over.”', 'Anna Kowalska', 'in-words', undefined],
    ['Anna Kowalska told Reuters that “prices will fall before the summer is over.”', 'Anna Kowalska', 'x-told', undefined],
    ['The bank’s deputy head, Anna Kowalska, added that “prices will fall before the summer is over.”', 'Anna Kowalska', 'x-said', 'deputy head'],
  ])('%s', (text, name, via, description) => {
    const [quote] = quotesOf(text);
    expect(quote.speaker).toMatchObject({ name, via, kind: 'person' });
    if (description) expect(quote.speaker?.description).toContain(description);
  });

  it('resolves "he said" and a following quote to the last named speaker', () => {
    const found = quotesOf('Coach Mateo Silva spoke after the match. “We lost the game in the first ten minutes,” he said. “The second half was much better.”');
    expect(found.map((q) => [q.speaker?.name, q.speaker?.via])).toEqual([
      ['Mateo Silva', 'pronoun'],
      ['Mateo Silva', 'continued'],
    ]);
    expect(found[1].continues).toBe(0);
  });

  it('names no person for groups and organisations', () => {
    const found = quotesOf('“The border will stay closed until further notice,” officials said. The Interior Ministry said that “all crossings are suspended until the storm has passed.”');
    expect(found.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
      ['officials', 'group'],
      ['Interior Ministry', 'organization'],
    ]);
  });
});

describe('sourcing', () => {
  it.each([
    ['“We will not raise taxes this year or next,” Finance Minister Carla Ruiz told El País.', ['told El País']],
    ['“We will not raise taxes this year or next,” Carla Ruiz said in an interview with the BBC.', ['in an interview with the BBC']],
    ['“We will not raise taxes this year or next,” Carla Ruiz said at a press conference in Madrid on Tuesday.', ['at a press conference', 'on Tuesday']],
    ['“We will not raise taxes this year or next,” Carla Ruiz wrote in a post on Telegram.', ['in a post', 'on Telegram']],
    ['“We will not raise taxes this year or next,” Carla Ruiz said in Madrid.', ['in Madrid']],
    ['Carla Ruiz spoke at the budget hearing. “We will not raise taxes this year or next,” she said.', ['at the budget hearing']],
  ])('%s', (text, expected) => {
    const [quote] = quotesOf(text);
    expect(quote.speaker?.name).toBe('Carla Ruiz');
    expect(quote.sourcing.map((s) => s.text)).toEqual(expected);
  });

  it('never takes a date or place inside the quotation as its source', () => {
    const [quote] = quotesOf('“We met in Geneva on Tuesday and agreed nothing at all,” said Omar Haddad, a trade negotiator.');
    expect(quote.sourcing).toEqual([]);
  });

  it('does not let an outlet credited for the news source a later quote by someone else', () => {
    const found = quotesOf('The port will close for a month, according to the Lisbon Daily News. The decision follows a long dispute. Union leader Rui Costa said that “the workers were never asked about any of this.”');
    expect(found[0].speaker?.name).toBe('Rui Costa');
    expect(found[0].sourcing).toEqual([]);
  });
});

describe('seed articles', () => {
  it('004: Zakharova, Streltsov and Nemuro have no sourcing; Kamikawa spoke in parliamentary testimony', () => {
    expect(summary(load(`${SEEDS}/004_15578384cbba6fc5.txt`))).toEqual([
      ['there is no dialogue on a', 'Maria Zakharova', 'x-said', []],
      ['The bilateral relationsh', 'Dmitry Streltsov', 'said-x', []],
      ['Under current circumstan', 'Dmitry Streltsov', 'continued', []],
      ['We cannot conduct busine', 'Yoko Kamikawa', 'x-said', ['in parliamentary testimony', 'this week']],
      ['My grandmother never sto', 'Hiroshi Nemuro', 'said-x', []],
      ['Now I suppose we must ac', 'Hiroshi Nemuro', 'continued', []],
    ].map(([t, ...rest]) => [(t as string).slice(0, 24), ...rest]));
  });

  it('000: Putin’s words are sourced by the final press conference; the scare quotes are not speech', () => {
    const quotes = load(`${SEEDS}/000_e3f50b9bf383f181.txt`);
    expect(summary(quotes)).toEqual([['painstaking work on creat', 'Vladimir Putin', 'x-said', ['In speeches', 'at the final press conference']].map((x, i) => (i === 0 ? (x as string).slice(0, 24) : x))]);
    expect(quotes.filter((q) => !q.isSpeech).map((q) => q.text)).toEqual(
      ['unrealistic demand', 'illegally occupied', 'interests', 'Chinese model', 'losing power', 'capitulation', 'untethering', 'speeding up'],
    );
  });

  it('001: Abe’s words at the final press conference are sourced', () => {
    expect(summary(load(`${SEEDS}/001_4d655657bf6eb2cc.txt`))).toEqual([['We agreed to resolve it ', 'Shinzo Abe', 'x-said', ['At the final press conference']]]);
  });

  it('003: the Medvedev passage after "In his words:" is his, with no sourcing', () => {
    const quotes = load(`${SEEDS}/003_dc5b3c73b90bfc24.txt`);
    const medvedev = quotes.find((q) => q.form === 'colon-paragraph');
    expect(medvedev?.speaker?.name).toBe('Dmitry Medvedev');
    expect(medvedev?.sourcing).toEqual([]);
    expect(quotes.find((q) => q.text.startsWith('the use of facilities'))?.isSpeech).toBe(false);
  });
});

describe('example articles', () => {
  it('quotes-harbour.md: speaker and sourcing per quote', () => {
    expect(summary(load('corpus/examples/quotes-harbour.md'))).toEqual([
      ['Our boats have never com', 'Ana Ruiz', 'x-said', ['told the Faro de Vigo newspaper', 'on Wednesday']],
      ['If the quotas stay as th', 'Ana Ruiz', 'continued', ['told the Faro de Vigo newspaper', 'on Wednesday']],
      ['We will present the scie', 'Tomás Iglesias', 'pronoun', ['at a press briefing']],
      ['The problem is not the q', 'Marta Lois', 'said-x', []],
      ['Sardines are simply movi', 'Marta Lois', 'continued', []],
      ['Every summer the water o', 'Marta Lois', 'pronoun', []],
      ['Without a temporary aid ', 'The association of skippers', 'x-said', ['in a statement']],
      ['Nobody in this town reme', null, null, []],
      ['a reasonable first step ', 'Tomás Iglesias', 'described-as', []],
    ]);
  });

  it('quotes-british.txt: single quotes, guillemets and low-high quotes', () => {
    expect(summary(load('corpus/examples/quotes-british.txt'))).toEqual([
      ['cut in real terms dresse', 'union', 'in-words', []],
      ['We have members who can\'', 'Colin Hardcastle', 'x-told', ['told the BBC', 'on Friday']],
      ['the best the industry ca', 'Priya Raman', 'x-said', []],
      ['We are ready to meet aga', 'Priya Raman', 'pronoun', []],
      ['Passengers will pay the ', 'Helen Moss', 'said-x', []],
      ['Nous suivons la situatio', 'A statement issued by the French partner company in Lille', 'statement', []],
      ['jeder weitere Streiktag ', 'Jens Albrecht', 'x-wrote', ['in the company\'s newsletter']],
      ['Strikes are the only lan', 'one driver', 'x-said', []],
      ['and we have learnt to sp', 'one driver', 'x-said', []],
    ]);
  });

  it('quotes-sourced.txt: every quote sourced or not speech', () => {
    const quotes = load('corpus/examples/quotes-sourced.txt');
    expect(summary(quotes).map((row) => [row[1], row[3]])).toEqual([
      ['Keiko Tanabe', ['at a news conference', 'on Sunday']],
      ['Keiko Tanabe', ['at a news conference', 'on Sunday']],
      ['Keiko Tanabe', ['at a news conference', 'on Sunday']],
      ['Hideo Kawamura', ['In an interview with NHK']],
      ['One hotel owner', []],
      ['Hideo Kawamura', ['on X']],
      ['Keiko Tanabe', ['in the briefing']],
      ['Keiko Tanabe', ['in the briefing']],
    ]);
    expect(quotes.find((q) => q.text.startsWith('Living with'))?.nonSpeechReason).toBe('title');
  });
});
