/**
 * No super-linear regular expression reachable from input: recheck analyses every pattern in
 * src/ and rules/ (and those built at run time from word lists and the knowledge base); a
 * polynomial, exponential or undecided one fails unless scripts/redos/allowlist.json lists it
 * with the input bound that makes it safe. Patterns recorded safe in scripts/redos/verdicts.json
 * (for this recheck version) are not re-analysed, so only new or changed patterns cost time;
 * `npm run redos` analyses all of them and prints the full report.
 */
import { describe, expect, it } from 'vitest';
import { allPatterns } from '../../scripts/redos/main.js';
import { checkPatterns, isAllowed, keyOf, readAllowlist, unlisted } from '../../scripts/redos/check.js';

const root = new URL('../..', import.meta.url).pathname;

describe('ReDoS', () => {
  it('every super-linear or undecided pattern is on the allowlist with its bound', async () => {
    const patterns = await allPatterns(root);
    expect(patterns.length).toBeGreaterThan(200);
    const allowlist = readAllowlist(root);
    for (const entry of allowlist) expect(entry.bound.length, `${entry.where}: say why it is safe`).toBeGreaterThan(40);
    // An allowlist entry for a pattern that no longer exists would hide a future one.
    const current = new Set(patterns.map(keyOf));
    expect(allowlist.filter((entry) => !current.has(keyOf(entry))).map((entry) => entry.where)).toEqual([]);
    const verdicts = checkPatterns(root, patterns.filter((p) => !isAllowed(p, allowlist)), { reuse: true });
    expect(unlisted(verdicts, allowlist).map((v) => `${v.where}: /${v.source}/${v.flags} (${v.status}${v.complexity ? `, ${v.complexity}` : ''})`)).toEqual([]);
  }, 600_000);

  it('a new super-linear pattern fails the check', () => {
    const [verdict] = checkPatterns(root, [{ source: '^(a+)+$', flags: '', where: 'test' }], { reuse: true });
    expect(unlisted([verdict], readAllowlist(root))).toHaveLength(1);
  }, 60_000);
});
