/**
 * Reading input files safely: every way a file can be unfit to lint (missing, a folder,
 * binary, not UTF-8, empty, too large, or a loader failure) becomes a one-line message that
 * names the file, never an exception or a stack trace. Input files are only ever read.
 */
import { readRegularFile } from '../base/read-regular.js';
import type { Document, Format } from './document.js';
import { formatOf, parseDocument } from './index.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this are refused (default 5 MB). */
  maxBytes?: number;
}

export type LoadErrorCode =
  | 'not-found'
  | 'directory'
  | 'not-regular'
  | 'unreadable'
  | 'binary'
  | 'encoding'
  | 'empty'
  | 'too-large'
  | 'parse';

/** Why a file could not be loaded; the engine reports it as a fatal message for that file. */
export interface LoadError {
  path: string;
  code: LoadErrorCode;
  /** One line, naming the file, fit to show to a user. */
  message: string;
}

export type ReadResult = { ok: true; source: string } | { ok: false; error: string; code: LoadErrorCode };

export type LoadResult = { ok: true; document: Document } | { ok: false; error: LoadError };

export interface LoadOptions extends ReadOptions {
  /** Parse as this format instead of the one the extension implies (unknown extensions read as text). */
  format?: Format;
}

/** Read and decode a file, or say in one line why it cannot be linted. */
export function readInput(path: string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Only regular files are read (a FIFO or /dev/zero would hang the run), never past the limit.
  const read = readRegularFile(path, maxBytes);
  if (!read.ok) {
    if (read.code === 'too-large') return tooLarge(path, read.size ?? maxBytes + 1, maxBytes);
    return failure(read.code === 'not-found' ? 'not-found' : read.code === 'directory' ? 'directory' : read.code === 'not-regular' ? 'not-regular' : 'unreadable', `${path}: ${read.reason}`);
  }
  return decodeInput(read.bytes, path, options);
}

/** Decode bytes already read (e.g. from stdin) with the same checks as `readInput`. */
export function decodeInput(bytes: Uint8Array, path: string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
  const utf16 = utf16Bom(bytes);
  if (utf16) return failure('encoding', `${path}: is encoded as ${utf16}; save it as UTF-8`);
  if (looksBinary(bytes)) return failure('binary', `${path}: looks like a binary file, not text`);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return failure('encoding', `${path}: is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); save it as UTF-8`);
  }
  // TextDecoder strips a leading BOM itself (ignoreBOM: false); this covers a BOM that survived.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.trim() === '') return failure('empty', `${path}: is empty${source.length > 0 ? ' (only whitespace)' : ''}`);
  return { ok: true, source };
}

/** Read and parse a file into a Document, turning every failure into a `LoadError`. */
export function loadFile(path: string, options: LoadOptions = {}): LoadResult {
  const read = readInput(path, options);
  if (!read.ok) return { ok: false, error: { path, code: read.code, message: read.error } };
  return loadSource(path, read.source, options.format);
}

/**
 * Parse decoded content into a Document. unified's parsers are lenient with malformed
 * Markdown and HTML, but a pathological input or a loader bug must still cost one file,
 * not the whole run.
 */
export function loadSource(path: string, source: string, format?: Format): LoadResult {
  try {
    return { ok: true, document: parseDocument(path, source, format ?? formatOf(path) ?? 'text') };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, error: { path, code: 'parse', message: `${path}: could not be parsed: ${reason}` } };
  }
}

function failure(code: LoadErrorCode, error: string): ReadResult {
  return { ok: false, code, error };
}

function tooLarge(path: string, size: number, maxBytes: number): ReadResult {
  // Reading stops one byte past the limit (standard input, a file that grows): the size is then unknown.
  if (size === maxBytes + 1) return failure('too-large', `${path}: is larger than the ${formatBytes(maxBytes)} size limit`);
  return failure('too-large', `${path}: is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} size limit`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimNumber(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}

function utf16Bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  return undefined;
}

/** How many leading bytes the binary sniffing looks at (as git and grep do). */
const SNIFF_BYTES = 8000;

/**
 * A NUL byte never occurs in text; a high share of other control characters (not tab,
 * newline, carriage return, form feed, escape) means the file is data, not an article.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) || b === 0x7f) control++;
  }
  return length > 0 && control / length > 0.1;
}

/** Byte offset of the first malformed UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const width = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (width === 0) return i;
    const chunk = bytes.subarray(i, i + width);
    if (chunk.length < width) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk);
    } catch {
      return i;
    }
    i += width;
  }
  return i;
}
