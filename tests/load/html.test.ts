import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/load/index.js';
import { expectExact, locateWord, sourceOf } from './locate.js';

const html = (source: string) => parseDocument('page.html', source);

const page = (head: string, body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('HTML metadata', () => {
  it('reads published time, canonical URL and title', () => {
    const doc = html(page(
      '<title>Ceasefire agreed in Doha</title>\n<meta property="article:published_time" content="2020-02-29T14:05:00+03:00">\n<link rel="canonical" href="https://news.example/2020/02/29/doha">',
      '<p>The deal was signed on Saturday.</p>',
    ));
    const urlAt = doc.source.indexOf('https://news.example/2020/02/29/doha');
    expect(urlAt).toBeGreaterThan(0);
    expect(doc.metadata).toEqual({
      title: 'Ceasefire agreed in Doha',
      date: '2020-02-29',
      dateSource: 'html-meta',
      url: 'https://news.example/2020/02/29/doha',
      urlSource: 'html-meta',
      urlRange: [urlAt, urlAt + 'https://news.example/2020/02/29/doha'.length],
    });
    expect(doc.text).toBe('The deal was signed on Saturday.');
  });

  it('falls back to <meta name="date">, og:url and og:title', () => {
    const doc = html(page(
      '<meta name="date" content="2018-06-12">\n<meta property="og:url" content="https://x.example/summit">\n<meta property="og:title" content="Summit in Singapore">',
      '<p>Text.</p>',
    ));
    expect(doc.metadata).toMatchObject({ date: '2018-06-12', url: 'https://x.example/summit', title: 'Summit in Singapore' });
  });

  it('prefers article:published_time over other dates whatever the tag order', () => {
    const doc = html(page(
      '<meta name="date" content="2018-01-01">\n<meta property="article:published_time" content="2018-06-12T08:00:00Z">',
      '<p>Text.</p>',
    ));
    expect(doc.metadata.date).toBe('2018-06-12');
  });

  it('prefers the canonical link over og:url', () => {
    const doc = html(page('<meta property="og:url" content="https://m.example/a"><link rel="canonical" href="https://www.example/a">', '<p>T.</p>'));
    expect(doc.metadata.url).toBe('https://www.example/a');
  });

  it('reads schema.org microdata and JSON-LD dates', () => {
    const micro = html('<article><time itemprop="datePublished" datetime="2017-11-10">10 Nov</time><p>Body.</p></article>');
    expect(micro.metadata.date).toBe('2017-11-10');
    const ld = html(page(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Vote counted","datePublished":"2016-11-09T05:00:00Z","url":"https://ld.example/vote"}]}</script>',
      '<p>Body.</p>',
    ));
    expect(ld.metadata).toMatchObject({ date: '2016-11-09', title: 'Vote counted', url: 'https://ld.example/vote' });
  });

  it('ignores unreadable dates and broken JSON-LD', () => {
    const doc = html(page('<meta name="date" content="soon"><script type="application/ld+json">{broken</script>', '<p>Body.</p>'));
    expect(doc.metadata.date).toBeUndefined();
    expect(doc.text).toBe('Body.');
  });

  it('decodes entities in the title and does not take an <svg> title', () => {
    const doc = html('<p>Chart <svg><title>Bar chart</title></svg> below.</p>');
    expect(doc.metadata.title).toBeUndefined();
    expect(html(page('<title>Q&amp;A: the  talks</title>', '<p>x</p>')).metadata.title).toBe('Q&A: the talks');
  });
});

describe('HTML prose: what is and is not read', () => {
  it('leaves out head, script, style, noscript, template, pre and code', () => {
    const doc = html(page(
      '<style>p { color: red }</style><script>var d = "Monday";</script>',
      '<p>Visible one.</p><script>document.write("2020")</script><style>.x{}</style><noscript>Enable JS 2021</noscript><template><p>Tpl</p></template><pre>pre 1999</pre><p>Use <code>npm</code> now.</p>',
    ));
    expect(doc.text).toBe('Visible one.\n\nUse now.');
  });

  it('leaves out navigation, hidden elements and deleted text', () => {
    const doc = html('<nav><a href="/">Home</a> <a href="/world">World</a></nav><p>Talks opened on <del>Monday</del> Tuesday.</p><p hidden>Draft</p><div aria-hidden="true">Icon</div>');
    expect(doc.text).toBe('Talks opened on Tuesday.');
  });

  it('keeps tag text out of the prose and joins inline elements', () => {
    const doc = html('<p class="lead">The <b>foreign</b> <span lang="ru">minister</span>, <em>Sergei</em><strong> Lavrov</strong>, spoke.</p>');
    expect(doc.text).toBe('The foreign minister, Sergei Lavrov, spoke.');
  });

  it('collapses whitespace as a browser does and keeps no-break spaces', () => {
    const doc = html('<p>\n    The   vote\n    was held on\t15&nbsp;March.\n  </p>');
    expect(doc.text).toBe('The vote was held on 15\u00a0March.');
  });

  it('turns <br> into a line break', () => {
    const doc = html('<p>First line<br>\n  second line<br/>third</p>');
    expect(doc.text).toBe('First line\nsecond line\nthird');
  });

  it('draws <q> quotation marks', () => {
    const doc = html('<p>She said <q>we will <q>not</q> wait</q> today.</p>');
    expect(doc.text).toBe('She said \u201cwe will \u2018not\u2019 wait\u201d today.');
  });

  it('reads a fragment without html or body tags', () => {
    const doc = html('Talks <i>resumed</i> in Minsk.\n\n<p>A second paragraph.</p>');
    expect(doc.text).toBe('Talks resumed in Minsk.\n\nA second paragraph.');
  });

  it('keeps image alt text out but records the image URL', () => {
    const doc = html('<p>Crowds <img alt="crowd in 2015" src="https://img.example/c.jpg"> gathered.</p>');
    expect(doc.text).toBe('Crowds gathered.');
    expect(doc.links.map((l) => l.url)).toEqual(['https://img.example/c.jpg']);
  });
});

describe('HTML blocks', () => {
  it('gives each block element its own paragraph and kind', () => {
    const doc = html([
      '<article>',
      '<h1>Summit closes</h1>',
      '<p>Leaders left.</p>',
      '<blockquote><p>“We agreed,” the chair said.</p><p>It was late.</p></blockquote>',
      '<ul><li>Item one.</li><li>Item <b>two</b>.</li></ul>',
      '<table><tr><th>City</th><td>Lima</td></tr></table>',
      '<div>Direct div text. <p>Nested para.</p> Tail text.</div>',
      '<figure><img src="a.png"><figcaption>Photo caption.</figcaption></figure>',
      '</article>',
    ].join('\n'));
    expect(doc.paragraphs.map((p) => [p.kind, doc.text.slice(p.span.start, p.span.end)])).toEqual([
      ['heading', 'Summit closes'],
      ['paragraph', 'Leaders left.'],
      ['blockquote', '“We agreed,” the chair said.'],
      ['blockquote', 'It was late.'],
      ['list-item', 'Item one.'],
      ['list-item', 'Item two.'],
      ['table-cell', 'City'],
      ['table-cell', 'Lima'],
      ['paragraph', 'Direct div text.'],
      ['paragraph', 'Nested para.'],
      ['paragraph', 'Tail text.'],
      ['paragraph', 'Photo caption.'],
    ]);
  });

  it('keeps a hard-wrapped paragraph as one paragraph', () => {
    const doc = html('<p>The talks ended.\nBoth sides left.</p>');
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences.map((s) => s.text)).toEqual(['The talks ended.', 'Both sides left.']);
  });
});

