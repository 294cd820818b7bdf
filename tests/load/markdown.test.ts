import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/load/index.js';
import { needsGfm } from '../../src/load/markdown.js';
import { expectExact, locateWord, sourceOf } from './locate.js';

const md = (source: string) => parseDocument('article.md', source);

describe('Markdown front matter', () => {
  it('reads title, date and url, and keeps front matter out of the prose', () => {
    const source = '---\ntitle: "Ministers meet in Lima"\ndate: 2016-11-19\nurl: https://news.example/2016/11/19/lima\n---\n\nThe ministers met on Saturday.\n';
    const doc = md(source);
    const urlAt = source.indexOf('https://');
    expect(doc.metadata).toEqual({
      title: 'Ministers meet in Lima',
      date: '2016-11-19',
      dateSource: 'front-matter',
      url: 'https://news.example/2016/11/19/lima',
      urlSource: 'front-matter',
      // Where the URL is written, for findings about it.
      urlRange: [urlAt, urlAt + 'https://news.example/2016/11/19/lima'.length],
    });
    expect(doc.text).toBe('The ministers met on Saturday.');
  });

  it('normalises timestamps and written dates to ISO', () => {
    expect(md('---\ndate: 2019-01-22T23:30:00-05:00\n---\nText.').metadata.date).toBe('2019-01-22');
    expect(md('---\ndate: "January 22, 2019"\n---\nText.').metadata.date).toBe('2019-01-22');
    expect(md('---\npublished: 3 Sept 2020\n---\nText.').metadata.date).toBe('2020-09-03');
    expect(md('---\ndate: 2019-02-30\n---\nText.').metadata.date).toBeUndefined();
  });

  it('accepts canonical and canonical_url for the URL', () => {
    expect(md('---\ncanonical: https://a.example/x\n---\nText.').metadata.url).toBe('https://a.example/x');
    expect(md('---\ncanonical_url: https://b.example/y\n---\nText.').metadata.url).toBe('https://b.example/y');
  });

  it('survives malformed YAML: no metadata, prose still read', () => {
    const doc = md('---\ntitle: [unclosed\ndate: : :\n---\nTalks resumed in Geneva.');
    expect(doc.metadata).toEqual({});
    expect(doc.text).toBe('Talks resumed in Geneva.');
  });

  it('reads TOML front matter too', () => {
    const doc = md('+++\ntitle = "Budget vote"\ndate = 2021-03-04\n+++\nThe vote passed.');
    expect(doc.metadata).toMatchObject({ title: 'Budget vote', date: '2021-03-04' });
    expect(doc.text).toBe('The vote passed.');
  });

  it('keeps positions exact after the front matter', () => {
    const doc = md('---\ntitle: T\ndate: 2019-01-22\n---\n\nLeaders gathered in Osaka on Friday.\n');
    expect(locateWord(doc, 'Osaka')).toEqual({ line: 6, column: 21, endLine: 6, endColumn: 26 });
    expectExact(doc, 'Friday');
  });
});

