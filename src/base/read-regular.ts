/**
 * Reading a file that a user named, safely: only regular files are read (a FIFO would block
 * forever, `/dev/zero` never ends, a socket cannot be read), and never more than a limit.
 *
 * The file is opened without blocking (`O_NONBLOCK`: opening a FIFO with no writer would
 * otherwise wait forever), its type is checked on the open descriptor (so a file swapped
 * after a check is still caught), and it is read in chunks up to `maxBytes + 1` bytes: a file
 * that grows, or that reports size 0 while holding data, still stops at the limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';

export type ReadFailureCode = 'not-found' | 'directory' | 'not-regular' | 'unreadable' | 'loop' | 'too-large';

export type RegularRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; code: ReadFailureCode; reason: string; size?: number };

const CHUNK = 64 * 1024;

/** What kind of non-regular file this is, in words ("a FIFO (named pipe)"), or undefined for a regular file. */
export function describeSpecial(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The reason for a file-system error, in words. */
export function describeFsError(error: unknown): { code: ReadFailureCode; reason: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not-found', reason: 'no such file' };
  if (code === 'EISDIR') return { code: 'directory', reason: 'is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable', reason: 'permission denied' };
  if (code === 'ELOOP') return { code: 'loop', reason: 'is a symbolic link loop' };
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { code: 'unreadable', reason: `cannot be read (${message})` };
}

/** Read a regular file of at most `maxBytes` bytes (Infinity: no limit). */
export function readRegularFile(path: string, maxBytes: number = Infinity): RegularRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, ...describeFsError(error) };
  }
  try {
    const stats = fstatSync(fd);
    const special = describeSpecial(stats);
    if (special === 'a folder') return { ok: false, code: 'directory', reason: 'is a folder, not a file' };
    if (special) return { ok: false, code: 'not-regular', reason: `is ${special}, not a regular file; only regular files are read` };
    // Checked before reading, so a huge file is never pulled into memory.
    if (stats.size > maxBytes) return { ok: false, code: 'too-large', reason: 'too large', size: stats.size };
    const chunks: Buffer[] = [];
    let total = 0;
    const limit = Number.isFinite(maxBytes) ? maxBytes + 1 : Infinity;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
      if (read === 0) break;
      chunks.push(read === buffer.length ? buffer : buffer.subarray(0, read));
      total += read;
      if (total >= limit) return { ok: false, code: 'too-large', reason: 'too large', size: total };
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, ...describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}
