/**
 * HTML loader (parse5 → hast, as rehype-parse does it; see html-tree.ts).
 *
 * Prose is the text of the body as a browser lays it out: each block element (p, h1–h6, li,
 * blockquote, td/th, div or section text, figcaption, …) is a block, inline elements join,
 * runs of whitespace collapse to one space and `<br>` is a line break. `<q>` keeps its
 * quotation marks (the browser draws them; quote extraction needs them).
 *
 * Not prose: the head (read as metadata), script, style, noscript, template, pre and code,
 * svg/math, form controls, embedded media fallbacks, nav (menus are link lists, not
 * sentences), del/s (withdrawn text), and anything `hidden` or `aria-hidden="true"`.
 * Link targets (`<a href>`, `<img src>`) go to `links`; comments to `comments`. Parsing is
 * rehype-parse's (parse5, then hast), with very deep nesting flattened (`html-tree.ts`).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { BlockKind, Document, LinkTarget, SourceComment } from './document.js';
import { findAttribute } from './markup.js';
import { alignDecoded } from './positions.js';
import { ProseWriter } from './prose-writer.js';
import { segment } from './segment.js';
import { HtmlMetadataCollector } from './html-metadata.js';
import { parseHtml } from './html-tree.js';

const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'pre', 'code', 'kbd', 'samp', 'svg', 'math',
  'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'select', 'textarea', 'button', 'input',
  'nav', 'del', 's', 'title',
]);

const BLOCKS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** ASCII whitespace collapses in HTML; a no-break space does not. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

class HtmlWalker {
  readonly links: LinkTarget[] = [];
  readonly comments: SourceComment[] = [];
  readonly metadata = new HtmlMetadataCollector();
  private quoteDepth = 0;

  constructor(
    private readonly source: string,
    readonly writer: ProseWriter = new ProseWriter(source),
  ) {}

  run(root: Root, kind: BlockKind = 'paragraph'): void {
    this.children(root.children, kind);
  }

  private children(nodes: (RootContent | ElementContent)[], kind: BlockKind): void {
    for (const node of nodes) this.node(node, kind);
  }

  private node(node: RootContent | ElementContent, kind: BlockKind): void {
    if (node.type === 'text') this.text(node);
    else if (node.type === 'comment') this.comment(node.value, node.position?.start.offset, node.position?.end.offset);
    else if (node.type === 'element') this.element(node, kind);
  }

  private element(element: Element, kind: BlockKind): void {
    const tag = element.tagName;
    this.metadata.visit(element);
    if (SKIPPED.has(tag) || isHidden(element)) {
      this.commentsInside(element);
      return;
    }
    if (tag === 'br') return this.lineBreak(element);
    if (tag === 'a') return this.anchor(element, kind);
    if (tag === 'img') return this.imageLink(element);
    if (tag === 'q') return this.inlineQuote(element, kind);
    if (!BLOCKS.has(tag)) return this.children(element.children, kind);
    const inner = blockKind(tag, kind);
    this.writer.breakBlock(inner);
    this.children(element.children, inner);
    this.writer.breakBlock(kind);
  }

  /** Write a text node with whitespace collapsed, each word mapped to its exact source. */
  private text(node: Text): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const value = node.value;
    const verbatim = this.source.slice(start, end) === value;
    const offsets = verbatim ? undefined : alignDecoded(value, this.source, start, end);
    const sourceAt = (i: number): number => (i >= value.length ? end : offsets ? offsets[i] : start + i);
    let from = 0;
    COLLAPSIBLE.lastIndex = 0;
    for (let m = COLLAPSIBLE.exec(value); m; m = COLLAPSIBLE.exec(value)) {
      if (m.index > from) this.writer.write(value.slice(from, m.index), sourceAt(from), sourceAt(m.index));
      from = m.index + m[0].length;
      this.writer.space(sourceAt(m.index), sourceAt(from));
    }
    if (from < value.length) this.writer.write(value.slice(from), sourceAt(from), end);
  }

  private lineBreak(element: Element): void {
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start !== undefined && end !== undefined) this.writer.lineBreak(start, end);
  }

  private anchor(element: Element, kind: BlockKind): void {
    this.writer.beginSpan();
    this.children(element.children, kind);
    const span = this.writer.endSpan();
    const href = stringProperty(element, 'href');
    if (href === undefined) return;
    this.links.push({ url: href.trim(), span, ...this.attributeRange(element, 'href') });
  }

  private imageLink(element: Element): void {
    const src = stringProperty(element, 'src');
    if (src === undefined) return;
    const at = this.writer.offset;
    this.links.push({ url: src.trim(), span: { start: at, end: at }, ...this.attributeRange(element, 'src') });
  }

  /** `<q>` is drawn with quotation marks; write them, mapped onto the tags. */
  private inlineQuote(element: Element, kind: BlockKind): void {
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    const [open, close] = this.quoteDepth % 2 === 0 ? ['\u201c', '\u201d'] : ['\u2018', '\u2019'];
    const first = element.children[0]?.position?.start.offset ?? end;
    const last = element.children[element.children.length - 1]?.position?.end.offset ?? start;
    if (start !== undefined && first !== undefined) this.writer.writeReplacement(open, start, first);
    this.quoteDepth++;
    this.children(element.children, kind);
    this.quoteDepth--;
    if (end !== undefined && last !== undefined) this.writer.writeReplacement(close, last, end);
  }

  private attributeRange(element: Element, name: string): { sourceStart: number; sourceEnd: number } | undefined {
    const start = element.position?.start.offset;
    if (start === undefined) return undefined;
    const tagEnd = element.children[0]?.position?.start.offset ?? element.position?.end.offset ?? this.source.length;
    return findAttribute(this.source, start, tagEnd, name);
  }

  private comment(value: string, start: number | undefined, end: number | undefined): void {
    if (start !== undefined && end !== undefined) this.comments.push({ value, sourceStart: start, sourceEnd: end });
  }

  /** Skipped elements still carry comments (an inline disable inside a `<nav>` is rare, but real). */
  private commentsInside(element: Element): void {
    for (const child of element.children) {
      if (child.type === 'comment') this.comment(child.value, child.position?.start.offset, child.position?.end.offset);
      else if (child.type === 'element') {
        // An <svg> has its own <title>, which is not the article's.
        if (element.tagName !== 'svg' && element.tagName !== 'math') this.metadata.visit(child);
        this.commentsInside(child);
      }
    }
  }
}

