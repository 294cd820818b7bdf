/** Plain-text loader: the prose is the file itself, with line endings normalised to `\n`. */
import type { Document } from './document.js';
import { ProseBuilder } from './positions.js';
import { segment } from './segment.js';

export function loadText(path: string, source: string): Document {
  const builder = new ProseBuilder(source);
  const lineBreak = /\r\n?|\n/g;
  let from = 0;
  for (let m = lineBreak.exec(source); m; m = lineBreak.exec(source)) {
    builder.appendSlice(from, m.index);
    builder.appendAligned('\n', m.index, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  builder.appendSlice(from, source.length);
  const { text, positions } = builder.build();
  const { paragraphs, sentences } = segment(text);
  return { path, format: 'text', source, text, metadata: {}, paragraphs, sentences, links: [], comments: [], positions };
}