describe('Markdown prose: what is and is not read', () => {
  it('leaves out fenced and indented code blocks and inline code', () => {
    const doc = md('Intro sentence.\n\n```js\nconst date = "Monday, 1 March 2021";\n```\n\n    indented code 2020\n\nRun `npm test` before the release.');
    expect(doc.text).toBe('Intro sentence.\n\nRun before the release.');
  });

  it('leaves out inline HTML tags but keeps the text between them', () => {
    const doc = md('A <b>bold</b> claim, <span class="x">quietly</span> made.');
    expect(doc.text).toBe('A bold claim, quietly made.');
  });

  it('reads blocks of raw HTML as HTML prose, with exact positions', () => {
    const source = 'Intro.\n\n<figure>\n  <img src="https://img.example/p.jpg" alt="x">\n  <figcaption>Crowds in Kyiv, 2014.</figcaption>\n</figure>\n\n<div class="box"><p>Boxed &amp; noted.</p><script>var y = 1999;</script><!-- factlint-disable --></div>\n\nAfter.';
    const doc = md(source);
    expect(doc.text).toBe('Intro.\n\nCrowds in Kyiv, 2014.\n\nBoxed & noted.\n\nAfter.');
    expectExact(doc, 'Kyiv');
    expectExact(doc, 'noted');
    expect(doc.links.map((l) => source.slice(l.sourceStart, l.sourceEnd))).toEqual(['https://img.example/p.jpg']);
    expect(doc.comments.map((c) => source.slice(c.sourceStart, c.sourceEnd))).toEqual(['<!-- factlint-disable -->']);
  });

  it('keeps only the comments of an HTML block inside a block quote', () => {
    const doc = md('> <div>\n> quoted html\n> </div>\n> <!-- factlint-enable -->\n');
    expect(doc.text).not.toContain('>');
    expect(doc.comments).toHaveLength(1);
  });

  it('keeps link text but not link URLs, image URLs or alt text', () => {
    const doc = md('See [the report](https://example.org/2020/report.pdf "Report") and ![a chart of 2019 figures](chart.png) here.');
    expect(doc.text).toBe('See the report and here.');
  });

  it('reads single tildes as approximations, not strikethrough', () => {
    const doc = md('Turnout rose from ~40 to ~55 percent, see the ~~old~~ table.');
    expect(doc.text).toBe('Turnout rose from ~40 to ~55 percent, see the table.');
  });

  it('leaves out struck-through text and footnote markers, keeps footnote text', () => {
    const doc = md('The summit opened on ~~Tuesday~~ Wednesday.[^1]\n\n[^1]: Officials confirmed it.');
    expect(doc.text).toBe('The summit opened on Wednesday.\n\nOfficials confirmed it.');
  });

  it('decodes escapes and entities in prose', () => {
    const doc = md('Profits rose 5\\* &amp; AT&amp;T fell &mdash; sharply.');
    expect(doc.text).toBe('Profits rose 5* & AT&T fell — sharply.');
  });

  it('keeps a soft line break as a newline inside one paragraph', () => {
    const doc = md('The talks began\nin Helsinki.');
    expect(doc.text).toBe('The talks began\nin Helsinki.');
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences.map((s) => s.text)).toEqual(['The talks began\nin Helsinki.']);
  });

  it('turns a hard line break into a newline', () => {
    const doc = md('First line  \nsecond line\\\nthird line');
    expect(doc.text).toBe('First line\nsecond line\nthird line');
  });
});

describe('Markdown blocks', () => {
  it('separates blocks and gives each paragraph its kind', () => {
    const doc = md([
      '# Summit ends',
      '',
      'Leaders left on Sunday.',
      '',
      '> "We agreed on trade," the chair said.',
      '> It was a long night.',
      '',
      '- Point one is here.',
      '- Point two is here.',
      '',
      '| City | Year |',
      '|------|------|',
      '| Lima | 2016 |',
    ].join('\n'));
    const kinds = doc.paragraphs.map((p) => [p.kind, doc.text.slice(p.span.start, p.span.end)]);
    expect(kinds).toEqual([
      ['heading', 'Summit ends'],
      ['paragraph', 'Leaders left on Sunday.'],
      ['blockquote', '"We agreed on trade," the chair said.\nIt was a long night.'],
      ['list-item', 'Point one is here.'],
      ['list-item', 'Point two is here.'],
      ['table-cell', 'City'],
      ['table-cell', 'Year'],
      ['table-cell', 'Lima'],
      ['table-cell', '2016'],
    ]);
  });

  it('does not run a heading into the next sentence', () => {
    const doc = md('## Talks in Vienna\nThe delegates arrived.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Talks in Vienna', 'The delegates arrived.']);
  });

  it('marks a list inside a block quote as quoted', () => {
    const doc = md('> - first quoted item\n> - second quoted item');
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['blockquote', 'blockquote']);
  });

  it('keeps setext headings as headings', () => {
    const doc = md('Election night\n==============\n\nCounting began.');
    expect(doc.paragraphs[0].kind).toBe('heading');
  });
});

