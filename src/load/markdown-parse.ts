/**
 * Markdown → mdast within bounded time, whatever the input.
 *
 * 1. Container prefixes and delimiter runs deeper or longer than any article has are limited
 *    first (`markdown-limits.ts`); offsets are mapped back afterwards.
 * 2. The parse gets a time bound proportional to the text (`PARSE_MS_BASE` plus
 *    `PARSE_MS_PER_100K` per 100,000 characters: ten times what real articles take even on a
 *    busy machine, so that an ordinary document is never parsed differently because the machine
 *    is slow). A few inline constructs of micromark cost the square of their count (`*a*a*a…`, `]a]a…`,
 *    `[^a][^a]…`); when the bound is reached, or the parser runs out of stack, the text is
 *    parsed again with those constructs switched off (emphasis, links and images, code spans,
 *    GFM): their characters are then read as prose, and every block is still found.
 * 3. Should that fail too, the caller reads the file as plain text.
 *
 * Small texts (below `GUARD_FROM` characters) cannot take long and are parsed directly.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Processor } from 'unified';
import { withHardStop } from '../base/hard-stop.js';
import { flattenMdast } from './flatten.js';
import { limitMarkdown, mapPositions } from './markdown-limits.js';

export const PARSE_MS_BASE = 1500;
export const PARSE_MS_PER_100K = 1500;
const GUARD_FROM = 2000;

const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const gfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm, { singleTilde: false });

/** micromark constructs whose cost can grow with the square of the input. */
const SLOW_CONSTRUCTS = ['attention', 'codeText', 'labelStartLink', 'labelStartImage', 'labelEnd', 'definition'];

function disableSlowConstructs(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: SLOW_CONSTRUCTS } });
}

const safe = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(disableSlowConstructs);

export interface ParsedMarkdown {
  tree: Root;
  /** Parsed without the slow inline constructs (their characters are prose). */
  degraded: boolean;
}

/** The mdast of `source` (offsets into `source`), or undefined when it cannot be parsed in time. */
export function parseMarkdown(source: string, useGfm: boolean): ParsedMarkdown | undefined {
  const limited = limitMarkdown(source);
  const text = limited?.text ?? source;
  const timeout = PARSE_MS_BASE + (text.length / 100_000) * PARSE_MS_PER_100K;
  let tree = attempt(useGfm ? gfm : commonmark, text, timeout);
  let degraded = false;
  if (!tree) {
    tree = attempt(safe, text, timeout);
    degraded = true;
  }
  if (!tree) return undefined;
  if (limited) mapPositions(tree, limited);
  // Thousands of nested emphasis or list levels would overflow the recursive walk.
  flattenMdast(tree);
  return { tree, degraded };
}

function attempt(processor: { parse(text: string): unknown }, text: string, timeoutMs: number): Root | undefined {
  try {
    if (text.length < GUARD_FROM) return processor.parse(text) as Root;
    const outcome = withHardStop(() => processor.parse(text) as Root, timeoutMs);
    return outcome.stopped ? undefined : outcome.value;
  } catch (error) {
    // A tree too deep for a recursive transform (remark-gfm's autolink literals).
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
