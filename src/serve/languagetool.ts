/**
 * LanguageTool's HTTP API (`POST /v2/check`, `GET /v2/languages`), so that clients written for
 * LanguageTool (editor plug-ins, browser add-ons, scripts) show factlint's findings when pointed
 * at this server. A request carries `text` (plain text) or `data` (LanguageTool's annotated
 * text: `{"annotation": [{"text": …}, {"markup": …, "interpretAs": …}]}`) and `language`; the
 * answer's `matches` carry `offset`/`length` in UTF-16 code units of what was sent (for `data`,
 * of the text and markup together, as LanguageTool counts them).
 */
import type { RuleMeta, RuleSetting } from '../index.js';
import type { ServedFinding } from './offsets.js';

export class LtRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LtRequestError';
  }
}

export interface LtCheckInput {
  /** The plain text factlint checks. */
  text: string;
  /** For annotated `data`: offset in what was sent of each character of `text`. */
  origin?: Int32Array;
  /** Length of what was sent (text and markup). */
  sentLength: number;
  language: string;
  /** Rule settings from `enabledRules`, `disabledRules`, `enabledOnly`. */
  rules: Record<string, RuleSetting>;
}

interface AnnotationPart {
  text?: unknown;
  markup?: unknown;
  interpretAs?: unknown;
}

const LANGUAGE = /^(auto|en(-[A-Za-z0-9]{2,8})*)$/i;

/** The fields of a `/v2/check` request (form fields or query parameters), checked. */
export function parseCheckRequest(fields: Record<string, unknown>, ruleIds: readonly string[]): LtCheckInput {
  const field = (name: string): string | undefined => {
    const value = fields[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new LtRequestError(`${name} must be given once, as text`);
    return value;
  };
  const language = field('language');
  if (language === undefined || language === '') throw new LtRequestError('language is required (factlint checks English: en-US, en-GB, en or auto)');
  if (!LANGUAGE.test(language)) throw new LtRequestError(`language "${language}" is not supported: factlint checks English (en-US, en-GB, en or auto)`);
  const text = field('text');
  const data = field('data');
  if (text !== undefined && data !== undefined) throw new LtRequestError('give text or data, not both');
  if (text === undefined && data === undefined) throw new LtRequestError('missing text or data: send the text to check in the form field "text" (plain) or "data" (annotated JSON)');
  const rules = ruleSettings(field('enabledRules'), field('disabledRules'), field('enabledOnly'), ruleIds);
  if (text !== undefined) return { text, sentLength: text.length, language, rules };
  return { ...parseAnnotatedText(data as string), language, rules };
}

function ruleSettings(enabled: string | undefined, disabled: string | undefined, enabledOnly: string | undefined, ruleIds: readonly string[]): Record<string, RuleSetting> {
  const list = (value: string | undefined) => (value ?? '').split(',').map((id) => id.trim()).filter((id) => ruleIds.includes(id));
  const rules: Record<string, RuleSetting> = {};
  const only = enabledOnly === 'true';
  if (only && !enabled) throw new LtRequestError('enabledOnly=true needs enabledRules');
  if (only) for (const id of ruleIds) rules[id] = 'off';
  for (const id of list(enabled)) rules[id] = 'warn';
  if (!only) for (const id of list(disabled)) rules[id] = 'off';
  return rules;
}

/** LanguageTool's annotated text: the checked text is the text parts plus what markup is interpreted as. */
export function parseAnnotatedText(data: string): Omit<LtCheckInput, 'language' | 'rules'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    throw new LtRequestError(`data is not valid JSON (${(error as Error).message})`);
  }
  const annotation = (parsed as { annotation?: unknown } | null)?.annotation;
  if (!Array.isArray(annotation)) throw new LtRequestError('data must be a JSON object {"annotation": [{"text": …}, {"markup": …}, …]}');
  const pieces: string[] = [];
  const origins: number[] = [];
  let sent = 0;
  annotation.forEach((part: AnnotationPart, i) => {
    const where = `data.annotation[${i}]`;
    if (part === null || typeof part !== 'object') throw new LtRequestError(`${where} must be an object with "text" or "markup"`);
    if (typeof part.text === 'string' && part.markup === undefined) {
      pieces.push(part.text);
      for (let k = 0; k < part.text.length; k++) origins.push(sent + k);
      sent += part.text.length;
    } else if (typeof part.markup === 'string' && part.text === undefined) {
      if (part.interpretAs !== undefined && typeof part.interpretAs !== 'string') throw new LtRequestError(`${where}.interpretAs must be text`);
      const as = (part.interpretAs as string | undefined) ?? '';
      pieces.push(as);
      for (let k = 0; k < as.length; k++) origins.push(sent);
      sent += part.markup.length;
    } else {
      throw new LtRequestError(`${where} must have a "text" or a "markup" string (not both)`);
    }
  });
  return { text: pieces.join(''), origin: Int32Array.from(origins), sentLength: sent };
}

