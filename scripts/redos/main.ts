/** `npm run redos`: the ReDoS check over every pattern, with a report (`-- --write` also rewrites verdicts.json). */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dynamicPatterns, staticPatterns } from './collect.js';
import { checkPatterns, readAllowlist, unlisted, writeKnownSafe } from './check.js';

export async function allPatterns(root: string) {
  const found = staticPatterns(root);
  found.push(...(await dynamicPatterns(async () => {
    const { lintText } = await import(pathToFileURL(resolve(root, 'dist/src/engine/lint.js')).href);
    const sample = 'On Monday, 3 March 2019, Prime Minister Shinzo Abe told Reuters in Osaka that the G20 summit "will go ahead as planned," and 3.5 million people, about $20 billion, were affected two weeks ago. See https://example.com/2019/03/04/story.';
    for (const filePath of ['s.md', 's.txt', 's.html']) await lintText(sample, { filePath, cwd: root, config: { extends: ['factlint:all'] }, timeBudget: 0 });
  })));
  // One entry per distinct pattern.
  const seen = new Set<string>();
  return found.filter((p) => !seen.has(`${p.flags}/${p.source}`) && seen.add(`${p.flags}/${p.source}`));
}

async function main(): Promise<void> {
  const root = process.cwd();
  const patterns = await allPatterns(root);
  const verdicts = checkPatterns(root, patterns);
  const failing = unlisted(verdicts, readAllowlist(root));
  if (process.argv.includes('--write')) writeKnownSafe(root, verdicts);
  const counts = verdicts.reduce<Record<string, number>>((c, v) => ({ ...c, [v.status]: (c[v.status] ?? 0) + 1 }), {});
  process.stdout.write(`${patterns.length} patterns: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}\n`);
  for (const v of verdicts.filter((x) => x.status !== 'safe')) process.stdout.write(`${v.status.padEnd(10)} ${v.where}  /${v.source.slice(0, 100)}/${v.flags}${v.complexity ? `  (${v.complexity})` : ''}\n`);
  if (failing.length > 0) {
    process.stdout.write(`\n${failing.length} not on scripts/redos/allowlist.json:\n${failing.map((v) => `  ${v.where}: /${v.source}/${v.flags}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('main.js') && process.argv[1].includes('redos')) {
  main().catch((error: unknown) => {
    process.stderr.write(`redos: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  });
}