/** The kind of a block element, given the kind of the block it sits in. */
function blockKind(tag: string, outer: BlockKind): BlockKind {
  if (outer === 'blockquote' || tag === 'blockquote') return 'blockquote';
  if (HEADINGS.has(tag)) return 'heading';
  if (tag === 'td' || tag === 'th') return 'table-cell';
  if (tag === 'li') return 'list-item';
  return outer;
}

function isHidden(element: Element): boolean {
  const props = element.properties ?? {};
  return props.hidden === true || props.hidden === '' || String(props.ariaHidden) === 'true';
}

export function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties?.[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function loadHtml(path: string, source: string): Document {
  const walker = new HtmlWalker(source);
  walker.run(parseHtml(source, { skipped: SKIPPED }));
  const { text, positions, blocks } = walker.writer.finish();
  const { paragraphs, sentences } = segment(text, blocks);
  return {
    path,
    format: 'html',
    source,
    text,
    metadata: walker.metadata.result(),
    paragraphs,
    sentences,
    links: walker.links,
    comments: walker.comments,
    positions,
  };
}

/**
 * Read a block of raw HTML inside another document (a Markdown HTML block) as prose, into
 * that document's `writer`. `source.slice(start, end)` must be the HTML exactly.
 */
export function writeHtmlFragment(
  source: string,
  start: number,
  end: number,
  writer: ProseWriter,
  kind: BlockKind,
): { links: LinkTarget[]; comments: SourceComment[] } {
  const tree = parseHtml(source.slice(start, end), { fragment: true, skipped: SKIPPED });
  shiftPositions(tree, start);
  const walker = new HtmlWalker(source, writer);
  writer.breakBlock(kind);
  walker.run(tree, kind);
  writer.breakBlock(kind);
  return { links: walker.links, comments: walker.comments };
}

/** Make a fragment's positions offsets into the whole file. */
function shiftPositions(node: Root | RootContent | ElementContent, by: number): void {
  const position = node.position;
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += by;
    if (position.end.offset !== undefined) position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, by);
}
