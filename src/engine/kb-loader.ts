/**
 * Loads the knowledge base once per distinct set of extra KB paths: the shipped corpus
 * (`KnowledgeBase.loadDefault()`, itself cached) plus the configuration's `kb` files.
 * Written against the KB layer's static API; while a method is missing (the KB is built
 * concurrently), an empty knowledge base keeps the rest of the pipeline working.
 */
import { KnowledgeBase } from '../kb/knowledge-base.js';

interface KnowledgeBaseStatics {
  loadDefault?: () => KnowledgeBase;
  load?: (paths: string[], options?: { includeDefault?: boolean }) => KnowledgeBase;
  empty?: () => KnowledgeBase;
}

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
  const statics = KnowledgeBase as unknown as KnowledgeBaseStatics;
  if (extraPaths.length > 0 && statics.load) return statics.load([...extraPaths], { includeDefault: true });
  if (statics.loadDefault) return statics.loadDefault();
  return statics.empty ? statics.empty() : new KnowledgeBase();
}
