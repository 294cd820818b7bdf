/**
 * Metadata shared by the Markdown and HTML loaders: front matter parsing and the
 * normalisation of publication dates to ISO `YYYY-MM-DD` (or `YYYY-MM` / `YYYY`).
 */
import { parse as parseYaml } from 'yaml';
import type { DocumentMetadata, MetadataSource } from './document.js';
import { isValidDay, monthNumber } from '../base/calendar.js';

/** Front matter keys, in order of preference, for each metadata field. */
const TITLE_KEYS = ['title', 'headline'];
const DATE_KEYS = ['date', 'published', 'publishDate', 'publish_date', 'pubDate', 'datePublished', 'date_published'];
const URL_KEYS = ['url', 'canonical', 'canonical_url', 'canonicalURL', 'canonicalUrl'];


/**
 * Parse YAML front matter into metadata. Malformed YAML yields no metadata rather than an
 * error: the article is still worth linting, and a date we cannot read is simply unknown.
 */
export function metadataFromYaml(yaml: string): DocumentMetadata {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  return metadataFromRecord(data as Record<string, unknown>, 'front-matter');
}

/** TOML front matter (`+++`): only flat `key = value` lines are read. */
export function metadataFromToml(toml: string): DocumentMetadata {
  const record: Record<string, unknown> = {};
  for (const line of toml.split(/\r\n?|\n/)) {
    if (/^\s*\[/.test(line)) break; // a table starts: top-level keys are over
    const m = TOML_KEY.exec(line);
    if (!m) continue;
    const value = tomlValue(m[2]);
    if (value !== undefined) record[m[1]] = value;
  }
  return metadataFromRecord(record, 'front-matter');
}

/** `key =` and the rest of the line (the value is read by hand: no pattern over it can backtrack). */
const TOML_KEY = /^\s*([A-Za-z_][\w-]*)\s*=(.*)$/;

/** A basic string (`"…"`, with escapes), a literal string (`'…'`), or a bare value up to a `#` comment. */
function tomlValue(rest: string): string | undefined {
  const text = rest.trim();
  if (text.startsWith('"')) {
    for (let i = 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return isComment(text.slice(i + 1)) ? text.slice(1, i) : undefined;
    }
    return undefined;
  }
  if (text.startsWith("'")) {
    const close = text.indexOf("'", 1);
    return close > 0 && isComment(text.slice(close + 1)) ? text.slice(1, close) : undefined;
  }
  const hash = text.indexOf('#');
  const value = (hash < 0 ? text : text.slice(0, hash)).trim();
  return value === '' ? undefined : value;
}

/** Nothing, or a comment, after a value. */
function isComment(after: string): boolean {
  const text = after.trim();
  return text === '' || text.startsWith('#');
}

function metadataFromRecord(record: Record<string, unknown>, source: MetadataSource): DocumentMetadata {
  const metadata: DocumentMetadata = {};
  const title = firstString(record, TITLE_KEYS);
  if (title) metadata.title = title;
  for (const key of DATE_KEYS) {
    const date = normaliseDate(record[key]);
    if (date) {
      metadata.date = date;
      metadata.dateSource = source;
      break;
    }
  }
  const url = firstString(record, URL_KEYS);
  if (url) {
    metadata.url = url;
    metadata.urlSource = source;
  }
  return metadata;
}

function firstString(record: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/**
 * A publication date as ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when only that is given).
 * A timestamp keeps the calendar date as written (`2019-01-22T23:30:00-05:00` → 2019-01-22):
 * that is the date in the publisher's own time zone, which is what the article means by
 * "today". Impossible dates (31 February) give undefined.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/.exec(text);
  if (iso) return isoFromParts(+iso[1], iso[2] ? +iso[2] : undefined, iso[3] ? +iso[3] : undefined);
  const compact = /^(\d{4})(\d{2})(\d{2})(?=$|T)/.exec(text);
  if (compact) return isoFromParts(+compact[1], +compact[2], +compact[3]);
  return dateFromWords(text);
}

/** "January 22, 2019", "22 Jan 2019", "Tue, 22 Jan 2019 09:00:00 GMT", "January 2019". */
function dateFromWords(text: string): string | undefined {
  const lower = text.toLowerCase().replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/, '');
  const monthFirst = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(lower);
  if (monthFirst) return withMonth(monthFirst[1], (month) => isoFromParts(+monthFirst[3], month, +monthFirst[2]));
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/.exec(lower);
  if (dayFirst) return withMonth(dayFirst[2], (month) => isoFromParts(+dayFirst[3], month, +dayFirst[1]));
  const monthYear = /^([a-z]{3,9})\.?,?\s+(\d{4})$/.exec(lower);
  if (monthYear) return withMonth(monthYear[1], (month) => isoFromParts(+monthYear[2], month));
  return undefined;
}

/** Only a real month name makes a date ("Marine 3, 2019" is not one). */
function withMonth(word: string, build: (month: number) => string | undefined): string | undefined {
  const month = monthNumber(word);
  return month === undefined ? undefined : build(month);
}

function isoFromParts(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 9999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  if (!isValidDay(year, month, day)) return undefined;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
