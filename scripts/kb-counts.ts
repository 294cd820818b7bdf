/**
 * Prints the counts of the shipped knowledge base per category and per decade, as the
 * Markdown tables of `corpus/kb/README.md`:
 *
 *     npx tsc -p tsconfig.build.json && node dist/scripts/kb-counts.js
 */
import { KnowledgeBase } from '../src/kb/knowledge-base.js';
import type { KbRecord } from '../src/kb/types.js';

const kb = KnowledgeBase.load([], { includeDefault: true });
const DECADES = ['before 1990', '1990s', '2000s', '2010s', '2020s'];

function decadeOf(date: string | null | undefined): string {
  const year = Number((date ?? '').slice(0, 4));
  if (!year || year < 1990) return 'before 1990';
  return `${Math.floor(year / 10) * 10}s`;
}

function table(title: string, rows: Map<string, KbRecord[]>, dateOf: (r: KbRecord) => string | null | undefined): string {
  const lines = [`| ${title} | ${DECADES.join(' | ')} | total |`, `|---|${DECADES.map(() => '---:').join('|')}|---:|`];
  const totals = DECADES.map(() => 0);
  for (const [category, records] of [...rows].sort((a, b) => b[1].length - a[1].length)) {
    const counts = DECADES.map((d) => records.filter((r) => decadeOf(dateOf(r)) === d).length);
    counts.forEach((c, i) => (totals[i] += c));
    lines.push(`| ${category} | ${counts.join(' | ')} | ${records.length} |`);
  }
  lines.push(`| **total** | ${totals.map((t) => `**${t}**`).join(' | ')} | **${totals.reduce((a, b) => a + b, 0)}** |`);
  return lines.join('\n');
}

function group<T extends KbRecord>(records: T[], key: (r: T) => string): Map<string, KbRecord[]> {
  const map = new Map<string, KbRecord[]>();
  for (const r of records) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

const ROLE_NAMES: Record<string, string> = {
  head_of_state: 'heads of state', head_of_government: 'heads of government', head_of_state_and_government: 'heads of state and government',
  foreign_minister: 'foreign ministers', finance_minister: 'finance ministers', secretary_general: 'secretaries-general (UN, NATO)',
  chair: 'EU presidents (Council, Parliament)', spokesperson: 'spokespeople',
};

console.log(`Terms of office by role, per decade of the term's start (${kb.officeTerms.length}; ${new Set(kb.officeTerms.map((t) => t.country)).size} countries and organisations; ${kb.officeTerms.filter((t) => t.acting).length} acting, ${kb.officeTerms.filter((t) => t.disputed).length} disputed):\n`);
console.log(table('role', group(kb.officeTerms, (t) => ROLE_NAMES[t.role] ?? (t.role || 'other')), (r) => (r.kind === 'office-term' ? r.start : null)));
console.log(`\nSummits and meetings by series, per decade (${kb.events.length}):\n`);
console.log(table('series', group(kb.events, (e) => e.series), (r) => (r.kind === 'event' ? r.start ?? String(r.year) : null)));
const agreements = kb.agreements;
console.log(`\nTreaties and agreements, per decade of signature or adoption (${agreements.length}; ${agreements.filter((a) => a.signed && a.inForce).length} with both signing and entry-into-force dates):\n`);
console.log(table('kind', group(agreements, (a) => (a.inForce ? 'entered into force' : 'not (yet) in force, or not applicable')), (r) => (r.kind === 'agreement' ? r.signed ?? r.adopted : null)));
const all = [...kb.events, ...kb.agreements, ...kb.officeTerms];
const host = (url: string): string => new URL(url).hostname;
console.log(`\nMain sources (${all.length} records): ${all.filter((r) => host(r.source) === 'www.wikidata.org').length} Wikidata items, ${all.filter((r) => host(r.source).endsWith('wikipedia.org')).length} Wikipedia articles, ${all.filter((r) => /^News report/.test(r.sourceNote ?? '')).length} news reports (said so in the record), ${all.filter((r) => /series' encyclopedia article/.test(r.sourceNote ?? '')).length} series articles (said so), the rest official pages and reference works.`);