describe('Markdown links', () => {
  it('records inline links with the link text span and the URL position in the source', () => {
    const source = 'Read [the statement](https://gov.example/2019/01/22/statement) today.';
    const doc = md(source);
    expect(doc.links).toHaveLength(1);
    const [link] = doc.links;
    expect(link.url).toBe('https://gov.example/2019/01/22/statement');
    expect(doc.text.slice(link.span.start, link.span.end)).toBe('the statement');
    expect(source.slice(link.sourceStart, link.sourceEnd)).toBe(link.url);
  });

  it('records <autolinks>; bare URLs stay prose text for the URL extractor, with or without GFM syntax', () => {
    for (const extra of ['', '\n\n| a | b |\n|---|---|\n| 1 | 2 |']) {
      const source = `Sources: <https://a.example/x> and https://b.example/y/2020 online.${extra}`;
      const doc = md(source);
      expect(doc.text.startsWith('Sources: https://a.example/x and https://b.example/y/2020 online.')).toBe(true);
      expect(doc.links.map((l) => [l.url, doc.text.slice(l.span.start, l.span.end), source.slice(l.sourceStart, l.sourceEnd)])).toEqual([
        ['https://a.example/x', 'https://a.example/x', 'https://a.example/x'],
      ]);
    }
  });

  it('uses the GFM parser only when GFM syntax is present', () => {
    expect(needsGfm('Plain text with https://x.example and a - dash.')).toBe(false);
    expect(needsGfm('| a | b |\n| --- | --- |')).toBe(true);
    expect(needsGfm('a | b\n--|--')).toBe(true);
    expect(needsGfm('It was ~~Monday~~.')).toBe(true);
    expect(needsGfm('Text.[^1]')).toBe(true);
    expect(needsGfm('- [x] done')).toBe(true);
  });

  it('resolves reference links to their definition, and keeps unused definitions', () => {
    const source = 'As [the ministry said][min] yesterday.\n\n[min]: https://min.example/notice "Notice"\n[spare]: <https://spare.example/page>\n';
    const doc = md(source);
    expect(doc.text).toBe('As the ministry said yesterday.');
    const [ref, spare] = doc.links;
    expect(ref.url).toBe('https://min.example/notice');
    expect(doc.text.slice(ref.span.start, ref.span.end)).toBe('the ministry said');
    expect(source.slice(ref.sourceStart, ref.sourceEnd)).toBe('https://min.example/notice');
    expect(spare.url).toBe('https://spare.example/page');
    expect(spare.span.start).toBe(spare.span.end);
    expect(source.slice(spare.sourceStart, spare.sourceEnd)).toBe('https://spare.example/page');
  });

  it('records inline <a href> tags written in Markdown', () => {
    const source = 'As <a href="https://gov.example/a?x=1&amp;y=2" title="t">the ministry</a> said; <a name="x">an anchor</a>.';
    const doc = md(source);
    expect(doc.text).toBe('As the ministry said; an anchor.');
    expect(doc.links).toHaveLength(1);
    expect(doc.links[0].url).toBe('https://gov.example/a?x=1&y=2');
    expect(doc.text.slice(doc.links[0].span.start, doc.links[0].span.end)).toBe('the ministry');
    expect(source.slice(doc.links[0].sourceStart, doc.links[0].sourceEnd)).toBe('https://gov.example/a?x=1&amp;y=2');
  });

  it('records image URLs with an empty span', () => {
    const source = 'Photo: ![crowd](https://img.example/2018/crowd.jpg) taken.';
    const doc = md(source);
    expect(doc.links).toHaveLength(1);
    expect(doc.links[0].span.start).toBe(doc.links[0].span.end);
    expect(source.slice(doc.links[0].sourceStart, doc.links[0].sourceEnd)).toBe('https://img.example/2018/crowd.jpg');
  });

  it('finds the URL of a link whose text has brackets and markup', () => {
    const source = 'See [the *[2019]* report](<https://x.example/a b>) now.';
    const doc = md(source);
    expect(doc.text).toBe('See the [2019] report now.');
    expect(source.slice(doc.links[0].sourceStart, doc.links[0].sourceEnd)).toBe('https://x.example/a b');
  });
});

