/** `factlint serve`: the HTTP API and the web page, until interrupted. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseCommandArgs } from '../cli/command.js';
import type { CliIO, Command } from '../cli/command.js';
import { DEFAULT_OPTIONS } from './options.js';
import type { ServeOptions } from './options.js';

const USAGE = `Usage: factlint serve [options]

Starts an HTTP server with factlint's API and a web page for editors and classrooms.
Open http://127.0.0.1:8080/ in a browser, or POST to /api/lint, /api/explain or /v2/check
(LanguageTool's API). Stop it with Ctrl-C.

Options:
      --host HOST          Address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface)
      --port N             Port (default: 8080; 0 picks a free one)
  -c, --config FILE        Configuration file for every request (default: the recommended rules)
      --kb PATH            Extra knowledge-base file or folder (repeatable)
      --cors ORIGIN        Let pages from ORIGIN call the API (repeatable; default: no CORS)
      --workers N          Analyses run in N worker threads at once (default: cores, at most 4; 0: in this thread)
      --queue N            Requests that may wait for a worker before 503 (default: ${DEFAULT_OPTIONS.maxQueue})
      --timeout MS         Time budget of one request, waiting included (default: ${DEFAULT_OPTIONS.timeoutMs})
      --max-body BYTES     Largest request body (default: ${DEFAULT_OPTIONS.bodyLimit}, 1 MB)
      --max-documents N    Most documents in one request (default: ${DEFAULT_OPTIONS.maxDocuments})
      --log                Log every request (JSON lines on standard output)
  -h, --help               Show this help
`;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  config: { type: 'string', short: 'c' },
  kb: { type: 'string', multiple: true },
  cors: { type: 'string', multiple: true },
  workers: { type: 'string' },
  queue: { type: 'string' },
  timeout: { type: 'string' },
  'max-body': { type: 'string' },
  'max-documents': { type: 'string' },
  log: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class ServeUsageError extends Error {}

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new ServeUsageError(`--${name} expects a whole number from ${min} to ${max}, got "${value}"`);
  return Number(value);
}

export function serveOptions(values: Record<string, string | string[] | boolean | undefined>, cwd: string): ServeOptions {
  const str = (name: string) => values[name] as string | undefined;
  const list = (name: string) => ((values[name] as string[] | undefined) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const origin of list('cors')) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/i.test(origin)) throw new ServeUsageError(`--cors expects an origin such as https://cms.example.org, got "${origin}"`);
  }
  for (const path of [str('config'), ...list('kb')]) {
    if (path !== undefined && !existsSync(resolve(cwd, path))) throw new ServeUsageError(`${path}: no such file or folder`);
  }
  return {
    ...DEFAULT_OPTIONS,
    host: str('host') ?? DEFAULT_OPTIONS.host,
    port: wholeNumber('port', str('port'), DEFAULT_OPTIONS.port, 0, 65535),
    configFile: str('config') ? resolve(cwd, str('config') as string) : undefined,
    kb: list('kb').map((p) => resolve(cwd, p)),
    cors: list('cors'),
    workers: wholeNumber('workers', str('workers'), Math.min(4, Math.max(1, availableParallelism())), 0, 64),
    maxQueue: wholeNumber('queue', str('queue'), DEFAULT_OPTIONS.maxQueue, 0, 100_000),
    timeoutMs: wholeNumber('timeout', str('timeout'), DEFAULT_OPTIONS.timeoutMs, 100, 600_000),
    bodyLimit: wholeNumber('max-body', str('max-body'), DEFAULT_OPTIONS.bodyLimit, 1024, 100 * 1024 * 1024),
    maxDocuments: wholeNumber('max-documents', str('max-documents'), DEFAULT_OPTIONS.maxDocuments, 1, 10_000),
    logger: Boolean(values.log),
    cwd,
  };
}

/** Resolves when the server has stopped (SIGINT or SIGTERM). */
async function serveUntilStopped(options: ServeOptions, io: CliIO): Promise<number> {
  // Loaded only when serving, so that other commands do not pay for fastify and the pool.
  const { buildServer } = await import('./app.js');
  const server = buildServer(options);
  try {
    // Listen first, so that a port in use is said at once; requests wait for the warm-up.
    const address = await server.app.listen({ host: options.host, port: options.port });
    await server.ready();
    const workers = server.executor.threads;
    io.stdout(`factlint serve: listening on ${address}/ (${workers === 0 ? 'analyses in the server thread' : `${workers} worker thread${workers === 1 ? '' : 's'}`}); Ctrl-C stops it\n`);
  } catch (error) {
    await server.close().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EADDRINUSE' ? `${options.host}:${options.port} is already in use; choose another --port`
      : code === 'EACCES' ? `not allowed to listen on ${options.host}:${options.port}; choose a port above 1023`
        : (error as Error).message;
    io.stderr(`factlint serve: ${message.replace(/^factlint serve: /, '')}\n`);
    return 2;
  }
  return new Promise<number>((resolveExit) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stderr('factlint serve: stopping\n');
      server.close().then(() => resolveExit(0), () => resolveExit(1));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the HTTP API (also LanguageTool-compatible) and the web page',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs('serve', USAGE, args, OPTIONS, io);
    if (typeof parsed === 'number') return parsed;
    if (parsed.positionals.length > 0) {
      io.stderr(`factlint serve: unexpected argument "${parsed.positionals[0]}"\n${USAGE}`);
      return 2;
    }
    let options: ServeOptions;
    try {
      options = serveOptions(parsed.values, io.cwd);
    } catch (error) {
      if (!(error instanceof ServeUsageError)) throw error;
      io.stderr(`factlint serve: ${error.message}\n${USAGE}`);
      return 2;
    }
    return serveUntilStopped(options, io);
  },
};
