import { describe, expect, it } from 'vitest';
import { quotesCommand } from '../../src/cli/commands/quotes.js';
import type { CliIO } from '../../src/cli/command.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd(), color: false, readStdin: async () => '' };
  return { value, out, err };
}

describe('factlint quotes', () => {
  it('lists every quote with its place, speaker, sourcing and verdict (json)', async () => {
    const { value, out } = io();
    expect(await quotesCommand.run(['--format', 'json', '/work/shared/seeds/004_15578384cbba6fc5.txt'], value)).toBe(0);
    const report = JSON.parse(out.join(''));
    const kamikawa = report.quotes.find((q: { speaker?: { name: string } }) => q.speaker?.name === 'Yoko Kamikawa');
    expect(kamikawa).toMatchObject({ line: 11, column: 1, isSpeech: true, verdict: 'ok', sourcing: [{ kind: 'occasion', text: 'in parliamentary testimony' }] });
    expect(report.quotes.map((q: { verdict: string }) => q.verdict)).toEqual(['unsourced', 'not-speech', 'unsourced', 'continued', 'ok', 'unsourced', 'continued']);
    expect(report.quotes[1]).toMatchObject({ text: 'new approach', isSpeech: false, nonSpeechReason: 'short-term', speaker: null });
  });

  it('prints a readable listing (text)', async () => {
    const { value, out } = io();
    expect(await quotesCommand.run(['corpus/examples/quotes-british.txt'], value)).toBe(0);
    const text = out.join('');
    expect(text).toContain('speaker:  Colin Hardcastle (Its general secretary) [x-told]');
    expect(text).toContain('sourcing: outlet “told the BBC”');
    expect(text).toContain('not speech: short-term');
    expect(text).toContain('verdict:  unsourced-quote: nothing says where or how it was said');
  });

  it('rejects bad usage and unreadable files with exit code 2', async () => {
    const bad = io();
    expect(await quotesCommand.run(['--min-words', 'zero', 'x.txt'], bad.value)).toBe(2);
    expect(bad.err.join('')).toContain('--min-words');
    const missing = io();
    expect(await quotesCommand.run(['no-such-file.txt'], missing.value)).toBe(2);
  });
});
