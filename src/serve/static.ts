/**
 * The page's files, read once from the package's `web/` folder when the server starts and served
 * from memory by exact name: a request never names a file on the server's disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../base/package-root.js';

export interface StaticFile {
  /** URL path, e.g. `/app.js`. */
  path: string;
  contentType: string;
  body: Buffer;
}

const FILES: Array<[string, string, string]> = [
  ['/', 'index.html', 'text/html; charset=utf-8'],
  ['/app.js', 'app.js', 'text/javascript; charset=utf-8'],
  ['/style.css', 'style.css', 'text/css; charset=utf-8'],
  ['/favicon.svg', 'favicon.svg', 'image/svg+xml'],
];

export function loadStaticFiles(webDir: string = join(packageRoot(), 'web')): StaticFile[] {
  return FILES.map(([path, file, contentType]) => ({ path, contentType, body: readFileSync(join(webDir, file)) }));
}

/**
 * The page loads only its own files and talks only to this server: no CDN, no outside fonts,
 * no tracking, and nothing from a request can run as script.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
