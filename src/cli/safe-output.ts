/**
 * `-o FILE` never overwrites what the run reads: an input, a configuration file (with its
 * `extends`), a knowledge-base file or an ignore file. Paths are compared after resolving
 * symbolic links (of the file and of its folders) and by device and inode, so a symlink, a
 * hard link or a symlinked folder leading to one of them is refused too.
 */
import { realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';

export interface ProtectedPath {
  path: string;
  /** What it is, for the message: "one of the files being linted", "the configuration file". */
  role: string;
  /** A folder whose every file is protected (a `kb` folder). */
  folder?: boolean;
}

interface Identity {
  real: string;
  stats?: Stats;
}

function identify(path: string): Identity | undefined {
  try {
    return { real: realpathSync(path), stats: statSync(path) };
  } catch {
    // Not there (yet): the real path of its folder, plus its name.
    try {
      return { real: resolve(realpathSync(dirname(path)), basename(path)) };
    } catch {
      return undefined;
    }
  }
}

/** Why `target` must not be written, or undefined when it is safe. */
export function outputConflict(target: string, protectedPaths: readonly ProtectedPath[]): string | undefined {
  const output = identify(target);
  if (!output) return undefined;
  if (output.stats?.isDirectory()) return 'is a folder';
  for (const candidate of protectedPaths) {
    const other = identify(candidate.path);
    if (!other) continue;
    const sameInode = output.stats && other.stats && output.stats.dev === other.stats.dev && output.stats.ino === other.stats.ino && !other.stats.isDirectory();
    if (sameInode || output.real === other.real) return `is ${candidate.role} (${candidate.path})`;
    if (candidate.folder && output.real.startsWith(other.real.endsWith(sep) ? other.real : other.real + sep)) return `is in ${candidate.role} (${candidate.path})`;
  }
  return undefined;
}