describe('HTML links and comments', () => {
  it('records <a href> with the link text span and the attribute value position', () => {
    const source = '<p>Read <a class="x" href="https://gov.example/2019/01/22/a?x=1&amp;y=2">the statement</a> now.</p>';
    const doc = html(source);
    const [link] = doc.links;
    expect(link.url).toBe('https://gov.example/2019/01/22/a?x=1&y=2');
    expect(doc.text.slice(link.span.start, link.span.end)).toBe('the statement');
    expect(source.slice(link.sourceStart, link.sourceEnd)).toBe('https://gov.example/2019/01/22/a?x=1&amp;y=2');
  });

  it('finds unquoted, single-quoted and multi-line href attributes', () => {
    const source = "<a\n  title='a > b'\n  href=https://u.example/1>one</a> <a HREF='https://u.example/2'>two</a>";
    const doc = html(source);
    expect(doc.links.map((l) => source.slice(l.sourceStart, l.sourceEnd))).toEqual(['https://u.example/1', 'https://u.example/2']);
  });

  it('collects comments with exact offsets, including inside skipped elements', () => {
    const source = '<p>One.</p>\n<!-- factlint-disable-next-line weekday-mismatch -->\n<p>Two.</p><nav><!-- factlint-enable --></nav>';
    const doc = html(source);
    expect(doc.comments.map((c) => c.value.trim())).toEqual(['factlint-disable-next-line weekday-mismatch', 'factlint-enable']);
    for (const c of doc.comments) expect(source.slice(c.sourceStart, c.sourceEnd)).toBe(`<!--${c.value}-->`);
  });
});

