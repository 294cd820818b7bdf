/**
 * The ReDoS check: every pattern from `collect.ts` is analysed by recheck, with a time limit per
 * pattern. A pattern that is `vulnerable` (exponential or polynomial backtracking) or `unknown`
 * (undecided within the limit) fails the check unless `allowlist.json` lists it with the input
 * bound that makes it safe.
 *
 *     npm run redos              # check everything, print the report
 *     npm run redos -- --write   # also rewrite verdicts.json (the patterns found safe)
 *
 * recheck needs seconds for some patterns (and gives up on large word-list alternations after
 * its time limit), so the whole set takes minutes on a busy machine. To keep the test fast,
 * `verdicts.json` records which patterns recheck found safe (by a hash of source and flags, for
 * one recheck version): the test re-checks only patterns that are new or changed since, and
 * never the allowlisted ones (allowed whatever recheck says). Local verdicts are also cached in
 * node_modules/.cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkSync } from 'recheck';
import type { FoundPattern } from './collect.js';

export interface Verdict extends FoundPattern {
  status: 'safe' | 'vulnerable' | 'unknown' | 'error';
  complexity?: string;
  attack?: string;
}

export interface AllowEntry {
  source: string;
  flags?: string;
  /** Where it is written (informative; patterns are matched by source and flags). */
  where: string;
  /** The input bound that makes it safe. */
  bound: string;
}

/** The committed record of patterns recheck found safe. */
interface KnownSafe {
  recheck: string;
  safe: string[];
}

const CHECK_TIMEOUT_MS = 2000;
const KNOWN_SAFE_FILE = 'scripts/redos/verdicts.json';

function recheckVersion(root: string): string {
  return JSON.parse(readFileSync(join(root, 'node_modules/recheck/package.json'), 'utf8')).version as string;
}

function cacheFile(root: string): string {
  return join(root, 'node_modules/.cache/factlint-redos', `recheck-${recheckVersion(root)}.json`);
}

export function keyOf(p: { source: string; flags?: string }): string {
  return createHash('sha1').update(`${p.flags ?? ''}\u0000${p.source}`).digest('hex');
}

/** Hashes of the patterns verdicts.json records as safe, when it was written by this recheck version. */
function knownSafe(root: string): Set<string> {
  const file = resolve(root, KNOWN_SAFE_FILE);
  if (!existsSync(file)) return new Set();
  const known = JSON.parse(readFileSync(file, 'utf8')) as KnownSafe;
  return known.recheck === recheckVersion(root) ? new Set(known.safe) : new Set();
}

export function writeKnownSafe(root: string, verdicts: Verdict[]): void {
  const safe = [...new Set(verdicts.filter((v) => v.status === 'safe').map(keyOf))].sort();
  writeFileSync(resolve(root, KNOWN_SAFE_FILE), `${JSON.stringify({ recheck: recheckVersion(root), safe } satisfies KnownSafe, null, 1)}\n`);
}

/**
 * recheck's verdict on each pattern. With `reuse`, patterns recorded safe in verdicts.json are
 * taken as safe without running recheck again.
 */
export function checkPatterns(root: string, patterns: FoundPattern[], options: { reuse?: boolean } = {}): Verdict[] {
  const file = cacheFile(root);
  const cache: Record<string, Omit<Verdict, keyof FoundPattern>> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const reused = options.reuse ? knownSafe(root) : new Set<string>();
  const verdicts = patterns.map((pattern) => {
    const key = keyOf(pattern);
    if (reused.has(key)) return { ...pattern, status: 'safe' as const };
    let verdict = cache[key];
    if (!verdict) {
      try {
        const diagnostics = checkSync(pattern.source, pattern.flags, { timeout: CHECK_TIMEOUT_MS } as never) as { status: Verdict['status']; complexity?: { summary?: string }; attack?: { pattern?: string } };
        verdict = { status: diagnostics.status, ...(diagnostics.complexity?.summary ? { complexity: diagnostics.complexity.summary } : {}), ...(diagnostics.attack?.pattern ? { attack: diagnostics.attack.pattern } : {}) };
      } catch (error) {
        verdict = { status: 'error', complexity: String(error).slice(0, 200) };
      }
      // An undecided verdict may come from a busy machine: check it again next time.
      if (verdict.status !== 'unknown') cache[key] = verdict;
    }
    return { ...pattern, ...verdict };
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(cache));
  return verdicts;
}

export function readAllowlist(root: string): AllowEntry[] {
  return JSON.parse(readFileSync(resolve(root, 'scripts/redos/allowlist.json'), 'utf8')) as AllowEntry[];
}

export function isAllowed(pattern: { source: string; flags?: string }, allowlist: AllowEntry[]): boolean {
  const key = keyOf(pattern);
  return allowlist.some((a) => keyOf(a) === key);
}

/** The verdicts that fail the check: not safe and not on the allowlist. */
export function unlisted(verdicts: Verdict[], allowlist: AllowEntry[]): Verdict[] {
  const allowed = new Set(allowlist.map(keyOf));
  return verdicts.filter((v) => v.status !== 'safe' && !allowed.has(keyOf(v)));
}
