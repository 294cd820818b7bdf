#!/usr/bin/env node
/**
 * Accuracy on real articles: runs factlint once over each part of `../shared/devset`
 * (labelled `docs/`, untouched `quiet/`, undated `dating/`), scores the output with the
 * devset's own scorers, prints one table and writes `eval-results.json`.
 *
 *     npm run eval                 # measure
 *     npm run eval -- --check      # also compare with eval-baseline.json (exit 1 on a regression)
 *     npm run eval -- --write-baseline   # make the current figures the baseline
 *     npm run eval -- --markdown   # also print the README's table of measured figures
 *     npm run eval -- --update-readme    # write that table into README.md (between its markers)
 *
 * The scorers are given a replay command instead of the CLI, so each folder is linted exactly
 * once and the figures, the findings read and the internal failures counted all come from the
 * same run. Plain JavaScript: it builds factlint first when dist/ is older than the sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEVSET = resolve(process.env.FACTLINT_DEVSET ?? join(ROOT, '..', 'shared', 'devset'));
const BASELINE = join(ROOT, 'eval-baseline.json');
const RESULTS = join(ROOT, 'eval-results.json');
const CLI = join(ROOT, 'bin', 'factlint.js');
const REPLAY = join(ROOT, 'scripts', 'eval-replay.mjs');

/** How far a figure may move before `--check` calls it a regression. */
const TOLERANCE = { precisionRecall: 0.02, quietPer100: 1 };

const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log('usage: npm run eval [-- --check | --write-baseline]');
  process.exit(0);
}

if (!existsSync(join(DEVSET, 'score.mjs'))) {
  console.log(`factlint eval: no devset at ${DEVSET} (expected ../shared/devset beside the project); nothing to measure.`);
  process.exit(0);
}

buildIfStale();
const work = mkdtempSync(join(tmpdir(), 'factlint-eval-'));
// Each rule is measured with every rule on, so rules that are off by default are measured too;
// the overall figures are those of the default configuration, what a user gets.
const EVERY_RULE = join(work, 'every-rule.json');
writeFileSync(EVERY_RULE, JSON.stringify({ extends: ['factlint:all'] }));
const labelled = measureLabelled(EVERY_RULE);
const recommended = measureLabelled();
const quiet = measureQuiet(EVERY_RULE);
const dating = measureDating();
const results = {
  measuredAt: new Date().toISOString(),
  devset: DEVSET,
  labelled,
  recommended: { overall: recommended.overall, internalFailures: recommended.internalFailures },
  quiet,
  dating,
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
console.log(`\nwritten: ${RESULTS}`);

if (args.has('--markdown')) console.log(`\n${markdownTable(results)}`);
if (args.has('--update-readme')) updateReadme(results);
if (args.has('--write-baseline')) {
  writeFileSync(BASELINE, `${JSON.stringify(baselineOf(results), null, 2)}\n`);
  console.log(`baseline written: ${BASELINE}`);
}
if (args.has('--check')) process.exit(check(results) ? 0 : 1);

// ---------------------------------------------------------------- running

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const built = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  const sources = Math.max(...['src', 'rules', 'scripts'].map((d) => newestMtime(join(ROOT, d))));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('factlint eval: building (dist/ is older than the sources) …');
  execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

/** Lints every file of a devset folder in one run (default configuration, or `config`) and keeps the JSON output. */
function lintFolder(name, filter, config) {
  const dir = join(DEVSET, name);
  const files = readdirSync(dir).filter(filter).sort().map((f) => join(dir, f));
  const started = process.hrtime.bigint();
  const configArgs = config ? ['--config', config] : [];
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', ...configArgs, ...files], { cwd: DEVSET, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1 && run.status !== 2) throw new Error(`factlint failed on ${name}/ (exit ${run.status}): ${run.stderr.slice(-800)}`);
  let output;
  try {
    output = JSON.parse(run.stdout);
  } catch {
    throw new Error(`factlint's output on ${name}/ is not JSON: ${run.stdout.slice(0, 300)} ${run.stderr.slice(-300)}`);
  }
  const saved = join(work, `${name}${config ? '-every-rule' : ''}.json`);
  writeFileSync(saved, run.stdout);
  return { saved, output, seconds, files: files.length, failures: internalFailures(output) };
}

/** Fatal messages: files that could not be linted, and factlint's own failures. */
function internalFailures(output) {
  return output.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => ({ file: r.filePath.split('/').pop(), message: m.message })));
}

