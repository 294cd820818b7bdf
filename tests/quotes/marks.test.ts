import { describe, expect, it } from 'vitest';
import { makeDocument, testKb } from '../helpers.js';
import { extractQuotes } from '../../src/extract/quotes.js';

const quotesOf = (text: string, format: 'text' | 'markdown' = 'text') => extractQuotes(makeDocument(text, { format }), testKb());
const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe('quotation marks', () => {
  it('thousands of unclosed opening marks cost linear time, and the quotes around them are still found', () => {
    // Each mark used to scan every open quote before it: 50,000 unclosed “ took over a minute.
    const started = performance.now();
    const found = texts(`He said “one two three four five six.”${' “a'.repeat(50_000)}\n\nShe said "seven eight nine ten eleven twelve."${' "b'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(found).toContain('one two three four five six.');
    expect(found).toContain('seven eight nine ten eleven twelve.');
  }, 60_000);

  it('finds curly, straight, guillemet and low-high quotes with their forms', () => {
    const found = quotesOf('She said “one two three four five six.” He said "seven eight nine ten eleven twelve." A sign read «treize quatorze quinze seize dix-sept». Er schrieb „achtzehn neunzehn zwanzig einundzwanzig“.');
    expect(found.map((q) => [q.text, q.form])).toEqual([
      ['one two three four five six.', 'double'],
      ['seven eight nine ten eleven twelve.', 'double'],
      ['treize quatorze quinze seize dix-sept', 'guillemet'],
      ['achtzehn neunzehn zwanzig einundzwanzig', 'low-high'],
    ]);
  });

  it('tells British single quotes from apostrophes', () => {
    expect(texts('Lagos’s governor said: ‘We don’t expect the ’80s prices to return, and the traders’ losses are real.’ Prices rose.')).toEqual([
      'We don’t expect the ’80s prices to return, and the traders’ losses are real.',
    ]);
    expect(texts("The farmers' union and Chile's exporters can't agree, the 'gentlemen's agreement' aside.")).toEqual(['gentlemen\'s agreement']);
    expect(texts('Japan’s exports and Tokyo’s markets rose in the ’90s; the US’ share fell.')).toEqual([]);
  });

  it('keeps a quote continued in the next paragraph as one quotation', () => {
    const [quote] = quotesOf('The minister wrote on Facebook: “The first paragraph of my letter ends here.\n\n“And the second one finishes the thought for everyone.”');
    expect(quote.text).toBe('The first paragraph of my letter ends here. And the second one finishes the thought for everyone.');
    expect(quote.speaker?.name).toBe('The minister');
    expect(quote.sourcing.map((s) => s.text)).toEqual(['wrote', 'on Facebook']);
  });

  it('drops an opening mark that is never closed nor continued', () => {
    expect(texts('He called it “a total disaster for everyone.\n\nThe next paragraph has no quote.')).toEqual([]);
  });

  it('marks a quote inside a quote as nested', () => {
    const found = quotesOf('“My father told me ‘never sell the land to anyone at all’ before he died,” said Omar Haddad on Monday.');
    expect(found.map((q) => [q.text, Boolean(q.nested)])).toEqual([
      ['My father told me ‘never sell the land to anyone at all’ before he died,', false],
      ['never sell the land to anyone at all', true],
    ]);
  });

  it('reads a Markdown block quote and a colon-introduced paragraph as quotations', () => {
    const md = quotesOf('The council put its case in a statement:\n\n> Without new funding the library will close its doors for good next spring.\n', 'markdown');
    expect(md.map((q) => q.form)).toEqual(['blockquote']);
    const colon = quotesOf('Joan Ferrer, the council leader, wrote to residents. In her words:\n\nWithout new funding the library will close its doors for good next spring.');
    expect(colon.map((q) => [q.form, q.speaker?.name])).toEqual([['colon-paragraph', 'Joan Ferrer']]);
    expect(quotesOf('The plan has three parts:\n\nFirst the roads will be repaired and then the bridges will follow.')).toEqual([]);
  });
});

describe('speech or not', () => {
  it('treats scare quotes, short terms and titles as not speech', () => {
    const found = quotesOf('Critics call it a “race to the bottom”. The “green deal” stalled. Her book “The Salt Road Home” sold well. The so-called “temporary emergency measures” stayed. The report “Water for Every Village in the Region” came out.');
    expect(found.map((q) => [q.text, q.isSpeech, q.nonSpeechReason])).toEqual([
      ['race to the bottom', false, 'short-term'],
      ['green deal', false, 'short-term'],
      ['The Salt Road Home', false, 'title'],
      ['temporary emergency measures', false, 'term'],
      ['Water for Every Village in the Region', false, 'title'],
    ]);
  });

  it('treats a lower-case phrase woven into a sentence without a speech verb as not speech', () => {
    const [quote] = quotesOf('The charter grants member states ‘the right to manage their own fishing grounds’ in principle.');
    expect([quote.isSpeech, quote.nonSpeechReason]).toEqual([false, 'no-speech-verb']);
  });

  it('treats a short quote right after a speech verb as speech', () => {
    const [quote] = quotesOf('Mayor Lucia Bianchi described the verdict as “shameful”.');
    expect([quote.isSpeech, quote.speaker?.name, quote.speaker?.via]).toEqual([true, 'Lucia Bianchi', 'described-as']);
  });
});
