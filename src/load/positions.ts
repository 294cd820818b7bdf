/**
 * Exact mapping from prose-text offsets back to the original file.
 *
 * Loaders build the prose text piece by piece with a `ProseBuilder`: each piece is either
 * a verbatim slice of the source (mapped linearly) or a decoded value (an HTML entity, a
 * Markdown escape) aligned character by character with the source it came from. Separators
 * that do not exist in the source (the blank line between two blocks) map to the end of the
 * previous piece.
 */

export interface SourceLocation {
  /** 0-based offset into the original file. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units, as ESLint reports it. */
  column: number;
}

/** One run of prose offsets `[textStart, textStart + length)` mapped to source offsets. */
interface Run {
  textStart: number;
  /** Source offset of each character of the run; linear runs keep only the first. */
  sourceStart: number;
  length: number;
  /** Per-character source offsets for aligned (non-linear) runs. */
  offsets?: Int32Array;
  /** Source offset just past the last character. */
  sourceEnd: number;
}

/** Line starts of a text, for offset → line/column in O(log n). CRLF, LF and CR all end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const ch = source.charCodeAt(i);
      if (ch === 10 /* \n */) this.starts.push(i + 1);
      else if (ch === 13 /* \r */) {
        if (source.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  locate(offset: number): SourceLocation {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { offset: clamped, line: lo + 1, column: clamped - this.starts[lo] + 1 };
  }
}

export class PositionMap {
  constructor(
    private readonly runs: Run[],
    private readonly lines: LineIndex,
    private readonly textLength: number,
  ) {}

  /** Source offset of the character at prose offset `offset`. */
  toSource(offset: number): number {
    const run = this.findRun(offset);
    if (!run) return 0;
    const inRun = offset - run.textStart;
    if (inRun >= run.length) return run.sourceEnd;
    return run.offsets ? run.offsets[inRun] : run.sourceStart + inRun;
  }

  /** Source offset just after the character before prose offset `end` (for span ends). */
  toSourceEnd(end: number): number {
    if (end <= 0) return this.toSource(0);
    const last = end - 1;
    const run = this.findRun(last);
    if (!run) return 0;
    const inRun = last - run.textStart;
    if (inRun >= run.length) return run.sourceEnd;
    if (run.offsets) {
      return inRun + 1 < run.length ? run.offsets[inRun + 1] : run.sourceEnd;
    }
    return run.sourceStart + inRun + 1;
  }

  locate(offset: number): SourceLocation {
    return this.lines.locate(this.toSource(offset));
  }

  locateEnd(end: number): SourceLocation {
    return this.lines.locate(this.toSourceEnd(end));
  }

  /** Line/column of a raw source offset (for things not in the prose, such as link targets). */
  locateSource(sourceOffset: number): SourceLocation {
    return this.lines.locate(sourceOffset);
  }

  get length(): number {
    return this.textLength;
  }

  private findRun(offset: number): Run | undefined {
    const runs = this.runs;
    if (runs.length === 0) return undefined;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid].textStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo];
  }
}

/** Builds prose text and its position map together, so they can never disagree. */
export class ProseBuilder {
  private parts: string[] = [];
  private runs: Run[] = [];
  private length = 0;
  private lastSourceEnd = 0;

  constructor(private readonly source: string) {}

  /** Append `source.slice(start, end)` verbatim. */
  appendSlice(start: number, end: number): void {
    if (end <= start) return;
    const value = this.source.slice(start, end);
    this.pushRun(value, { textStart: this.length, sourceStart: start, length: value.length, sourceEnd: end });
  }

  /**
   * Append a decoded `value` that came from `source.slice(start, end)`: characters are aligned
   * greedily, so entities (`&amp;`), escapes (`\*`) and skipped markup (`> ` prefixes,
   * indentation) map to the source character they came from.
   */
  appendAligned(value: string, start: number, end: number): void {
    if (value.length === 0) return;
    if (this.source.slice(start, end) === value) {
      this.appendSlice(start, end);
      return;
    }
    const offsets = alignDecoded(value, this.source, start, end);
    this.pushRun(value, { textStart: this.length, sourceStart: start, length: value.length, offsets, sourceEnd: end });
  }

  /**
   * Append `value` standing for `source.slice(start, end)` as a whole (a collapsed run of
   * HTML whitespace, a `<br>`, a hard line break): every character maps to `start`.
   */
  appendReplacement(value: string, start: number, end: number): void {
    if (value.length === 0) return;
    this.pushRun(value, { textStart: this.length, sourceStart: start, length: value.length, sourceEnd: end, offsets: new Int32Array(value.length).fill(start) });
  }

  /** Append text that has no counterpart in the source (block separators); it maps to the previous end. */
  appendSynthetic(value: string): void {
    if (value.length === 0) return;
    const at = this.lastSourceEnd;
    this.pushRun(value, { textStart: this.length, sourceStart: at, length: value.length, sourceEnd: at, offsets: new Int32Array(value.length).fill(at) });
  }

  /** The prose written so far (for loaders that need to look back, e.g. to avoid doubled separators). */
  get text(): string {
    return this.parts.join('');
  }

  get textLength(): number {
    return this.length;
  }

  build(): { text: string; positions: PositionMap } {
    const text = this.parts.join('');
    return { text, positions: new PositionMap(this.runs, new LineIndex(this.source), text.length) };
  }

  private pushRun(value: string, run: Run): void {
    this.parts.push(value);
    this.runs.push(run);
    this.length += value.length;
    if (run.length > 0 && run.sourceEnd > run.sourceStart) this.lastSourceEnd = run.sourceEnd;
  }
}

const ENTITY = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/;

/**
 * For each character of `value`, the source offset it came from, scanning
 * `source[start, end)` forward. A character that matches is consumed; at `&` an entity
 * is consumed whole for the decoded character(s); at `\` an escape is consumed; anything
 * else in the source that the value does not contain (markup) is skipped.
 */
export function alignDecoded(value: string, source: string, start: number, end: number): Int32Array {
  const offsets = new Int32Array(value.length);
  let i = start;
  let j = 0;
  while (j < value.length) {
    if (i >= end) {
      offsets[j++] = end;
      continue;
    }
    const s = source[i];
    const v = value[j];
    if (s === v) {
      offsets[j++] = i++;
      continue;
    }
    if (s === '&') {
      const m = ENTITY.exec(source.slice(i, Math.min(end, i + 40)));
      if (m) {
        // An entity decodes to one character, or two UTF-16 units for astral characters.
        const width = isHighSurrogate(value.charCodeAt(j)) ? 2 : 1;
        for (let k = 0; k < width && j < value.length; k++) offsets[j++] = i;
        i += m[0].length;
        continue;
      }
    }
    if (s === '\\' && source[i + 1] === v) {
      offsets[j++] = i;
      i += 2;
      continue;
    }
    if (s === '\r' && v === '\n') {
      // A CRLF in the source that the parser reported as a single newline.
      offsets[j++] = i;
      i += source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (/\s/.test(v) && !/\s/.test(s) && (j === 0 || !/\s/.test(value[j - 1]))) {
      // A decoded space standing for skipped markup (e.g. a soft line break inside `> ` quotes).
      offsets[j++] = i;
      continue;
    }
    i++; // markup the decoded value does not contain
  }
  return offsets;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
