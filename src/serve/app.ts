/**
 * `factlint serve`: the HTTP API and the page, on fastify (requests validated against JSON
 * Schema by ajv). Every analysis goes through one `Limiter` (bounded concurrency, bounded queue,
 * a time budget per request) into the `Executor` (worker threads by default).
 *
 *   GET  /                 the page (web/)
 *   GET  /healthz          {status, version, workers, running, queued}
 *   GET  /api/rules        metadata and docs of every rule
 *   POST /api/lint         {text, format, filename?, date?, url?, rules?} → the library's FileResult
 *                          {documents: [...], rules?} → {results: [...]} (cross-document rules across them)
 *   POST /api/explain      {text, format, filename?, date?, url?} → the document date, its evidence, the dates
 *   POST /v2/check         LanguageTool's API (form fields text|data, language) → {matches: [...]}
 *   GET  /v2/languages     LanguageTool's language list (English)
 *
 * Errors are JSON `{statusCode, error, code, message}`: 400 malformed, 413 too large or too many
 * documents, 415 wrong Content-Type, 422 well formed but impossible (a date that is no day, an
 * unknown rule, a text that cannot be linted), 503 busy or over the time budget (Retry-After).
 */
import { basename, extname } from 'node:path';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import { builtinRules } from '../index.js';
import type { Format, RuleMeta, RuleSetting } from '../index.js';
import { createExecutor } from './executor.js';
import { HttpError, sendError, toHttpError } from './http-errors.js';
import type { Executor } from './executor.js';
import { Limiter } from './limiter.js';
import { LANGUAGES, checkResponse, parseCheckRequest, toMatches } from './languagetool.js';
import { packageVersion } from '../base/package-root.js';
import { PAGE_CSP, loadStaticFiles } from './static.js';
import type { Task, TaskDocument, TaskResult, TaskSetup } from './tasks.js';
import type { ServeOptions } from './options.js';

export { DEFAULT_OPTIONS } from './options.js';
export { HttpError } from './http-errors.js';
export type { ServeOptions } from './options.js';

