import { describe, expect, it } from 'vitest';
import { segment } from '../../src/load/segment.js';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => s.text);

describe('sentence segmentation', () => {
  it.each([
    'The ballot is set for Thursday, Sept. 14 in the capital.',
    'Envoys arrived on Wed., Nov. 16 and stayed until Jan. 3 at the earliest.',
    'The U.S. Senate passed the bill and the U.N. Security Council noted it.',
    'He met U.S. President Carla Dunmore in Washington, D.C. on Monday.',
    'Gen. Ruiz briefed Adm. Okafor and Maj. Gen. Lind before the vote.',
    'Sen. Harold P. Weems and Gov. Ann Lyle toured St. Louis.',
    'The lease of No. 12 Harbour Road runs to approx. 2030, says the council.',
    'Mr. Tan and Mrs. Ong were greeted by Dr. Ali at 5 p.m. on Friday.',
    'J. R. Okoro was named chairman in the ex-U.S. Navy yard.',
  ])('keeps one sentence together: %s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it.each([
    ['The plant closed on Dec. 19. Nobody was told why.', ['The plant closed on Dec. 19.', 'Nobody was told why.']],
    ['Turnout rose to 61. Officials were pleased.', ['Turnout rose to 61.', 'Officials were pleased.']],
    ['Prices rose 4.5%. Then they fell.', ['Prices rose 4.5%.', 'Then they fell.']],
    ['The dam was finished in 1999. "It still holds," the engineer said.', ['The dam was finished in 1999.', '"It still holds," the engineer said.']],
    ['Tickets cost $40. Children go free.', ['Tickets cost $40.', 'Children go free.']],
    ['The fair opened on June 1st. Crowds came.', ['The fair opened on June 1st.', 'Crowds came.']],
  ])('ends a sentence after a number: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('does not split a numbered point from its text', () => {
    expect(sentencesOf('1. The first point is cost. 2. The second is time.')).toEqual(['1. The first point is cost.', '2. The second is time.']);
  });

  it('still ends sentences at ordinary words', () => {
    expect(sentencesOf('The mayor resigned. Her deputy took over.')).toEqual(['The mayor resigned.', 'Her deputy took over.']);
  });

  it('keeps exact offsets into the text', () => {
    const text = 'Talks ended on Dec. 19.  Nobody knew why.';
    const { sentences } = segment(text);
    expect(sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual(sentences.map((s) => s.text));
    expect(sentences.map((s) => s.text)).toEqual(['Talks ended on Dec. 19.', 'Nobody knew why.']);
  });
});