/** Runs a devset scorer on a saved run (the replay command prints it back). */
function score(script, saved, extra = []) {
  const json = `${saved}.${script}.json`;
  const run = spawnSync(process.execPath, [join(DEVSET, script), '--cmd', `node ${JSON.stringify(REPLAY)} ${JSON.stringify(saved)}`, '--json', json, ...extra], { cwd: DEVSET, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (!existsSync(json)) throw new Error(`${script} failed (exit ${run.status}): ${run.stderr.slice(-800)}${run.stdout.slice(-800)}`);
  return { summary: run.stdout.trim().split('\n').pop(), data: JSON.parse(readFileSync(json, 'utf8')) };
}

function isArticle(file) {
  return /\.(md|markdown|html?|txt)$/.test(file);
}

function measureLabelled(config) {
  const run = lintFolder('docs', isArticle, config);
  const { summary, data } = score('score.mjs', run.saved);
  // `other` holds findings of rules outside the eight labelled categories: false positives only.
  const labelledCategories = Object.entries(data.perCategory).filter(([id]) => id !== 'other');
  const categories = Object.fromEntries(labelledCategories.map(([id, c]) => [id, round({ labels: c.labels, hits: c.hits, fp: c.fp, precision: c.precision, recall: c.recall })]));
  return {
    summary,
    overall: round({ precision: data.overall.precision, recall: data.overall.recall, f1: data.overall.f1, hits: data.overall.hits, labels: data.overall.labels, falsePositives: data.overall.falsePositives }),
    categories,
    otherFalsePositives: data.perCategory.other?.fp ?? 0,
    // Rules without labels of their own: every finding on docs/ counts against them.
    unlabelledFindings: countBy(data.falsePositives.filter((f) => !(f.ruleId in categories)).map((f) => f.ruleId ?? 'fatal')),
    files: run.files,
    seconds: round1(run.seconds),
    internalFailures: run.failures,
  };
}

function measureQuiet(config) {
  const run = lintFolder('quiet', isArticle, config);
  const { summary, data } = score('score-quiet.mjs', run.saved);
  const per100 = Object.fromEntries(Object.entries(data.perRule).sort().map(([id, count]) => [id, round1((100 * count) / data.n)]));
  return { summary, articles: data.n, per100, seconds: round1(run.seconds), internalFailures: run.failures };
}

function measureDating() {
  const answers = JSON.parse(readFileSync(join(DEVSET, 'dating', 'answers.json'), 'utf8'));
  const run = lintFolder('dating', (f) => f in answers);
  const { summary, data } = score('score-dating.mjs', run.saved);
  const n = data.n || 1;
  const c = data.counts;
  return {
    summary,
    articles: data.n,
    month: round(c.month / n),
    year: round(c.year / n),
    wrong: round(c.wrong / n),
    unknown: round(c.unknown / n),
    windowHolds: c.windows ? round(c.windowHolds / c.windows) : null,
    seconds: round1(run.seconds),
    internalFailures: run.failures,
  };
}

// ---------------------------------------------------------------- reporting

function countBy(keys) {
  const counts = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function round(object) {
  if (typeof object === 'number') return Math.round(object * 1000) / 1000;
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1000) / 1000 : v]));
}

function round1(x) {
  return Math.round(x * 10) / 10;
}

function printTable({ labelled, recommended, quiet, dating }) {
  console.log(`\nLabelled real articles (docs/, ${labelled.files} files, ${labelled.seconds} s), every rule on`);
  console.log('category             labels  hits    fp  precision  recall');
  for (const [id, c] of Object.entries(labelled.categories)) {
    console.log(`${id.padEnd(20)} ${String(c.labels).padStart(6)} ${String(c.hits).padStart(5)} ${String(c.fp).padStart(5)}  ${c.precision.toFixed(3).padStart(9)}  ${c.recall.toFixed(3).padStart(6)}`);
  }
  console.log(`other rules: ${labelled.otherFalsePositives} false positives`);
  console.log(`overall, every rule on:         precision ${labelled.overall.precision.toFixed(3)}, recall ${labelled.overall.recall.toFixed(3)}, f1 ${labelled.overall.f1.toFixed(3)}`);
  console.log(`overall, factlint:recommended:  precision ${recommended.overall.precision.toFixed(3)}, recall ${recommended.overall.recall.toFixed(3)}, f1 ${recommended.overall.f1.toFixed(3)}`);
  console.log(`\nUntouched articles (quiet/, ${quiet.articles} files, ${quiet.seconds} s): findings per 100 articles, every rule on`);
  const rules = Object.entries(quiet.per100);
  if (rules.length === 0) console.log('  none');
  for (const [id, per100] of rules) console.log(`  ${id.padEnd(22)} ${per100.toFixed(1)}`);
  console.log(`\nDating (dating/, ${dating.articles} files, ${dating.seconds} s): right to the month ${dating.month}, wrong ${dating.wrong}, unknown ${dating.unknown}${dating.windowHolds === null ? '' : `, window holds the date ${dating.windowHolds}`}`);
  const failures = allFailures({ labelled, recommended, quiet, dating });
  console.log(`\nInternal failures: ${failures.length}`);
  for (const f of failures.slice(0, 10)) console.log(`  ${f.file}: ${f.message}`);
}

