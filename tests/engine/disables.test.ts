import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { parseDirective } from '../../src/engine/disables.js';
import { errorRule, markerRule } from './fixture-rules.js';

const config = { rules: { 'test-marker': 'warn', 'test-error': 'error' } } as const;

async function lintMarkdown(source: string, format: 'markdown' | 'html' = 'markdown') {
  const result = await lintText(source, {
    filePath: format === 'html' ? 'article.html' : 'article.md',
    rules: [markerRule, errorRule],
    config: { rules: { ...config.rules } },
  });
  return {
    kept: result.findings.map((f) => `${f.line}:${f.ruleId}`),
    suppressed: (result.suppressed ?? []).map((f) => `${f.line}:${f.ruleId}`),
    result,
  };
}

describe('parseDirective', () => {
  it('reads kinds, rule lists and a justification', () => {
    expect(parseDirective(' factlint-disable-next-line rule-a, rule-b ')).toEqual({ kind: 'disable-next-line', ruleIds: ['rule-a', 'rule-b'] });
    expect(parseDirective('factlint-disable')).toEqual({ kind: 'disable', ruleIds: [] });
    expect(parseDirective(' factlint-enable rule-a -- checked by the desk ')).toEqual({ kind: 'enable', ruleIds: ['rule-a'], justification: 'checked by the desk' });
    expect(parseDirective(' factlint-disable-line ')).toEqual({ kind: 'disable-line', ruleIds: [] });
  });

  it('ignores ordinary comments and look-alikes', () => {
    expect(parseDirective(' TODO: check the date ')).toBeUndefined();
    expect(parseDirective(' factlint-disabled rule-a ')).toBeUndefined();
    expect(parseDirective(' please factlint-disable ')).toBeUndefined();
  });
});

describe('inline disables in Markdown', () => {
  it('disable-next-line silences the listed rule on the next line only', async () => {
    const { kept, suppressed } = await lintMarkdown(
      ['<!-- factlint-disable-next-line test-marker -->', 'This is WRONG and BAD.', '', 'Again WRONG here.'].join('\n'),
    );
    expect(suppressed).toEqual(['2:test-marker']);
    expect(kept).toEqual(['2:test-error', '4:test-marker']);
  });

  it('disable-next-line with no ids silences every rule on that line', async () => {
    const { kept, suppressed } = await lintMarkdown(['<!-- factlint-disable-next-line -->', 'WRONG and BAD.'].join('\n'));
    expect(kept).toEqual([]);
    expect(suppressed.sort()).toEqual(['2:test-error', '2:test-marker']);
  });

  it('disable … enable covers a region, for the named rule', async () => {
    const { kept, suppressed } = await lintMarkdown(
      ['WRONG before.', '', '<!-- factlint-disable test-marker -->', '', 'WRONG inside, BAD too.', '', '<!-- factlint-enable test-marker -->', '', 'WRONG after.'].join('\n'),
    );
    expect(suppressed).toEqual(['5:test-marker']);
    expect(kept).toEqual(['1:test-marker', '5:test-error', '9:test-marker']);
  });

  it('a blanket disable runs to the end of the file without an enable; a bare enable ends it', async () => {
    const open = await lintMarkdown(['<!-- factlint-disable -->', '', 'WRONG.', '', 'BAD.'].join('\n'));
    expect(open.kept).toEqual([]);
    expect(open.suppressed).toEqual(['3:test-marker', '5:test-error']);
    const closed = await lintMarkdown(['<!-- factlint-disable -->', '', 'WRONG.', '', '<!-- factlint-enable -->', '', 'BAD.'].join('\n'));
    expect(closed.kept).toEqual(['7:test-error']);
  });

  it('enabling one rule inside a blanket disable re-enables only that rule', async () => {
    const { kept } = await lintMarkdown(['<!-- factlint-disable -->', '', '<!-- factlint-enable test-error -->', '', 'WRONG and BAD.'].join('\n'));
    expect(kept).toEqual(['5:test-error']);
  });

  it('disable-line silences its own line; the justification is kept', async () => {
    const { kept, result } = await lintMarkdown('WRONG here <!-- factlint-disable-line test-marker -- quoted verbatim --> and BAD.');
    expect(kept).toEqual(['1:test-error']);
    expect(result.suppressed?.[0].suppressions).toEqual([{ kind: 'directive', justification: 'quoted verbatim' }]);
  });
});

describe('inline disables in HTML', () => {
  it('works with HTML comments too', async () => {
    const html = ['<html><body>', '<!-- factlint-disable-next-line test-error -->', '<p>WRONG and BAD.</p>', '<p>BAD again.</p>', '</body></html>'].join('\n');
    const { kept, suppressed } = await lintMarkdown(html, 'html');
    expect(suppressed).toEqual(['3:test-error']);
    expect(kept).toEqual(['3:test-marker', '4:test-error']);
  });
});

describe('plain text', () => {
  it('has no comments, so a directive-looking line is prose and disables nothing', async () => {
    const result = await lintText('<!-- factlint-disable-next-line -->\nWRONG.', { filePath: 'a.txt', rules: [markerRule], config: { rules: { 'test-marker': 'warn' } } });
    expect(result.findings.map((f) => f.line)).toEqual([2]);
  });
});
