/**
 * Markdown loader (unified + remark-parse + remark-frontmatter + remark-gfm).
 *
 * Prose is what a reader of the rendered page reads: paragraphs, headings, list items,
 * block quotes, table cells and footnotes, with inline markup removed. Not prose: front
 * matter (read as metadata), code blocks and inline code, inline HTML tags (blocks of raw
 * HTML are read as HTML; comments are kept for inline disables), link and image URLs (kept in `links`), image alt text (a caption
 * for an image, not a sentence of the article), struck-through text (`~~…~~`, text the
 * author has withdrawn) and footnote markers.
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { BlockKind, Document, DocumentMetadata, LinkTarget, SourceComment } from './document.js';
import { metadataFromToml, metadataFromYaml } from './metadata.js';
import { ProseWriter } from './prose-writer.js';
import { segment } from './segment.js';
import { writeHtmlFragment } from './html.js';
import { commentsIn, findAttribute, findLinkDestination, findDefinitionDestination } from './markup.js';
import { parseMarkdown } from './markdown-parse.js';
import { loadText } from './text.js';
import type { SourceRange } from './markup.js';

/**
 * GFM syntax that changes the prose: a table delimiter row, `~~` strikethrough, `[^note]`
 * footnotes, `[x]` task markers. micromark's GFM extensions double the parse time (mostly the
 * literal-autolink scan), so documents without these constructs use plain CommonMark: their
 * prose is the same, and bare URLs stay in the prose, where the URL extractor finds them.
 */
export function needsGfm(source: string): boolean {
  if (source.includes('~~') || source.includes('[^')) return true;
  for (const line of source.split(/\r\n?|\n/)) {
    if (!line.includes('|') && !line.includes('[')) continue;
    // Each test runs on one line with its indentation (and trailing blanks) removed, which keeps
    // every pattern unambiguous: linear on any line, a line of 100,000 tabs included.
    const text = trimBlanks(line);
    if (TABLE_DELIMITER_START.test(text) || TABLE_DELIMITER_END.test(text) || TASK_ITEM.test(text)) return true;
  }
  return false;
}

function trimBlanks(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(start, end);
}

/** A table delimiter row: `| --- |`, `:--|`, `--|--`, `| :---:`. */
const TABLE_DELIMITER_START = /^\|?[ \t]*:?-+:?[ \t]*\|/;
const TABLE_DELIMITER_END = /\|[ \t]*:?-+:?[ \t]*\|?$/;
const TASK_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/;

interface Definition {
  url: string;
  sourceStart?: number;
  sourceEnd?: number;
  used: boolean;
}

/** Walks the mdast tree once, writing prose and collecting links, comments and metadata. */
class MarkdownWalker {
  readonly writer: ProseWriter;
  readonly links: LinkTarget[] = [];
  readonly comments: SourceComment[] = [];
  metadata: DocumentMetadata = {};
  private readonly definitions = new Map<string, Definition>();
  private readonly openAnchors: { url?: string; where?: SourceRange }[] = [];

  constructor(private readonly source: string) {
    this.writer = new ProseWriter(source);
  }

  run(root: Root): void {
    this.collectDefinitions(root);
    this.children(root, 'paragraph');
    this.addUnusedDefinitions();
  }

  private children(parent: Parent, kind: BlockKind): void {
    for (const child of parent.children) this.node(child as Nodes, kind);
  }

