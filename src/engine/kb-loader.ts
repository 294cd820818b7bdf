/**
 * Loads the knowledge base once per distinct set of extra KB paths: the shipped corpus
 * (`KnowledgeBase.loadDefault()`, itself cached) plus the configuration's `kb` files.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../kb/knowledge-base.js';

const cache = new Map<string, KnowledgeBase>();

export function loadKnowledgeBase(extraPaths: readonly string[] = []): KnowledgeBase {
  const key = [...extraPaths].sort().join('\n');
  const cached = cache.get(key);
  if (cached) return cached;
  const kb = build(extraPaths);
  cache.set(key, kb);
  return kb;
}

/**
 * A `kb` entry that is a folder stands for every `.json` file under it (hidden entries skipped),
 * in path order; anything else is read as a file (and refused by the KB loader with a clear
 * message when it is not a regular file).
 */
export function expandKbPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // Missing: the loader names it.
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    const stack = [path];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const dir = stack.pop()!;
      if (seen.has(dir)) continue;
      seen.add(dir);
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) stack.push(full);
        else if (entry.name.toLowerCase().endsWith('.json')) found.push(full);
      }
    }
    files.push(...found.sort());
  }
  return files;
}

function build(paths: readonly string[]): KnowledgeBase {
  const extraPaths = expandKbPaths(paths);
  return extraPaths.length > 0 ? KnowledgeBase.load(extraPaths, { includeDefault: true }) : KnowledgeBase.loadDefault();
}
