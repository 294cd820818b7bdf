/**
 * The prose side of the Markdown and HTML loaders: a `ProseBuilder` plus block bookkeeping.
 *
 * Blocks start lazily, at their first character of prose, so an empty block (an image-only
 * paragraph, a `<div>` holding only other blocks) leaves no trace, and blocks are always
 * separated by exactly one blank line, which is how `segment()` (parse-english) tells
 * paragraphs apart.
 */
import type { BlockKind, Span } from './document.js';
import type { PositionMap } from './positions.js';
import { ProseBuilder } from './positions.js';
import type { BlockHint } from './segment.js';

const BLOCK_SEPARATOR = '\n\n';

export class ProseWriter {
  private readonly builder: ProseBuilder;
  private readonly blocks: BlockHint[] = [];
  /** Kind of the block that the next prose would start. */
  private kind: BlockKind = 'paragraph';
  private blockStart = -1;
  private blockKind: BlockKind = 'paragraph';
  private needSeparator = false;
  /** A collapsed run of whitespace waiting for the next word (HTML), as source offsets. */
  private pendingSpace: { start: number; end: number } | undefined;
  /** The last prose character written is whitespace (or the block has just started). */
  private afterSpace = true;
  /** Open `beginSpan()` calls waiting for their first character of prose. */
  private readonly openSpans: { start: number }[] = [];
  /** Inline content was just left out, so a space that follows it may double an earlier one. */
  private afterSkip = false;

  constructor(private readonly source: string) {
    this.builder = new ProseBuilder(source);
  }

  /** End the current block; the next prose starts a new block of `kind`. */
  breakBlock(kind: BlockKind = this.kind): void {
    if (this.blockStart >= 0) {
      this.blocks.push({ span: { start: this.blockStart, end: this.builder.textLength }, kind: this.blockKind });
      this.needSeparator = true;
    }
    this.blockStart = -1;
    this.pendingSpace = undefined;
    this.afterSpace = true;
    this.afterSkip = false;
    this.kind = kind;
  }

  get currentKind(): BlockKind {
    return this.kind;
  }

  /** Decoded `value` from `source.slice(start, end)`, mapped character by character. */
  write(value: string, start: number, end: number): void {
    if (this.afterSkip && this.afterSpace && value.startsWith(' ')) {
      // "the `x` field" without its code: one space between "the" and "field", not two.
      const spaces = /^ +/.exec(value)?.[0].length ?? 0;
      if (this.source.startsWith(' '.repeat(spaces), start)) {
        value = value.slice(spaces);
        start += spaces;
      }
    }
    this.afterSkip = false;
    if (value.length === 0) return;
    this.beforeContent();
    this.builder.appendAligned(value, start, end);
    this.afterSpace = /\s$/.test(value);
  }

  /** Text standing for `source.slice(start, end)` as a whole (a decoded entity, a replaced tag). */
  writeReplacement(value: string, start: number, end: number): void {
    if (value.length === 0) return;
    this.beforeContent();
    this.builder.appendReplacement(value, start, end);
    this.afterSpace = /\s$/.test(value);
  }

  /**
   * Collapsible whitespace at `source[start, end)` (HTML): becomes one space before the next
   * word, and nothing at the start or end of a block or next to a line break.
   */
  space(start: number, end: number): void {
    if (this.blockStart < 0 || this.afterSpace || this.pendingSpace) return;
    this.pendingSpace = { start, end };
  }

  /** Inline content was left out of the prose (inline code, raw HTML, an image). */
  skipped(): void {
    this.afterSkip = true;
  }

  /** A line break inside a block (`<br>`, a Markdown hard break); never starts a block. */
  lineBreak(start: number, end: number): void {
    if (this.blockStart < 0) return;
    this.pendingSpace = undefined;
    this.builder.appendReplacement('\n', start, end);
    this.afterSpace = true;
  }

  /** Start tracking the prose span of an inline element (a link's text). */
  beginSpan(): void {
    this.openSpans.push({ start: -1 });
  }

  /** The prose written since the matching `beginSpan()`; empty if none was. */
  endSpan(): Span {
    const open = this.openSpans.pop();
    const end = this.builder.textLength;
    const start = open && open.start >= 0 ? open.start : end;
    return { start, end };
  }

  /** The offset the next character of prose will have (ignoring a pending separator). */
  get offset(): number {
    return this.builder.textLength;
  }

  finish(): { text: string; positions: PositionMap; blocks: BlockHint[] } {
    this.breakBlock();
    const { text, positions } = this.builder.build();
    return { text, positions, blocks: this.blocks };
  }

  private beforeContent(): void {
    if (this.blockStart < 0) {
      if (this.needSeparator) this.builder.appendSynthetic(BLOCK_SEPARATOR);
      this.needSeparator = false;
      this.blockStart = this.builder.textLength;
      this.blockKind = this.kind;
    }
    if (this.pendingSpace) {
      this.builder.appendReplacement(' ', this.pendingSpace.start, this.pendingSpace.end);
      this.pendingSpace = undefined;
    }
    for (const span of this.openSpans) if (span.start < 0) span.start = this.builder.textLength;
  }
}
