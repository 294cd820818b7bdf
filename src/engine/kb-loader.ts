/**
 * Loads the knowledge base once per distinct set of extra KB paths: the shipped corpus
 * (`KnowledgeBase.loadDefault()`, itself cached) plus the configuration's `kb` files.
 */
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

function build(extraPaths: readonly string[]): KnowledgeBase {
  return extraPaths.length > 0 ? KnowledgeBase.load([...extraPaths], { includeDefault: true }) : KnowledgeBase.loadDefault();
}
