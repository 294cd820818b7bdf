/** Files → `Document`: dispatch on the file's format. */
import { extname } from 'node:path';
import type { Document, Format } from './document.js';
import { loadHtml } from './html.js';
import { loadMarkdown } from './markdown.js';
import { loadText } from './text.js';

export type { Document, Format, Span, Sentence, Paragraph, LinkTarget, DocumentMetadata } from './document.js';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(path: string): Format | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/** Parse already-decoded file content into a Document. Markdown and HTML loaders plug in here. */
export function parseDocument(path: string, source: string, format: Format = formatOf(path) ?? 'text'): Document {
  switch (format) {
    case 'text':
      return loadText(path, source);
    case 'markdown':
      return loadMarkdown(path, source);
    case 'html':
      return loadHtml(path, source);
    default:
      throw new Error(`unsupported format "${String(format)}"`);
  }
}