  /** `kind` is the block kind that paragraphs inside the current container get. */
  private node(node: Nodes, kind: BlockKind): void {
    const untyped = node as { type: string; value?: string };
    if (untyped.type === 'toml') {
      // remark-frontmatter's TOML node is not in mdast's node union.
      this.metadata = metadataFromToml(untyped.value ?? '');
      return;
    }
    switch (node.type) {
      case 'yaml':
        this.metadata = metadataFromYaml(node.value);
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        this.block(node, node.type === 'heading' && kind === 'paragraph' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : kind);
        return;
      case 'blockquote':
        this.children(node, 'blockquote');
        return;
      case 'listItem':
        this.children(node, kind === 'blockquote' ? 'blockquote' : 'list-item');
        return;
      case 'html':
        this.htmlBlock(node.value, node.position?.start.offset, node.position?.end.offset, kind);
        return;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) this.children(node, kind);
    }
  }

  private block(node: Parent, kind: BlockKind): void {
    this.writer.breakBlock(kind);
    this.inline(node);
    while (this.openAnchors.length > 0) this.closeAnchor(); // an `<a>` left open ends with its block
    this.writer.breakBlock();
  }

  /** An inline `<a href="…">` tag: its text is prose, its href a link target. */
  private openAnchor(start: number, end: number): void {
    const where = findAttribute(this.source, start, end, 'href');
    const raw = where ? this.source.slice(where.sourceStart, where.sourceEnd) : undefined;
    this.openAnchors.push({ url: raw === undefined ? undefined : decodeBasicEntities(raw), where });
    this.writer.beginSpan();
  }

  private closeAnchor(): void {
    const anchor = this.openAnchors.pop();
    if (!anchor) return;
    const span = this.writer.endSpan();
    if (anchor.url !== undefined) this.links.push({ url: anchor.url.trim(), span, ...anchor.where });
  }

  private inline(parent: Parent): void {
    for (const child of parent.children) this.inlineNode(child as Nodes);
  }

  private inlineNode(node: Nodes): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
        if (start !== undefined && end !== undefined) this.writer.write(normaliseNewlines(node.value), start, end);
        return;
      case 'break':
        if (start !== undefined && end !== undefined) this.writer.lineBreak(start, end);
        return;
      case 'html':
        this.html(start, end);
        if (start === undefined || end === undefined) return;
        if (/^<br\s*\/?>$/i.test(node.value)) this.writer.lineBreak(start, end);
        else if (/^<a\s/i.test(node.value)) this.openAnchor(start, end);
        else if (/^<\/a\s*>$/i.test(node.value)) this.closeAnchor();
        else this.writer.skipped();
        return;
      case 'link':
        this.link(node);
        return;
      case 'linkReference':
        this.linkReference(node);
        return;
      case 'image':
        this.writer.skipped();
        this.image(node.url, start !== undefined && end !== undefined ? findLinkDestination(this.source, start + 1, end) : undefined);
        return;
      case 'imageReference':
        this.writer.skipped();
        this.imageReference(node.identifier);
        return;
      case 'inlineCode':
      case 'delete':
      case 'footnoteReference':
        this.writer.skipped();
        return;
      default:
        if ('children' in node) this.inline(node);
    }
  }

  private link(node: Extract<Nodes, { type: 'link' }>): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    this.writer.beginSpan();
    this.inline(node);
    const span = this.writer.endSpan();
    // A bare URL (a GFM literal autolink) is prose text, found by the URL extractor like any
    // URL written in plain text; listing it here too would depend on which parser ran.
    if (start !== undefined && this.source[start] !== '[' && this.source[start] !== '<') return;
    const target: LinkTarget = { url: node.url, span };
    if (start !== undefined && end !== undefined) Object.assign(target, this.linkSource(start, end));
    this.links.push(target);
  }

  /** Where a link's URL stands: `<url>` autolinks or `[text](url)`. */
  private linkSource(start: number, end: number): { sourceStart: number; sourceEnd: number } | undefined {
    if (this.source[start] === '<') return { sourceStart: start + 1, sourceEnd: end - 1 };
    return findLinkDestination(this.source, start, end);
  }

  private linkReference(node: Extract<Nodes, { type: 'linkReference' }>): void {
    this.writer.beginSpan();
    this.inline(node);
    const span = this.writer.endSpan();
    const definition = this.definitions.get(node.identifier);
    if (!definition) return;
    definition.used = true;
    this.links.push({ url: definition.url, span, sourceStart: definition.sourceStart, sourceEnd: definition.sourceEnd });
  }

  private image(url: string, where: { sourceStart: number; sourceEnd: number } | undefined): void {
    const at = this.writer.offset;
    this.links.push({ url, span: { start: at, end: at }, ...where });
  }

  private imageReference(identifier: string): void {
    const definition = this.definitions.get(identifier);
    if (!definition) return;
    definition.used = true;
    this.image(definition.url, definition.sourceStart !== undefined ? { sourceStart: definition.sourceStart, sourceEnd: definition.sourceEnd ?? definition.sourceStart } : undefined);
  }

  /**
   * A block of raw HTML (`<p>…</p>`, `<figure>…</figure>`) is read as HTML prose. Where the
   * block's source is not its HTML (inside `> ` quotes or indented list items, whose markers
   * mdast strips), only its comments are kept.
   */
  private htmlBlock(value: string, start: number | undefined, end: number | undefined, kind: BlockKind): void {
    if (start === undefined || end === undefined) return;
    if (this.source.slice(start, end) !== value) return this.html(start, end);
    const { links, comments } = writeHtmlFragment(this.source, start, end, this.writer, kind);
    this.links.push(...links);
    this.comments.push(...comments);
  }

  /** Raw HTML is not prose, but its comments carry inline disables. Read from the source, so
   * offsets stay exact even where mdast's value has lost block-quote prefixes. */
  private html(start: number | undefined, end: number | undefined): void {
    if (start === undefined || end === undefined) return;
    this.comments.push(...commentsIn(this.source.slice(start, end), start));
  }

  private collectDefinitions(root: Root): void {
    const visit = (node: Nodes): void => {
      if (node.type === 'definition') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const where = start !== undefined && end !== undefined ? findDefinitionDestination(this.source, start, end) : undefined;
        // The first definition of a label wins, as in CommonMark.
        if (!this.definitions.has(node.identifier)) this.definitions.set(node.identifier, { url: node.url, ...where, used: false });
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    visit(root);
  }

  /** A definition no reference uses still names a URL the article carries. */
  private addUnusedDefinitions(): void {
    const end = this.writer.offset;
    for (const definition of this.definitions.values()) {
      if (definition.used) continue;
      this.links.push({ url: definition.url, span: { start: end, end }, sourceStart: definition.sourceStart, sourceEnd: definition.sourceEnd });
    }
  }
}

/** The entities that occur in hand-written URLs (`&amp;` in query strings). */
function decodeBasicEntities(value: string): string {
  return value.replace(/&amp;/gi, '&').replace(/&quot;/gi, '"').replace(/&#39;|&apos;/gi, "'");
}

function normaliseNewlines(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

export function loadMarkdown(path: string, source: string): Document {
  const parsed = parseMarkdown(source, needsGfm(source));
  // Markdown the parser cannot handle in bounded time (see markdown-parse.ts) is read as text.
  if (!parsed) return { ...loadText(path, source), format: 'markdown' };
  const walker = new MarkdownWalker(source);
  walker.run(parsed.tree);
  const { text, positions, blocks } = walker.writer.finish();
  const { paragraphs, sentences } = segment(text, blocks);
  return {
    path,
    format: 'markdown',
    source,
    text,
    metadata: walker.metadata,
    paragraphs,
    sentences,
    links: walker.links,
    comments: walker.comments,
    positions,
  };
}
