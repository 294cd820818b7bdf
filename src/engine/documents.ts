/**
 * Loading the files of a `versions` or `diff` command: the same input resolution as a lint
 * run (files, folders, globs, `.factlintignore`), each file a Document or a one-line problem.
 */
import { resolve } from 'node:path';
import { resolveInputs } from './inputs.js';
import { loadFile } from '../load/read.js';
import type { Document } from '../load/document.js';

export function loadDocuments(patterns: string[], cwd: string): { documents: Document[]; problems: string[] } {
  const { files, problems } = resolveInputs(patterns, { cwd: resolve(cwd) });
  const documents: Document[] = [];
  const messages = problems.map((p) => p.message);
  for (const file of files) {
    const loaded = loadFile(file.absolutePath);
    if (loaded.ok) documents.push({ ...loaded.document, path: file.path });
    else messages.push(loaded.error.message);
  }
  return { documents, problems: messages };
}