export interface FactlintServer {
  app: FastifyInstance;
  limiter: Limiter;
  executor: Executor;
  /** Waits until every worker has loaded factlint (the first request is then not slow). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const FORMATS: Record<string, Format> = { md: 'markdown', html: 'html', txt: 'text' };
const EXTENSIONS: Record<Format, string> = { markdown: '.md', html: '.html', text: '.txt' };
const FORMAT_BY_EXTENSION: Record<string, Format> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.txt': 'text' };

// ------------------------------------------------------------------------- schemas

const documentProperties = {
  text: { type: 'string', minLength: 1 },
  format: { type: 'string', enum: Object.keys(FORMATS) },
  filename: { type: 'string', minLength: 1, maxLength: 255 },
  date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  url: { type: 'string', minLength: 1, maxLength: 2048 },
} as const;

const rulesSchema = {
  type: 'object',
  maxProperties: 200,
  additionalProperties: {
    anyOf: [
      { enum: ['off', 'warn', 'error', 0, 1, 2] },
      { type: 'array', minItems: 1, maxItems: 2 },
    ],
  },
} as const;

const lintBodySchema = {
  type: 'object',
  properties: {
    ...documentProperties,
    documents: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['text'], properties: documentProperties, additionalProperties: false },
    },
    rules: rulesSchema,
  },
  additionalProperties: false,
} as const;

const explainBodySchema = {
  type: 'object',
  required: ['text'],
  properties: documentProperties,
  additionalProperties: false,
} as const;

interface DocumentBody {
  text: string;
  format?: string;
  filename?: string;
  date?: string;
  url?: string;
}

interface LintBody extends Partial<DocumentBody> {
  documents?: DocumentBody[];
  rules?: Record<string, RuleSetting>;
}

// ------------------------------------------------------------------------- requests → tasks

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A request's document as a task's: the filename only names it (format by extension). */
function taskDocument(body: DocumentBody, index: number, where: string): TaskDocument {
  const last = body.filename?.replace(/\\/g, '/').split('/').pop() ?? '';
  const name = [...last].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('').trim();
  const byExtension = name ? FORMAT_BY_EXTENSION[extname(name).toLowerCase()] : undefined;
  const format: Format = body.format ? FORMATS[body.format] : byExtension ?? 'text';
  if (body.date !== undefined && !isCalendarDate(body.date)) throw new HttpError(422, `${where}.date: ${body.date} is not a day of the calendar`, 'FACTLINT_INVALID_DATE');
  if (body.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(body.url)) throw new HttpError(422, `${where}.url must be an absolute http(s) URL`, 'FACTLINT_INVALID_URL');
  return {
    text: body.text,
    filePath: name ? basename(name) : `document-${index + 1}${EXTENSIONS[format]}`,
    format,
    ...(body.date ? { date: body.date } : {}),
    ...(body.url ? { url: body.url } : {}),
  };
}

// ------------------------------------------------------------------------- the server

export function buildServer(options: ServeOptions, injected: { executor?: Executor } = {}): FactlintServer {
  const setup: TaskSetup = { configFile: options.configFile, kb: options.kb, cwd: options.cwd };
  const executor = injected.executor ?? createExecutor(setup, { workers: options.workers, workerMemoryMb: options.workerMemoryMb });
  const limiter = new Limiter(Math.max(1, executor.threads), options.maxQueue);
  const version = packageVersion();
  const metas = new Map<string, RuleMeta>(builtinRules.map((r) => [r.meta.id, r.meta]));
  const ruleIds = [...metas.keys()];
  const files = loadStaticFiles();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit,
    // A client that trickles its request in is cut off instead of holding a connection forever.
    requestTimeout: Math.max(30_000, options.timeoutMs + 10_000),
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });

  // JSON for the API, form fields for LanguageTool's; anything else (text/plain too) is a 415.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    const fields: Record<string, string | string[]> = {};
    for (const [key, value] of new URLSearchParams(body as string)) {
      const previous = fields[key];
      fields[key] = previous === undefined ? value : ([] as string[]).concat(previous, value);
    }
    done(null, fields);
  });

  if (options.cors?.length) {
    void app.register(cors, { origin: options.cors.length === 1 ? options.cors[0] : options.cors, methods: ['GET', 'POST'] });
  }

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = toHttpError(error, options, limiter);
    if (mapped.status >= 500 && mapped.status !== 503) request.log.error(error);
    if (mapped.retryAfter !== undefined) reply.header('retry-after', String(mapped.retryAfter));
    return sendError(reply, mapped.status, mapped.code, mapped.message);
  });

  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'FACTLINT_NOT_FOUND', `no such endpoint: ${request.method} ${request.url.split('?')[0]}`));

  const run = async (task: Task): Promise<Extract<TaskResult, { ok: true }>> => {
    const result = await limiter.run((signal) => executor.run(task, signal), options.timeoutMs);
    if (!result.ok) throw new HttpError(result.status, result.message, 'FACTLINT_UNPROCESSABLE');
    return result;
  };

  // ---------------------------------------------------------------- page
  for (const file of files) {
    app.get(file.path, async (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      if (file.contentType.startsWith('text/html')) reply.header('content-security-policy', PAGE_CSP);
      return reply.type(file.contentType).send(file.body);
    });
  }

  // ---------------------------------------------------------------- API
  app.get('/healthz', async () => ({ status: 'ok', version, workers: executor.threads, ...limiter.stats() }));

  app.get('/api/rules', async () => ({
    rules: builtinRules.map(({ meta, scope }) => ({
      id: meta.id,
      description: meta.description,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      recommended: meta.recommended,
      fixable: meta.fixable,
      scope: scope ?? 'document',
      schema: meta.schema,
      defaultOptions: meta.defaultOptions,
      docs: meta.docs,
    })),
  }));

  app.post<{ Body: LintBody }>('/api/lint', { schema: { body: lintBodySchema } }, async (request) => {
    const body = request.body;
    const single = body.text !== undefined;
    if (single === (body.documents !== undefined)) throw new HttpError(400, 'give either "text" (one document) or "documents" (several), not both and not neither');
    if (!single && (['format', 'filename', 'date', 'url'] as const).some((k) => body[k] !== undefined)) {
      throw new HttpError(400, 'with "documents", give format, filename, date and url inside each document');
    }
    if (body.documents && body.documents.length > options.maxDocuments) {
      throw new HttpError(413, `${body.documents.length} documents in one request; the server's limit is ${options.maxDocuments}`, 'FACTLINT_TOO_MANY_DOCUMENTS');
    }
    const documents = single ? [taskDocument(body as DocumentBody, 0, 'body')] : (body.documents as DocumentBody[]).map((d, i) => taskDocument(d, i, `body.documents[${i}]`));
    const seen = new Set<string>();
    for (const d of documents) {
      if (seen.has(d.filePath)) throw new HttpError(422, `two documents are named "${d.filePath}"; give each a different filename`, 'FACTLINT_DUPLICATE_NAME');
      seen.add(d.filePath);
    }
    const result = await run({ op: 'lint', documents, rules: body.rules });
    if (result.op !== 'lint') throw new Error('unexpected task result');
    if (!single) return { results: result.results };
    const [only] = result.results;
    if (only.fatal) throw new HttpError(422, `the text cannot be linted: ${only.fatal.message}`, 'FACTLINT_UNLINTABLE');
    return only;
  });

  app.post<{ Body: DocumentBody }>('/api/explain', { schema: { body: explainBodySchema } }, async (request) => {
    const result = await run({ op: 'explain', document: taskDocument(request.body, 0, 'body') });
    if (result.op !== 'explain') throw new Error('unexpected task result');
    if (result.report.fatal) throw new HttpError(422, `the text cannot be read: ${result.report.fatal.message}`, 'FACTLINT_UNLINTABLE');
    return result.report;
  });

  // ---------------------------------------------------------------- LanguageTool
  const check = async (request: FastifyRequest) => {
    const fields = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | undefined;
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw new HttpError(400, 'send the form fields text (or data) and language');
    const input = parseCheckRequest(fields, ruleIds);
    if (input.text.trim() === '') return checkResponse([], input.language, version);
    const result = await run({ op: 'lint', documents: [{ text: input.text, filePath: 'languagetool.txt', format: 'text' }], rules: input.rules });
    if (result.op !== 'lint') throw new Error('unexpected task result');
    const [only] = result.results;
    if (only.fatal) throw new HttpError(422, `the text cannot be checked: ${only.fatal.message}`, 'FACTLINT_UNLINTABLE');
    return checkResponse(toMatches(only.findings, input, metas), input.language, version);
  };
  app.post('/v2/check', check);
  app.get('/v2/check', check);
  app.get('/v2/languages', async () => LANGUAGES);

  return {
    app,
    limiter,
    executor,
    ready: () => executor.warmUp(),
    async close() {
      await app.close();
      await executor.close();
    },
  };
}
