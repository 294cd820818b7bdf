/** Shared helpers for the fact-rule tests: example articles and the seed articles. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Format } from '../../src/load/document.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The shared seed articles sit beside the clone (`../shared/seeds`). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const hasSeeds = existsSync(SEEDS_DIR);

export function example(name: string): { text: string; format: Format; path: string } {
  const path = `${root}corpus/examples/${name}`;
  const format: Format = name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text';
  return { text: readFileSync(path, 'utf8'), format, path: name };
}

export function seeds(): Array<{ name: string; text: string }> {
  if (!hasSeeds) return [];
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(`${SEEDS_DIR}${name}`, 'utf8') }));
}
