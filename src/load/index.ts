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
  const document = loaderOf(format)(path, source);
  locateMetadata(document);
  return document;
}

function loaderOf(format: Format): (path: string, source: string) => Document {
  switch (format) {
    case 'text':
      return loadText;
    case 'markdown':
      return loadMarkdown;
    case 'html':
      return loadHtml;
    default:
      throw new Error(`unsupported format "${String(format)}"`);
  }
}

/**
 * Where the metadata URL is written in the file (the front-matter line, the canonical link),
 * so a finding about it points there rather than at the prose. Markup may escape `&` as
 * `&amp;`; failing an exact match, the URL is looked up as escaped.
 */
function locateMetadata(document: Document): void {
  const { url } = document.metadata;
  if (!url || document.metadata.urlSource === 'cli') return;
  for (const written of [url, url.replace(/&/g, '&amp;')]) {
    const at = document.source.indexOf(written);
    if (at >= 0) {
      document.metadata.urlRange = [at, at + written.length];
      return;
    }
  }
}
