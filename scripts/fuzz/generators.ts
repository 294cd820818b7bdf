/**
 * Document generators for the fuzzer, each a function of a seeded PRNG, so that any failure
 * is reproduced by its seed and index. Classes: random bytes, random Unicode, mutations of the
 * example articles, a grammar of news sentences, hostile Markdown/HTML/text.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { globSync } from 'tinyglobby';
import { seededRandom } from '../bench.js';

export type Random = () => number;

/** The bench's seeded PRNG (mulberry32), so a failure names its seed and repeats. */
export const seeded: (seed: number) => Random = seededRandom;

export const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];

export interface Generated {
  name: string;
  /** Text, or raw bytes (decoded by factlint like a file). */
  content: string | Uint8Array;
  extension: '.md' | '.html' | '.txt';
}

const EXTENSIONS = ['.md', '.html', '.txt'] as const;

export function loadExamples(root: string): { text: string; extension: Generated['extension'] }[] {
  return globSync('corpus/examples/**/*.{md,html,txt}', { cwd: root, absolute: true })
    .sort()
    .map((path) => ({ text: readFileSync(path, 'utf8'), extension: extname(path) as Generated['extension'] }));
}

// ------------------------------------------------------------ random bytes and Unicode

export function randomBytes(r: Random): Generated {
  const bytes = new Uint8Array(int(r, 0, 3000));
  const mostlyText = r() < 0.7;
  for (let i = 0; i < bytes.length; i++) bytes[i] = mostlyText && r() < 0.9 ? int(r, 0x20, 0x7e) : int(r, 0, 255);
  return { name: 'bytes', content: bytes, extension: pick(r, EXTENSIONS) };
}

const RANGES: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff], [0x590, 0x6ff], [0x900, 0x97f],
  [0x2000, 0x206f], [0x2190, 0x22ff], [0x3000, 0x30ff], [0x4e00, 0x4fff], [0xfe00, 0xfe0f], [0xfff0, 0xfffd],
  [0x1f300, 0x1f6ff], [0x1f900, 0x1f9ff], [0xe0000, 0xe007f], [0x9, 0xd],
];

export function randomUnicode(r: Random): Generated {
  let text = '';
  const length = int(r, 0, 2000);
  for (let i = 0; i < length; i++) {
    if (r() < 0.15) text += pick(r, [' ', '\n', '\n\n', '“', '”', '"', "'", '.', ',', '<', '>', '*', '#', '[', ']', '(', ')', '-', '\r\n']);
    else {
      const [lo, hi] = pick(r, RANGES);
      text += String.fromCodePoint(int(r, lo, hi));
    }
  }
  // A lone surrogate now and then (not valid in UTF-8 files, but possible through the API).
  if (r() < 0.1) text += '\ud800';
  return { name: 'unicode', content: text, extension: pick(r, EXTENSIONS) };
}

// ------------------------------------------------------------ mutations of real articles

export function mutateExample(r: Random, examples: { text: string; extension: Generated['extension'] }[]): Generated {
  const base = pick(r, examples);
  let text = base.text;
  const steps = int(r, 1, 12);
  for (let s = 0; s < steps; s++) {
    const at = int(r, 0, text.length);
    const len = int(r, 0, Math.min(200, text.length - at));
    switch (int(r, 0, 7)) {
      case 0: text = text.slice(0, at) + text.slice(at + len); break; // delete
      case 1: text = text.slice(0, at) + text.slice(at, at + len).repeat(int(r, 2, 40)) + text.slice(at + len); break; // repeat
      case 2: text = text.slice(0, at) + pick(r, examples).text.slice(0, int(r, 0, 500)) + text.slice(at); break; // splice another
      case 3: text = text.slice(0, at) + String.fromCharCode(int(r, 0, 0x2fff)) + text.slice(at + 1); break; // replace a character
      case 4: text = text.slice(0, at) + pick(r, ['<div>', '</p>', '> ', '- ', '**', '[', '](', '“', '”', '"', '<!--', '-->', '\n\n', '|---|', '~~', '`']).repeat(int(r, 1, 60)) + text.slice(at); break;
      case 5: text = text.replace(/\b(19|20)\d\d\b/g, () => String(int(r, 1000, 2999))); break; // shift years
      case 6: text = text.replace(/\b\d{1,2}(?= [A-Z][a-z]+ \d{4})/g, () => String(int(r, 0, 40))); break; // impossible days
      default: text = text.toUpperCase(); break;
    }
  }
  return { name: 'mutation', content: text, extension: r() < 0.8 ? base.extension : pick(r, EXTENSIONS) };
}

