/**
 * HTML → hast, as rehype-parse does it (parse5 with source positions, then
 * hast-util-from-parse5), with one step between: a tree nested deeper than `MAX_DEPTH` is
 * flattened first (see `flatten.ts`), because the conversion to hast is recursive and
 * thousands of nested elements would overflow the call stack.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, parseFragment } from 'parse5';
import { VFile } from 'vfile';
import { flattenParse5 } from './flatten.js';

export function parseHtml(source: string, options: { fragment?: boolean; skipped: ReadonlySet<string> }): Root {
  const settings = { sourceCodeLocationInfo: true, scriptingEnabled: false };
  const tree = options.fragment ? parseFragment(source, settings) : parse(source, settings);
  flattenParse5(tree as unknown as Parameters<typeof flattenParse5>[0], options.skipped);
  return fromParse5(tree, { file: new VFile(source) }) as Root;
}
