/**
 * The HTTP API as clients meet it (fastify's inject: real routing, parsing, validation, error
 * handling; analyses in the test's own thread). Every endpoint, and every kind of bad request.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, lint } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { DEFAULT_OPTIONS, buildServer } from '../../src/serve/app.js';
import type { FactlintServer } from '../../src/serve/app.js';
import type { ServedResult } from '../../src/serve/offsets.js';

const WEEKDAYS_HTML = 'corpus/examples/time-weekdays.html';
const SUMMITS_MD = 'corpus/examples/facts-summit-places.md';
const PAIR = ['a.txt', 'b.txt'].map((name) => `corpus/examples/crossdoc/figure-conflict/${name}`);
const WRONG_WEEKDAY = 'On Wednesday, 15 March 2005, the accord was signed in Oslo.';

let server: FactlintServer;

beforeAll(async () => {
  server = buildServer({ ...DEFAULT_OPTIONS, workers: 0, timeoutMs: 20_000 });
  await server.ready();
});

afterAll(async () => {
  await server.close();
});

function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return server.app.inject({ method: 'POST', url, payload: payload as string, headers: { 'content-type': 'application/json', ...headers } });
}

function form(url: string, fields: Record<string, string>) {
  return server.app.inject({ method: 'POST', url, payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

async function cliJson(file: string): Promise<Array<{ messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }> }>> {
  let stdout = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: process.cwd(), color: false, readStdin: async () => '' };
  await main(['--format', 'json', file], io);
  return JSON.parse(stdout);
}

describe('the page and health', () => {
  it('serves the page with a strict Content-Security-Policy, and its script and style', async () => {
    const page = await server.app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.body).toContain('<textarea id="text"');
    // Nothing from elsewhere: no absolute URLs in the page's own markup.
    expect(page.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = await server.app.inject({ url: '/app.js' });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect((await server.app.inject({ url: '/style.css' })).headers['content-type']).toMatch(/^text\/css/);
  });

  it('never maps a request path to a file', async () => {
    for (const url of ['/../package.json', '/web/app.js', '/%2e%2e/package.json', '/index.html', '/etc/passwd']) {
      const response = await server.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ statusCode: 404, code: 'FACTLINT_NOT_FOUND' });
    }
  });

  it('GET /healthz reports the version and the queue', async () => {
    const response = await server.app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', version: expect.any(String), running: 0, queued: 0 });
  });

  it('GET /api/rules gives the metadata and docs of every rule', async () => {
    const { rules } = (await server.app.inject({ url: '/api/rules' })).json();
    expect(rules.map((r: { id: string }) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    for (const rule of rules) {
      expect(rule).toMatchObject({ description: expect.any(String), category: expect.any(String), defaultSeverity: expect.stringMatching(/warn|error/), docs: { url: expect.any(String) } });
    }
    expect(rules.find((r: { id: string }) => r.id === 'cross-doc-conflict').scope).toBe('project');
  });
});

describe('POST /api/lint, one document', () => {
  it('returns the library result, with each finding placed in the submitted text', async () => {
    const text = readFileSync(WEEKDAYS_HTML, 'utf8');
    const response = await post('/api/lint', { text, format: 'html', filename: 'time-weekdays.html' });
    expect(response.statusCode).toBe(200);
    const result: ServedResult = response.json();
    const library = await lint(text, { filePath: 'time-weekdays.html', config: { extends: ['factlint:recommended'] } });
    expect(result.findings.map(({ sourceSpan: _sourceSpan, ...f }) => f)).toEqual(JSON.parse(JSON.stringify(library.findings)));
    expect(result.documentDate).toEqual(library.documentDate);
    expect(result.findings.map((f) => text.slice(f.sourceSpan.start, f.sourceSpan.end))).toEqual(['Thursday', 'Wednesday, 15 March 2005']);
  });

  it('finds what the CLI finds in the same article', async () => {
    for (const file of [WEEKDAYS_HTML, SUMMITS_MD]) {
      const [cli] = await cliJson(file);
      const result: ServedResult = (await post('/api/lint', { text: readFileSync(file, 'utf8'), filename: file })).json();
      expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.message]), file)
        .toEqual(cli.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message]));
      expect(result.findings.length, file).toBeGreaterThan(0);
    }
  });

  const seeds = '../shared/seeds';
  it.skipIf(!existsSync(seeds))('finds what the CLI finds in each seed article', async () => {
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      const file = join(seeds, name);
      const [cli] = await cliJson(file);
      const result: ServedResult = (await post('/api/lint', { text: readFileSync(file, 'utf8'), filename: name })).json();
      expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.message]), name).toEqual(cli.messages.map((m) => [m.ruleId, m.line, m.column, m.message]));
    }
  });

  it('takes the article date and URL, and per-request rule settings', async () => {
    const dated = (await post('/api/lint', { text: WRONG_WEEKDAY, format: 'txt', date: '2005-03-20', url: 'https://news.example.org/2005/03/20/accord' })).json();
    expect(dated.documentDate).toMatchObject({ date: '2005-03-20', source: 'cli' });
    expect(dated.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('weekday-mismatch');
    const off = (await post('/api/lint', { text: WRONG_WEEKDAY, format: 'txt', rules: { 'weekday-mismatch': 'off' } })).json();
    expect(off.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('weekday-mismatch');
  });

  it('takes the format from the filename, and never reads the named file', async () => {
    const response = await post('/api/lint', { text: WRONG_WEEKDAY, filename: '../../package.json' });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.filePath).toBe('package.json');
    expect(result.findings[0].ruleId).toBe('weekday-mismatch');
    const markdown = (await post('/api/lint', { text: `# Title\n\n${WRONG_WEEKDAY}\n`, filename: 'C:\\drafts\\note.md' })).json();
    expect(markdown.filePath).toBe('note.md');
    expect(markdown.findings[0]).toMatchObject({ line: 3, column: 4 });
  });

  it('places findings exactly in text with CRLF line ends, a byte-order mark and characters outside the BMP', async () => {
    const text = '\ufeff# 😀 Notes\r\n\r\nA first line.\r\n𝒳 On Wednesday, 15 March 2005, the accord was signed.\r\n';
    const result: ServedResult = (await post('/api/lint', { text, format: 'md' })).json();
    const [finding] = result.findings;
    expect(text.slice(finding.sourceSpan.start, finding.sourceSpan.end)).toBe('Wednesday, 15 March 2005');
  });
});

describe('POST /api/lint, several documents', () => {
  it('lints them in one run: cross-document rules compare them', async () => {
    const documents = PAIR.map((file) => ({ text: readFileSync(file, 'utf8'), filename: file.split('/').pop() }));
    // cross-doc-conflict is in factlint:recommended; the request's own rule setting is applied on top of the server's.
    const response = await post('/api/lint', { documents, rules: { 'cross-doc-conflict': 'warn' } });
    expect(response.statusCode).toBe(200);
    const { results } = response.json() as { results: ServedResult[] };
    expect(results.map((r) => r.filePath)).toEqual(['a.txt', 'b.txt']);
    const conflicts = results[1].findings.filter((f) => f.ruleId === 'cross-doc-conflict');
    expect(conflicts.length).toBe(2);
    expect(conflicts[0].message).toContain('a.txt');
    expect(documents[1].text.slice(conflicts[0].sourceSpan.start, conflicts[0].sourceSpan.end)).toBe('some 2,500 residents');
  });

  it('names unnamed documents and gives each its own date', async () => {
    const { results } = (await post('/api/lint', { documents: [{ text: WRONG_WEEKDAY, date: '2005-03-20' }, { text: '# Draft\n\nNothing here.\n', format: 'md' }] })).json();
    expect(results.map((r: ServedResult) => r.filePath)).toEqual(['document-1.txt', 'document-2.md']);
    expect(results[0].documentDate).toMatchObject({ date: '2005-03-20', source: 'cli' });
  });

  it('keeps a document that cannot be linted as a fatal result beside the others', async () => {
    const { results } = (await post('/api/lint', { documents: [{ text: 'Fine text.' }, { text: 'bin\u0000ary\u0000data\u0000' }] })).json();
    expect(results[0].fatal).toBeUndefined();
    expect(results[1].fatal.message).toMatch(/binary/);
  });
});

describe('POST /api/explain', () => {
  it('gives the document date, its evidence and the dates of the text', async () => {
    const text = readFileSync('corpus/examples/time-inferred-correct.txt', 'utf8');
    const response = await post('/api/explain', { text, format: 'txt' });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.documentDate).toMatchObject({ source: 'inferred', earliest: '2023-03-17', latest: '2023-03-24', date: '2023-03-20' });
    expect(report.documentDate.evidence.length).toBeGreaterThan(0);
    expect(report.timeline.length).toBeGreaterThan(0);
  });
});

describe('POST /v2/check (LanguageTool)', () => {
  it('answers a LanguageTool client with matches at the right offsets', async () => {
    const text = '😀 Draft.\nThe accord was signed on Wednesday, 15 March 2005, in Oslo.';
    // The fields a LanguageTool client sends besides text and language are accepted and ignored.
    const response = await form('/v2/check', { text, language: 'en-US', enabledOnly: 'false', motherTongue: 'de-DE', level: 'picky', preferredVariants: 'en-US', username: 'me@example.org', apiKey: 'none' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ software: { apiVersion: 1 }, language: { code: 'en-US' } });
    expect(body.matches).toHaveLength(1);
    const [match] = body.matches;
    expect(text.substr(match.offset, match.length)).toBe('Wednesday, 15 March 2005');
    expect(match).toMatchObject({
      message: expect.stringContaining('Tuesday'),
      shortMessage: expect.any(String),
      replacements: [{ value: 'Tuesday, 15 March 2005' }],
      rule: { id: 'weekday-mismatch', description: expect.any(String), category: { id: 'FACTLINT_TIME', name: expect.any(String) } },
    });
    expect(match.context.text.substr(match.context.offset, match.context.length)).toBe('Wednesday, 15 March 2005');
  });

  it('counts offsets in annotated data over text and markup together, as LanguageTool does', async () => {
    const annotation = [
      { markup: '<p>', interpretAs: '\n\n' },
      { text: 'The accord was signed on ' },
      { markup: '<b>' },
      { text: 'Wednesday' },
      { markup: '</b>' },
      { text: ', 15 March 2005, in Oslo.' },
      { markup: '</p>' },
    ];
    const sent = annotation.map((a) => a.text ?? a.markup).join('');
    const { matches } = (await form('/v2/check', { data: JSON.stringify({ annotation }), language: 'en-GB' })).json();
    expect(matches).toHaveLength(1);
    expect(sent.substr(matches[0].offset, matches[0].length)).toBe('Wednesday</b>, 15 March 2005');
  });

  it('honours disabledRules, answers GET, and lists its languages', async () => {
    const disabled = (await form('/v2/check', { text: WRONG_WEEKDAY, language: 'auto', disabledRules: 'weekday-mismatch,SOME_LT_RULE' })).json();
    expect(disabled.matches).toEqual([]);
    const viaGet = await server.app.inject({ url: `/v2/check?language=en&text=${encodeURIComponent(WRONG_WEEKDAY)}` });
    expect(viaGet.json().matches).toHaveLength(1);
    const languages = (await server.app.inject({ url: '/v2/languages' })).json();
    expect(languages).toContainEqual({ name: 'English (US)', code: 'en', longCode: 'en-US' });
  });

  it('refuses requests LanguageTool refuses, with a message', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ text: 'x' }, /language is required/],
      [{ text: 'x', language: 'de-DE' }, /not supported/],
      [{ language: 'en-US' }, /missing text or data/],
      [{ text: 'x', data: '{}', language: 'en-US' }, /not both/],
      [{ data: '{not json', language: 'en-US' }, /not valid JSON/],
      [{ data: '{"annotation":[{"text":1}]}', language: 'en-US' }, /annotation\[0\]/],
    ];
    for (const [fields, message] of cases) {
      const response = await form('/v2/check', fields);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.json().message).toMatch(message);
    }
  });
});

describe('bad requests get a JSON error with a clear message', () => {
  const cases: Array<[string, () => ReturnType<typeof post>, number, RegExp]> = [
    ['invalid JSON', () => post('/api/lint', '{"text": '), 400, /not valid JSON/],
    ['an empty body', () => post('/api/lint', ''), 400, /empty/],
    ['a JSON array', () => post('/api/lint', '[]'), 400, /must be an object/],
    ['an unknown field', () => post('/api/lint', { text: 'x', colour: 'red' }), 400, /unknown field "colour"/],
    ['an unknown format', () => post('/api/lint', { text: 'x', format: 'docx' }), 400, /format must be one of "md", "html", "txt"/],
    ['an empty text', () => post('/api/lint', { text: '' }), 400, /text must not be empty/],
    ['a text that is not a string', () => post('/api/lint', { text: 42 }), 400, /text must be a string/],
    ['neither text nor documents', () => post('/api/lint', { format: 'md' }), 400, /either "text".*or "documents"/],
    ['both text and documents', () => post('/api/lint', { text: 'x', documents: [{ text: 'y' }] }), 400, /not both/],
    ['a document without text', () => post('/api/lint', { documents: [{ format: 'md' }] }), 400, /documents\.0 is missing the field "text"/],
    ['a date not written YYYY-MM-DD', () => post('/api/lint', { text: 'x', date: '20 May 2024' }), 400, /date must be a date written YYYY-MM-DD/],
    ['a date that is no day', () => post('/api/lint', { text: 'x', date: '2023-02-29' }), 422, /2023-02-29 is not a day/],
    ['a URL that is not http(s)', () => post('/api/lint', { text: 'x', url: 'file:///etc/passwd' }), 422, /absolute http\(s\) URL/],
    ['an unknown rule', () => post('/api/lint', { text: 'x', rules: { 'no-such-rule': 'error' } }), 422, /rules\.no-such-rule: unknown rule "no-such-rule" \(see GET \/api\/rules\)/],
    ['a bad severity', () => post('/api/lint', { text: 'x', rules: { 'weekday-mismatch': 'loud' } }), 400, /rules\.weekday-mismatch/],
    ['two documents with one name', () => post('/api/lint', { documents: [{ text: 'x', filename: 'a.md' }, { text: 'y', filename: 'b/a.md' }] }), 422, /two documents are named "a\.md"/],
    ['a text that is only whitespace', () => post('/api/lint', { text: '   \n' }), 422, /cannot be linted: is empty/],
    ['a binary text', () => post('/api/lint', { text: 'a\u0000b\u0000c\u0000' }), 422, /binary/],
    ['explain without text', () => post('/api/explain', { format: 'md' }), 400, /missing the field "text"/],
    ['text/plain', () => post('/api/lint', 'On Wednesday...', { 'content-type': 'text/plain' }), 415, /Content-Type/],
    ['no Content-Type', () => server.app.inject({ method: 'POST', url: '/api/lint', payload: Buffer.from('{"text":"x"}') }), 415, /Content-Type/],
    ['a body over 1 MB', () => post('/api/lint', { text: 'word '.repeat(220_000) }), 413, /larger than the server's limit of 1048576 bytes/],
    ['too many documents', () => post('/api/lint', { documents: Array.from({ length: DEFAULT_OPTIONS.maxDocuments + 1 }, () => ({ text: 'x' })) }), 413, /51 documents in one request; the server's limit is 50/],
    ['a GET to a POST endpoint', () => server.app.inject({ method: 'GET', url: '/api/lint' }), 404, /no such endpoint: GET \/api\/lint/],
  ];
  for (const [name, send, status, message] of cases) {
    it(`${name} → ${status}`, async () => {
      const response = await send();
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json();
      expect(body).toMatchObject({ statusCode: status, error: expect.any(String), code: expect.any(String) });
      expect(body.message).toMatch(message);
    });
  }
});

describe('CORS', () => {
  it('is off unless an origin is allowed with --cors', async () => {
    const preflight = { method: 'OPTIONS' as const, url: '/api/lint', headers: { origin: 'https://cms.example.org', 'access-control-request-method': 'POST' } };
    const closed = await server.app.inject(preflight);
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    const open = buildServer({ ...DEFAULT_OPTIONS, workers: 0, cors: ['https://cms.example.org'] });
    try {
      const allowed = await open.app.inject(preflight);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://cms.example.org');
      const health = await open.app.inject({ url: '/healthz', headers: { origin: 'https://cms.example.org' } });
      expect(health.headers['access-control-allow-origin']).toBe('https://cms.example.org');
    } finally {
      await open.close();
    }
  });
});