// ------------------------------------------------------------ a grammar of news sentences

const PEOPLE = ['Shinzo Abe', 'Angela Merkel', 'Barack Obama', 'Theresa May', 'Vladimir Putin', 'Xi Jinping', 'Emmanuel Macron', 'Justin Trudeau', 'Narendra Modi', 'Pilar Ortega', 'Okafor', 'Abe', 'Merkel', 'Jacinda Ardern', 'Boris Johnson'];
const TITLES = ['Prime Minister', 'President', 'Chancellor', 'Foreign Minister', 'former President', 'then-Prime Minister', 'the mayor', 'Finance Minister'];
const COUNTRIES = ['Japan', 'Germany', 'the United States', 'Britain', 'Russia', 'China', 'France', 'Canada', 'India', 'Argentina', 'Italy'];
const CITIES = ['Osaka', 'Hamburg', 'Buenos Aires', 'Biarritz', 'Tokyo', 'Vienna', 'Da Nang', 'Lima', 'Brisbane', 'Cannes', 'Seoul', 'Toronto'];
const SERIES = ['G20 summit', 'G7 summit', 'APEC meeting', 'NATO summit', 'Group of Twenty summit', 'G-8 summit', 'ASEAN summit'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERBS = ['said', 'told Reuters', 'said on Tuesday', 'wrote', 'added', 'insisted', 'told reporters in Vienna', 'said in a statement'];
const QUOTES = ['We will not give up a single metre of our land', 'The economy is stronger than it has been for years', 'Nobody here has seen a season this bad', 'This agreement will change the region for a generation', 'We are ready to talk at any time'];

function date(r: Random): string {
  const d = int(r, 1, 31);
  const m = pick(r, MONTHS);
  const y = int(r, 1950, 2030);
  return pick(r, [`${pick(r, WEEKDAYS)}, ${d} ${m} ${y}`, `${m} ${d}, ${y}`, `${d} ${m}`, `${m} ${y}`, `${y}`, `last ${pick(r, WEEKDAYS)}`, `${int(r, 2, 40)} years ago`, `in ${y}`]);
}

function money(r: Random): string {
  return pick(r, [`$${int(r, 1, 999)} million`, `¥${int(r, 1, 90)} billion`, `€${int(r, 1, 900)},${int(r, 100, 999)}`, `about ${int(r, 1, 90)},000 people`, `more than ${int(r, 2, 90)} years`, `${int(r, 1, 99)} percent`, `3.5 million residents`]);
}

function sentence(r: Random): string {
  const person = pick(r, PEOPLE);
  const forms = [
    () => `${pick(r, TITLES)} ${person} attended the ${int(r, 1990, 2030)} ${pick(r, SERIES)} in ${pick(r, CITIES)} on ${date(r)}.`,
    () => `“${pick(r, QUOTES)},” ${person} ${pick(r, VERBS)}.`,
    () => `${person} ${pick(r, VERBS)}: “${pick(r, QUOTES)}.”`,
    () => `The ${pick(r, SERIES)} was held in ${pick(r, CITIES)}, ${pick(r, COUNTRIES)}, ${date(r)}, and cost ${money(r)}.`,
    () => `${pick(r, COUNTRIES)} signed the treaty in ${int(r, 1900, 2030)}, ${int(r, 1, 80)} years before ${pick(r, TITLES)} ${person} took office.`,
    () => `On ${date(r)}, ${money(r)} were affected, according to ${pick(r, ['The Japan Times', 'the BBC', 'officials', 'AP'])}.`,
    () => `Since ${int(r, 1950, 2025)}, ${person} has met ${pick(r, PEOPLE)} ${int(r, 1, 40)} times. See https://example.com/${int(r, 1990, 2030)}/${int(r, 1, 12)}/${int(r, 1, 31)}/story.`,
    () => `"${pick(r, QUOTES)}"`,
  ];
  return pick(r, forms)();
}

export function newsArticle(r: Random): Generated {
  const paragraphs = Array.from({ length: int(r, 1, 12) }, () => Array.from({ length: int(r, 1, 5) }, () => sentence(r)).join(' '));
  const extension = pick(r, EXTENSIONS);
  const dateLine = `${int(r, 1990, 2030)}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
  if (extension === '.md') return { name: 'news', extension, content: `---\ntitle: A report\ndate: ${dateLine}\n---\n\n# A report\n\n${paragraphs.join('\n\n')}\n` };
  if (extension === '.html') return { name: 'news', extension, content: `<html><head><meta property="article:published_time" content="${dateLine}"></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>` };
  return { name: 'news', extension, content: `${paragraphs.join('\n\n')}\n` };
}

// ------------------------------------------------------------ hostile input

export function hostile(r: Random): Generated {
  const n = int(r, 100, 6000);
  const s = sentence(r);
  const cases: [Generated['extension'], () => string][] = [
    ['.md', () => `${'>'.repeat(n)} ${s}`],
    ['.md', () => `${'- '.repeat(n)}${s}`],
    ['.md', () => Array.from({ length: Math.min(n, 400) }, (_, i) => `${'  '.repeat(i)}- ${s}`).join('\n')],
    ['.md', () => `${'*'.repeat(n)}${s}${'*'.repeat(n)}`],
    ['.md', () => `${'*a'.repeat(n)} ${s}`],
    ['.md', () => `~~x~~ ${']a'.repeat(n)} ${s}`],
    ['.md', () => `${'['.repeat(n)}${s}`],
    ['.md', () => `+++\ntitle = ${'\t'.repeat(n)}x\n+++\n\n${s}`],
    ['.md', () => `${'\t'.repeat(n)}|\n${s}`],
    ['.md', () => `${'<!--'.repeat(n)} ${s}`],
    ['.html', () => `${'<div>'.repeat(n)}<p>${s}</p>`],
    ['.html', () => `<p>${'<b><i>'.repeat(n)}${s}</p>`],
    ['.html', () => `<p>${'<q>'.repeat(Math.min(n, 2000))}${s}</p>`],
    ['.html', () => `<p>${'&amp;'.repeat(n)}${s}</p>`],
    ['.txt', () => `See https://example.com/a${pick(r, [',', '!', '.', ')', ',!'])!.repeat(n)} ${s}`],
    ['.txt', () => `${'“'.repeat(n)} ${s}`],
    ['.txt', () => Array.from({ length: Math.min(n, 80) }, () => `“${pick(r, QUOTES)},” ${pick(r, ['Okafor', 'Ortega', 'Smith'])} said, and`).join(' ') + ' that was all.'],
    ['.txt', () => `${s} `.repeat(Math.min(n, 300))],
    ['.txt', () => `${'word '.repeat(n)}\n`.repeat(3)],
    ['.txt', () => `${s}\n`.repeat(Math.min(n, 500))],
    ['.txt', () => `${'1,'.repeat(n)}000 people`],
    ['.txt', () => `${'0'.repeat(n)}1 people were there.`],
  ];
  const [extension, make] = pick(r, cases);
  return { name: 'hostile', content: make(), extension };
}

/** Random options valid by a rule's JSON schema (the common shapes: booleans, integers, enums, arrays of enums). */
export function randomOptions(r: Random, schema: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const options: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (r() < 0.4) continue;
    if (property.type === 'boolean') options[key] = r() < 0.5;
    else if (property.type === 'integer' || property.type === 'number') options[key] = int(r, (property.minimum as number | undefined) ?? 0, Math.min((property.maximum as number | undefined) ?? 1000, ((property.minimum as number | undefined) ?? 0) + 1000));
    else if (Array.isArray(property.enum)) options[key] = pick(r, property.enum);
    else if (property.type === 'array' && Array.isArray((property.items as { enum?: unknown[] } | undefined)?.enum)) {
      const values = (property.items as { enum: unknown[] }).enum;
      options[key] = values.filter(() => r() < 0.6);
    }
  }
  return options;
}
