/**
 * Builds the shipped knowledge base (`corpus/kb/*.json`) from the checked reference facts in
 * `../shared/reference/` (or the directory given as the first argument) and the further
 * records of `data/kb-reference/` (same formats: `summits-more.json`, `treaties-more.json`,
 * `officeholders-world.json`):
 *
 *     npx tsc -p tsconfig.build.json && node dist/scripts/build-kb.js [REFERENCE_DIR]
 *
 * The output is committed, so the KB is self-contained; rerun this after the reference
 * changes. Every record cites a page an editor can open (see `kb-sources.ts`); place records
 * (geography: which country a city is in) cite the place's Wikipedia page.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/kb/paths.js';
import { countryRows } from './kb-countries.js';
import { PlaceBook } from './kb-places.js';
import { convertSummits } from './kb-events.js';
import type { RefSummit } from './kb-events.js';
import { convertTreaties } from './kb-agreements.js';
import type { RefTreaty } from './kb-agreements.js';
import { convertTerms } from './kb-terms.js';
import type { RefOfficeTerm } from './kb-terms.js';

const root = packageRoot();
const referenceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const moreDir = join(root, 'data', 'kb-reference');
const outDir = join(root, 'corpus', 'kb');

function readJson<T>(dir: string, file: string): T[] {
  const path = join(dir, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T[]) : [];
}

// ------------------------------------------------------------ main

function write(file: string, description: string, records: object[]): void {
  const body = { description, records };
  writeFileSync(join(outDir, file), JSON.stringify(body, null, 2) + '\n');
  console.log(`${file}: ${records.length} records`);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const referenceTerms = readJson<RefOfficeTerm>(referenceDir, 'officeholders.json');
  const worldTerms = readJson<RefOfficeTerm>(moreDir, 'officeholders-world.json');
  const countryNames = new Set([...referenceTerms, ...worldTerms].map((t) => t.country));
  const places = new PlaceBook(countryRows(countryNames));
  const summits = [...readJson<RefSummit>(referenceDir, 'summits.json'), ...readJson<RefSummit>(moreDir, 'summits-more.json')];
  const events = convertSummits(summits, places);
  const { records: terms, dropped, disputed } = convertTerms(referenceTerms, worldTerms);
  console.log(`office terms: ${dropped.length} of the world file's records repeat the reference's and were left out`);
  console.log(`office terms: ${disputed.length} of the world file's records overlap another holder's term and are marked disputed`);
  if (process.env.KB_LIST_DISPUTED) for (const t of disputed) console.log(`  disputed: ${t.id}: ${t.note}`);
  const treaties = [...readJson<RefTreaty>(referenceDir, 'treaties.json'), ...readJson<RefTreaty>(moreDir, 'treaties-more.json')];
  const agreements = convertTreaties(treaties, places);
  const from = 'Built by scripts/build-kb.ts from the checked reference facts (../shared/reference and data/kb-reference); edit those or the script, not this file.';
  write('events.json', `Summits and meetings. ${from}`, events);
  write('office-terms.json', `Terms of office. ${from}`, terms);
  write('agreements.json', `Treaties, agreements and declarations. ${from}`, agreements);
  write('places.json', `Countries, organisations, cities and regions named by the other records (geography, cited to each place's Wikipedia page). ${from}`, places.list());
}

main();
