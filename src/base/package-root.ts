/**
 * The package root (where package.json is). The code runs from `src/` under vitest and from
 * `dist/src/` when built, so walk up instead of counting `..`.
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