/** The README's table: each labelled category's precision and recall, and quiet findings per 100 articles. */
function markdownTable({ labelled, quiet }) {
  const rows = Object.entries(labelled.categories).map(([id, c]) => {
    const precision = c.hits + c.fp === 0 ? '– (no finding)' : `${c.precision.toFixed(2)} (${c.hits}/${c.hits + c.fp})`;
    return `| \`${id}\` | ${precision} | ${c.recall.toFixed(2)} (${c.hits}/${c.labels}) | ${(quiet.per100[id] ?? 0).toFixed(1)} |`;
  });
  for (const [id, per100] of Object.entries(quiet.per100)) {
    if (!(id in labelled.categories)) rows.push(`| \`${id}\` | – (not labelled; ${labelled.unlabelledFindings[id] ?? 0} findings on docs/) | – | ${per100.toFixed(1)} |`);
  }
  return ['| rule | precision on docs/ | recall on docs/ | quiet/ findings per 100 articles |', '|---|---|---|---|', ...rows].join('\n');
}

function allFailures({ labelled, recommended, quiet, dating }) {
  return [...labelled.internalFailures, ...recommended.internalFailures, ...quiet.internalFailures, ...dating.internalFailures];
}

/** Replaces the measured table and the overall figures in README.md. */
function updateReadme(results) {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const table = /(<!-- eval-table:start -->\n)[\s\S]*?(\n<!-- eval-table:end -->)/;
  if (!table.test(readme)) throw new Error('README.md has no <!-- eval-table:start --> … <!-- eval-table:end --> markers');
  const { precision, recall } = results.recommended.overall;
  const { month, wrong, unknown, windowHolds } = results.dating;
  const updated = readme
    .replace(table, `$1${markdownTable(results)}$2`)
    .replace(/overall precision [\d.A-Z_]+, recall\s+[\d.A-Z_]+ on `docs\/`/, `overall precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} on \`docs/\``)
    .replace(
      /right to the month [\d.]+, wrong [\d.]+, unknown [\d.]+; the window holds the real date for [\d.]+/,
      `right to the month ${month.toFixed(3)}, wrong ${wrong.toFixed(3)}, unknown ${unknown.toFixed(3)}; the window holds the real date for ${windowHolds.toFixed(3)}`,
    );
  writeFileSync(path, updated);
  console.log('README.md: measured table updated');
}

/** The figures the baseline keeps: what `--check` compares. */
function baselineOf({ labelled, recommended, quiet, dating }) {
  return {
    note: 'Figures of main on ../shared/devset (npm run eval). Raise them with every change that improves them; never lower them to land a change.',
    labelled: Object.fromEntries(Object.entries(labelled.categories).map(([id, c]) => [id, { precision: c.precision, recall: c.recall }])),
    overall: { precision: recommended.overall.precision, recall: recommended.overall.recall },
    quietPer100: quiet.per100,
    dating: { month: dating.month, wrong: dating.wrong },
  };
}

function check(results) {
  if (!existsSync(BASELINE)) {
    console.log(`\ncheck: no ${BASELINE}; run npm run eval -- --write-baseline on main first.`);
    return false;
  }
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const current = baselineOf(results);
  const problems = [];
  for (const [id, base] of Object.entries(baseline.labelled)) {
    const now = current.labelled[id] ?? { precision: 0, recall: 0 };
    for (const measure of ['precision', 'recall']) {
      // A category with no finding has precision 0 by the scorer's convention; it cannot fall.
      if (now[measure] < base[measure] - TOLERANCE.precisionRecall) problems.push(`${id} ${measure} ${now[measure].toFixed(3)} < baseline ${base[measure].toFixed(3)}`);
    }
  }
  const ruleIds = new Set([...Object.keys(baseline.quietPer100), ...Object.keys(current.quietPer100)]);
  for (const id of ruleIds) {
    const base = baseline.quietPer100[id] ?? 0;
    const now = current.quietPer100[id] ?? 0;
    if (now > base + TOLERANCE.quietPer100) problems.push(`quiet ${id}: ${now.toFixed(1)} per 100 articles > baseline ${base.toFixed(1)}`);
  }
  if (baseline.dating) {
    if (current.dating.month < baseline.dating.month - TOLERANCE.precisionRecall) problems.push(`dating right to the month ${current.dating.month} < baseline ${baseline.dating.month}`);
    if (current.dating.wrong > baseline.dating.wrong + TOLERANCE.precisionRecall) problems.push(`dating wrong ${current.dating.wrong} > baseline ${baseline.dating.wrong}`);
  }
  const failures = allFailures(results).length;
  if (current.overall.precision < baseline.overall.precision - TOLERANCE.precisionRecall) problems.push(`overall precision (recommended) ${current.overall.precision} < baseline ${baseline.overall.precision}`);
  if (failures > 0) problems.push(`${failures} internal failure(s)`);
  if (problems.length === 0) {
    console.log('\ncheck: no regression against eval-baseline.json');
    return true;
  }
  console.log(`\ncheck: ${problems.length} regression(s) against eval-baseline.json:`);
  for (const p of problems) console.log(`  ✖ ${p}`);
  return false;
}
