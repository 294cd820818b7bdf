/** Where the shipped knowledge base lives. */
import { join } from 'node:path';
import { packageRoot } from '../base/package-root.js';

export { packageRoot };

/** The shipped record files, in load order (places first: the others refer to them). */
export const DEFAULT_KB_FILES = ['places.json', 'events.json', 'agreements.json', 'office-terms.json'];

export function defaultKbDir(): string {
  return join(packageRoot(), 'corpus', 'kb');
}
