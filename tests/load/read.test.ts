import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInput, loadFile, loadSource, looksBinary, readInput } from '../../src/load/read.js';

let dir: string;

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factlint-read-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readInput', () => {
  it('reads a UTF-8 file', () => {
    const path = write('ok.md', '# Title\n\nLavrov met Abe in Moscow.\n');
    expect(readInput(path)).toEqual({ ok: true, source: '# Title\n\nLavrov met Abe in Moscow.\n' });
  });

  it('strips a UTF-8 byte order mark', () => {
    const path = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Talks began.')]));
    const result = readInput(path);
    expect(result).toEqual({ ok: true, source: 'Talks began.' });
  });

  it('reports a missing file in one line naming it', () => {
    const path = join(dir, 'nope.md');
    const result = readInput(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('not-found');
    expect(result.error).toBe(`${path}: no such file`);
  });

  it('refuses a directory', () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub);
    const result = readInput(sub);
    expect(result).toMatchObject({ ok: false, code: 'directory' });
  });

  it('refuses a binary file with NUL bytes', () => {
    const path = write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const result = readInput(path);
    expect(result).toMatchObject({ ok: false, code: 'binary' });
    if (!result.ok) expect(result.error).toContain('image.md');
  });

  it('refuses a file full of control characters even without NUL bytes', () => {
    const bytes = Buffer.alloc(200, 0x41);
    for (let i = 0; i < 200; i += 3) bytes[i] = 0x01;
    expect(looksBinary(bytes)).toBe(true);
    expect(looksBinary(Buffer.from('Plain text\twith tabs\r\nand lines.\f'))).toBe(false);
  });

  it('refuses invalid UTF-8 and says where it breaks', () => {
    const path = write('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])); // "Café ok" in Latin-1
    const result = readInput(path);
    expect(result).toMatchObject({ ok: false, code: 'encoding' });
    if (!result.ok) expect(result.error).toBe(`${path}: is not valid UTF-8 (at byte 3); save it as UTF-8`);
  });

  it('refuses UTF-16 with a hint to convert it', () => {
    const path = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le')]));
    const result = readInput(path);
    expect(result).toMatchObject({ ok: false, code: 'encoding' });
    if (!result.ok) expect(result.error).toContain('UTF-16');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(readInput(write('empty.md', ''))).toMatchObject({ ok: false, code: 'empty' });
    const blank = readInput(write('blank.md', ' \n\t\n'));
    expect(blank).toMatchObject({ ok: false, code: 'empty' });
    if (!blank.ok) expect(blank.error).toContain('only whitespace');
  });

  it('refuses a file over the size limit, which is configurable', () => {
    const path = write('big.txt', 'word '.repeat(400)); // 2,000 bytes
    const result = readInput(path, { maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    if (!result.ok) expect(result.error).toBe(`${path}: is 2 KB, over the 1 KB size limit`);
    expect(readInput(path).ok).toBe(true);
  });

  it('every error is a single line', () => {
    const results = [readInput(join(dir, 'missing')), readInput(dir), readInput(write('e.txt', ''))];
    for (const r of results) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).not.toMatch(/\n/);
    }
  });

  it('never writes to the input file', () => {
    const path = write('keep.md', '---\ntitle: T\n---\nText.\r\n');
    const before = statSync(path).mtimeMs;
    loadFile(path);
    expect(readFileSync(path, 'utf8')).toBe('---\ntitle: T\n---\nText.\r\n');
    expect(statSync(path).mtimeMs).toBe(before);
  });
});

describe('decodeInput (stdin)', () => {
  it('applies the same checks to bytes read elsewhere', () => {
    expect(decodeInput(Buffer.from('Talks.'), '<stdin>')).toEqual({ ok: true, source: 'Talks.' });
    expect(decodeInput(Buffer.from([0, 1, 2]), '<stdin>')).toMatchObject({ ok: false, code: 'binary' });
    expect(decodeInput(Buffer.from('abc'), '<stdin>', { maxBytes: 2 })).toMatchObject({ ok: false, code: 'too-large' });
  });
});

describe('loadFile', () => {
  it('parses by extension', () => {
    const result = loadFile(write('a.md', '# Head\n\nBody text here.\n'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.format).toBe('markdown');
  });

  it('reads an unknown extension as plain text', () => {
    const result = loadFile(write('notes.rst', 'Some notes.'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.format).toBe('text');
  });

  it('turns a read failure into a LoadError naming the file', () => {
    const path = join(dir, 'gone.html');
    expect(loadFile(path)).toEqual({ ok: false, error: { path, code: 'not-found', message: `${path}: no such file` } });
  });

  it('reads malformed HTML leniently, as a browser would', () => {
    const result = loadSource('bad.html', '<p>Unclosed <b>bold <i>talks</p> in </b>Oslo</div></span><p>Next &bogus; &amp para');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.text).toBe('Unclosed bold talks\n\nin Oslo\n\nNext &bogus; & para');
  });

  it('reads the prose of pathological nesting (it used to overflow the parser)', () => {
    const result = loadSource('deep.md', `${'>'.repeat(6000)} text`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.text).toBe('text');
  });

  it('turns a loader exception into a one-line parse error', () => {
    // A format the dispatcher cannot handle stands in for a loader bug.
    const result = loadSource('odd.md', 'text', 'bogus' as never);
    expect(result).toEqual({
      ok: false,
      error: { path: 'odd.md', code: 'parse', message: 'odd.md: could not be parsed: unsupported format "bogus"' },
    });
  });
});