export interface LtMatch {
  message: string;
  shortMessage: string;
  replacements: Array<{ value: string }>;
  offset: number;
  length: number;
  context: { text: string; offset: number; length: number };
  sentence: string;
  type: { typeName: string };
  rule: {
    id: string;
    description: string;
    issueType: string;
    category: { id: string; name: string };
    urls?: Array<{ value: string }>;
  };
  ignoreForIncompleteSentence: boolean;
  contextForSureMatch: number;
}

const CATEGORY_NAMES: Record<string, string> = {
  time: 'Dates and time',
  facts: 'Facts',
  quotes: 'Quotations',
  consistency: 'Consistency',
  general: 'General',
};

function toSent(input: LtCheckInput, offset: number, isEnd: boolean): number {
  if (!input.origin) return offset;
  if (isEnd) return offset <= 0 ? 0 : (input.origin[offset - 1] ?? input.sentLength - 1) + 1;
  return offset >= input.origin.length ? input.sentLength : input.origin[offset];
}

const CONTEXT = 40;

function contextOf(text: string, start: number, end: number): LtMatch['context'] {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const before = from > 0 ? '...' : '';
  const after = to < text.length ? '...' : '';
  const body = text.slice(from, to).replace(/[\r\n\t]/g, ' ');
  return { text: `${before}${body}${after}`, offset: before.length + start - from, length: end - start };
}

function sentenceOf(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

/** A replacement applies to the match's own range; a suggestion for a part of it is widened to it. */
function replacementsOf(finding: ServedFinding, text: string): Array<{ value: string }> {
  const { start, end } = finding.sourceSpan;
  const values: string[] = [];
  for (const s of finding.suggestions ?? []) {
    if (s.replacement === undefined) continue;
    const [from, to] = s.sourceRange ?? [start, end];
    if (from < start || to > end) continue;
    values.push(text.slice(start, from) + s.replacement + text.slice(to, end));
  }
  return [...new Set(values)].map((value) => ({ value }));
}

function shortMessageOf(finding: ServedFinding): string {
  if (finding.evidence?.actual && finding.evidence.actual.length <= 60) return finding.evidence.actual;
  return finding.ruleId.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** One LanguageTool match per finding, at the right place in what was sent. */
export function toMatches(findings: ServedFinding[], input: LtCheckInput, metas: ReadonlyMap<string, RuleMeta>): LtMatch[] {
  return findings.map((f) => {
    const meta = metas.get(f.ruleId);
    const { start, end } = f.sourceSpan;
    const offset = toSent(input, start, false);
    const sentEnd = Math.max(offset, toSent(input, end, true));
    const urls = (f.sources ?? []).map((s) => s.url).filter((u) => /^https?:\/\//i.test(u));
    const category = meta?.category ?? 'general';
    return {
      message: f.message,
      shortMessage: shortMessageOf(f),
      replacements: replacementsOf(f, input.text),
      offset,
      length: sentEnd - offset,
      context: contextOf(input.text, start, end),
      sentence: sentenceOf(input.text, start, end),
      type: { typeName: 'Other' },
      rule: {
        id: f.ruleId,
        description: meta?.description ?? f.ruleId,
        issueType: f.severity === 'error' ? 'inconsistency' : 'uncategorized',
        category: { id: `FACTLINT_${category.toUpperCase()}`, name: CATEGORY_NAMES[category] ?? category },
        ...(urls.length > 0 ? { urls: [...new Set(urls)].map((value) => ({ value })) } : {}),
      },
      ignoreForIncompleteSentence: false,
      contextForSureMatch: 0,
    };
  });
}

export function checkResponse(matches: LtMatch[], language: string, version: string): Record<string, unknown> {
  const code = /^en-/i.test(language) ? language : 'en-US';
  const name = code.toLowerCase() === 'en-gb' ? 'English (GB)' : code.toLowerCase() === 'en-us' ? 'English (US)' : 'English';
  return {
    software: { name: 'factlint', version, buildDate: null, apiVersion: 1, premium: false, status: '' },
    warnings: { incompleteResults: false },
    language: { name, code, detectedLanguage: { name, code, confidence: 1 } },
    matches,
  };
}

export const LANGUAGES = [
  { name: 'English', code: 'en', longCode: 'en' },
  { name: 'English (US)', code: 'en', longCode: 'en-US' },
  { name: 'English (GB)', code: 'en', longCode: 'en-GB' },
  { name: 'English (Australian)', code: 'en', longCode: 'en-AU' },
  { name: 'English (Canadian)', code: 'en', longCode: 'en-CA' },
];
