/**
 * Markdown that no article contains but that makes the parser (micromark and
 * mdast-util-from-markdown) slow beyond reason: thousands of container markers before a line's
 * text (`> > > …`, `- - - …`, or list items nested by ever deeper indentation), and very long
 * runs of one delimiter character (`*****…`, `[[[[…`). The parser's cost grows with the square
 * (or worse) of these, so one 100 KB line of `>` took over a minute.
 *
 * `limitMarkdown` returns the text the parser is given instead: on each line with a container
 * prefix deeper than `MAX_MARKERS` markers or `MAX_INDENT` columns, the excess markers and
 * indentation are left out (deeper levels become the deepest allowed one, as browsers do with
 * HTML); in every run of a delimiter longer than `MAX_RUN`, the excess characters are left out.
 * Only such lines change, so any ordinary document is parsed exactly as written. The parse
 * tree's offsets are then mapped back to the original file (`toOriginal`), so positions stay
 * exact.
 */

export const MAX_MARKERS = 16;
export const MAX_INDENT = 64;
export const MAX_RUN = 32;

/** Characters whose long runs are slow to parse (emphasis, links, code spans, strikethrough). */
const RUN_CHARS = new Set(['*', '_', '[', ']', '`', '~', '<', '>', '!', '(', ')', '\\', '#', '|', '-', '=', '+', '.']);

export interface LimitedMarkdown {
  /** The text to parse. */
  text: string;
  /** Maps an offset into `text` to the offset of the same character in the original. */
  toOriginal(offset: number): number;
}

/** The text to parse, or undefined when the source has nothing to limit (the usual case). */
export function limitMarkdown(source: string): LimitedMarkdown | undefined {
  const cuts: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
    const prefixCut = deepPrefix(source, lineStart, lineEnd);
    let from = lineStart;
    if (prefixCut) {
      cuts.push(prefixCut);
      from = prefixCut[1];
    }
    longRuns(source, from, lineEnd, cuts);
    if (lineEnd >= source.length) break;
    lineStart = lineEnd + (source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? 2 : 1);
  }
  if (cuts.length === 0) return undefined;
  return build(source, cuts);
}

/**
 * The part of a line's container prefix past the allowed depth, as `[start, end)`: markers are
 * `>`, bullets (`-`, `*`, `+`) and ordinals (`12.`, `3)`) followed by a space, each after
 * optional indentation. Returns the range between the last allowed marker and the line's text.
 */
function deepPrefix(source: string, start: number, end: number): [number, number] | undefined {
  let i = start;
  let markers = 0;
  let column = 0;
  let cutAt = -1;
  let prefixEnd = start;
  for (;;) {
    // Indentation before the next marker (or before the text).
    while (i < end && (source[i] === ' ' || source[i] === '\t')) {
      column += source[i] === '\t' ? 4 - (column % 4) : 1;
      i++;
      if (cutAt < 0 && column > MAX_INDENT) cutAt = i;
    }
    const width = markerWidth(source, i, end);
    if (width === 0) break;
    i += width;
    column += width;
    markers++;
    prefixEnd = i;
    if (cutAt < 0 && (markers >= MAX_MARKERS || column > MAX_INDENT)) cutAt = i;
  }
  // The text starts after the whitespace that follows the last marker.
  const textStart = Math.max(prefixEnd, i);
  if (cutAt < 0 || cutAt >= textStart) return undefined;
  return [cutAt, textStart];
}

/** Width of a container marker at `i` (with the one space or tab that must follow it), or 0. */
function markerWidth(source: string, i: number, end: number): number {
  const ch = source[i];
  if (ch === '>') return source[i + 1] === ' ' || source[i + 1] === '\t' ? 2 : 1;
  const spaceAfter = (at: number) => at < end && (source[at] === ' ' || source[at] === '\t');
  if ((ch === '-' || ch === '*' || ch === '+') && spaceAfter(i + 1)) return 2;
  let j = i;
  while (j < end && j - i < 9 && source[j] >= '0' && source[j] <= '9') j++;
  if (j > i && (source[j] === '.' || source[j] === ')') && spaceAfter(j + 1)) return j + 2 - i;
  return 0;
}

/** Leave out the characters past `MAX_RUN` in every run of one delimiter character. */
function longRuns(source: string, start: number, end: number, cuts: [number, number][]): void {
  let i = start;
  while (i < end) {
    const ch = source[i];
    if (!RUN_CHARS.has(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && source[j] === ch) j++;
    if (j - i > MAX_RUN) cuts.push([i + MAX_RUN, j]);
    i = j;
  }
}

function build(source: string, cuts: [number, number][]): LimitedMarkdown {
  const parts: string[] = [];
  /** For each cut: where it falls in the limited text, and how much was left out up to and including it. */
  const at: number[] = [];
  const removed: number[] = [];
  let from = 0;
  let total = 0;
  let length = 0;
  for (const [start, end] of cuts) {
    parts.push(source.slice(from, start));
    length += start - from;
    total += end - start;
    at.push(length);
    removed.push(total);
    from = end;
  }
  parts.push(source.slice(from));
  return {
    text: parts.join(''),
    toOriginal(offset: number): number {
      // The last cut at or before `offset` (binary search).
      let lo = 0;
      let hi = at.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return offset + (found < 0 ? 0 : removed[found]);
    },
  };
}

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Positioned[];
}

/** Point every node of a tree parsed from `limited.text` at the original file (offsets only). */
export function mapPositions(root: Positioned, limited: LimitedMarkdown): void {
  const stack: Positioned[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position) {
      if (position.start.offset !== undefined) position.start.offset = limited.toOriginal(position.start.offset);
      if (position.end.offset !== undefined) position.end.offset = limited.toOriginal(position.end.offset);
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}