describe('HTML positions', () => {
  it('maps words to their exact place, across tags spanning lines', () => {
    const doc = html('<div\n  class="story">\n  <p id="p1"\n     class="lead">Negotiators met in\n  <a href="/g">Geneva</a> on <em>Monday</em>.</p></div>');
    for (const word of ['Negotiators', 'Geneva', 'Monday']) expectExact(doc, word);
    expect(locateWord(doc, 'Geneva')).toEqual({ line: 5, column: 16, endLine: 5, endColumn: 22 });
  });

  it('maps decoded entities to the whole entity in the source', () => {
    const doc = html('<p>AT&amp;T&#8217;s chief &mdash; and Caf&eacute; owner &#x1F600; &#128512; spoke.</p>');
    expect(doc.text).toBe('AT&T’s chief — and Café owner 😀 😀 spoke.');
    expect(sourceOf(doc, 'AT&T’s')).toBe('AT&amp;T&#8217;s');
    expect(sourceOf(doc, 'Café')).toBe('Caf&eacute;');
    expect(sourceOf(doc, '😀')).toBe('&#x1F600;');
    expect(locateWord(doc, 'AT&T’s')).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 20 });
    expectExact(doc, 'spoke');
    expectExact(doc, 'owner');
  });

  it('is exact in CRLF files', () => {
    const doc = html('<html>\r\n<body>\r\n<h1>Vote\r\ncounted</h1>\r\n<p>The   result\r\n   came on Friday.</p>\r\n</body>\r\n</html>\r\n');
    expect(doc.text).toBe('Vote counted\n\nThe result came on Friday.');
    for (const word of ['Vote', 'counted', 'result', 'came', 'Friday']) expectExact(doc, word);
    expect(locateWord(doc, 'Friday')).toEqual({ line: 6, column: 12, endLine: 6, endColumn: 18 });
  });

  it('maps a collapsed whitespace run to its start', () => {
    const doc = html('<p>one\n\n\n   two</p>');
    const space = doc.text.indexOf(' ');
    expect(doc.positions.toSource(space)).toBe(6);
    expectExact(doc, 'two');
  });

  it('counts UTF-16 columns for non-ASCII text and tabs', () => {
    const doc = html('<p>\tПутин и 習近平 🇨🇳 в Пекине.</p>');
    const expected = '<p>\tПутин и 習近平 🇨🇳 в '.length + 1;
    expect(locateWord(doc, 'Пекине')).toEqual({ line: 1, column: expected, endLine: 1, endColumn: expected + 6 });
    for (const word of ['Путин', '習近平']) expectExact(doc, word);
  });

  it('maps <q> marks onto the q tags', () => {
    const doc = html('<p>He said <q>yes</q>.</p>');
    expect(sourceOf(doc, '“yes”')).toBe('<q>yes</q>');
  });
});
