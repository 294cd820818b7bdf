/**
 * factlint's own package folder (where its package.json is, holding `corpus/`, `data/`, `web/`
 * and `dist/`). The code runs from `src/` under vitest and from `dist/src/` when built, so walk
 * up instead of counting `..`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  const from = dirname(fileURLToPath(import.meta.url));
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && readPackage(candidate).name === 'factlint') return (cached = dir);
    if (dirname(dir) === dir) throw new Error(`factlint: cannot find its package folder above ${from}`);
  }
}

/** factlint's version, from its package.json. */
export function packageVersion(): string {
  return readPackage(join(packageRoot(), 'package.json')).version ?? '0.0.0';
}

function readPackage(path: string): { name?: string; version?: string } {
  return JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
}
