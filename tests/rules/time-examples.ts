/** Reads the temporal example articles in corpus/examples. */
import { readFileSync } from 'node:fs';
import type { Format } from '../../src/load/document.js';

export function example(name: string): { text: string; format: Format; path: string } {
  const path = new URL(`../../corpus/examples/${name}`, import.meta.url);
  const format: Format = name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text';
  return { text: readFileSync(path, 'utf8'), format, path: name };
}
