/**
 * Where the shipped knowledge base lives. The code runs from `src/kb/` under vitest and from
 * `dist/src/kb/` when built, so walk up to the package root instead of counting `..`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`factlint: cannot find the package root above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The shipped record files, in load order (places first: the others refer to them). */
export const DEFAULT_KB_FILES = ['places.json', 'events.json', 'agreements.json', 'office-terms.json'];

export function defaultKbDir(): string {
  return join(packageRoot(), 'corpus', 'kb');
}