describe('Markdown comments', () => {
  it('collects HTML comments with exact source offsets, block and inline', () => {
    const source = 'Intro.\n\n<!-- factlint-disable-next-line weekday-mismatch -->\nOn Wednesday, 15 March 2005 it rained. <!-- factlint-enable -->\n';
    const doc = md(source);
    expect(doc.comments.map((c) => c.value.trim())).toEqual(['factlint-disable-next-line weekday-mismatch', 'factlint-enable']);
    for (const c of doc.comments) expect(source.slice(c.sourceStart, c.sourceEnd)).toBe(`<!--${c.value}-->`);
    expect(doc.text).not.toContain('factlint');
  });

  it('finds comments inside block quotes at their real offsets', () => {
    const source = '> Quoted text.\n> <!-- factlint-disable quote-attribution -->\n';
    const doc = md(source);
    expect(doc.comments).toHaveLength(1);
    expect(source.slice(doc.comments[0].sourceStart, doc.comments[0].sourceEnd)).toBe('<!-- factlint-disable quote-attribution -->');
  });
});

describe('Markdown positions', () => {
  it('maps words after emphasis, links and escapes exactly', () => {
    const doc = md('The *prime minister* met **Ms. Ardern** in [Auckland](https://x.example) on 3\\. May.');
    for (const word of ['prime', 'minister', 'Ardern', 'Auckland', 'May']) expectExact(doc, word);
  });

  it('maps words in block quotes and nested lists past their markers', () => {
    const doc = md('> First quoted line\n> second quoted line\n\n- item one\n  - nested item two\n');
    for (const word of ['First', 'second', 'one', 'nested', 'two']) expectExact(doc, word);
    expect(locateWord(doc, 'second')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 9 });
  });

  it('maps an escaped character to its backslash and an entity to the whole entity', () => {
    const doc = md('Price 5\\* here; R&amp;D there.');
    expect(sourceOf(doc, '5*')).toBe('5\\*');
    expect(sourceOf(doc, 'R&D')).toBe('R&amp;D');
    expect(locateWord(doc, 'R&D')).toEqual({ line: 1, column: 17, endLine: 1, endColumn: 24 });
  });

  it('is exact in CRLF files', () => {
    const doc = md('---\r\ntitle: T\r\n---\r\n# Head\r\n\r\n> quoted line\r\n> next line\r\n\r\nPara one\r\ncontinues here.\r\n');
    expect(doc.text).toBe('Head\n\nquoted line\nnext line\n\nPara one\ncontinues here.');
    for (const word of ['Head', 'quoted', 'next', 'Para', 'continues']) expectExact(doc, word);
    expect(locateWord(doc, 'continues')).toEqual({ line: 10, column: 1, endLine: 10, endColumn: 10 });
  });

  it('counts columns in UTF-16 units for Cyrillic, CJK and emoji', () => {
    const doc = md('# Встреча\n\nЛавров 🇷🇺 встретился с 岸田 в Токио.');
    expect(locateWord(doc, 'встретился')).toEqual({ line: 3, column: 13, endLine: 3, endColumn: 23 });
    expect(locateWord(doc, '岸田')).toEqual({ line: 3, column: 26, endLine: 3, endColumn: 28 });
    for (const word of ['Встреча', 'Лавров', 'Токио']) expectExact(doc, word);
  });

  it('counts a tab as one column', () => {
    const doc = md('Text\twith\ttabs.');
    expect(locateWord(doc, 'tabs')).toEqual({ line: 1, column: 11, endLine: 1, endColumn: 15 });
  });

  it('maps words in table cells', () => {
    const doc = md('| Summit | Host |\n|---|---|\n| G20 | Buenos Aires |\n');
    expectExact(doc, 'Buenos Aires');
    expect(locateWord(doc, 'Buenos')).toMatchObject({ line: 3, column: 9 });
  });
});
