/**
 * Load test of `factlint serve`: the built server is started as users start it
 * (`node bin/factlint.js serve`, its default worker pool), on 127.0.0.1 only, and autocannon
 * sends it a ~1,000-word Markdown article from 8 concurrent clients for a fixed time. Prints
 * requests/s, latency percentiles (p95 from every response), the server's peak memory, how
 * fast `/healthz` answers meanwhile, and then what over-limit requests get: a body over the
 * limit (413) and a burst larger than the queue (503 with Retry-After), each without a hang.
 *
 *     npm run bench                                   # after the pipeline benchmark
 *     node dist/scripts/bench-serve.js --duration 30 --connections 8 --workers 2 --json
 *
 * Every request goes to the loopback address of a server this script started, and the run is
 * bounded in time and count; the server is stopped at the end.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { generateDocument, loadTemplates, padDocument, seededRandom } from './bench.js';

export interface ServeBenchReport {
  words: number;
  bytes: number;
  connections: number;
  durationSeconds: number;
  workers: string;
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  findingsPerResponse: number;
  serverRssMb: { idle: number; peak: number; after: number };
  healthzMs: { p50: number; max: number };
  oversized: { status: number; ms: number };
  burst: { sent: number; ok: number; busy: number; other: number; retryAfter: string | null; ms: number };
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A Markdown article of about `target` words, reproducibly generated from the example articles. */
export function benchArticle(target = 1000, seed = 7): string {
  const templates = loadTemplates(resolve('corpus/examples'));
  const random = seededRandom(seed);
  const markdown = templates.filter((t) => t.extension === '.md');
  const template = markdown[Math.floor(random() * markdown.length)];
  const text = padDocument(generateDocument(template, random), template, templates, target, random);
  return text;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join('bin', 'factlint.js'), 'serve', '--host', '127.0.0.1', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

async function postJson(url: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

export async function benchServe(options: { duration: number; connections: number; workers?: string }): Promise<ServeBenchReport> {
  const article = benchArticle();
  const payload = JSON.stringify({ text: article, format: 'md', filename: 'bench.md' });
  const serverArgs = options.workers ? ['--workers', options.workers] : [];
  const { child, url } = await startServer(serverArgs);
  const pid = child.pid as number;
  try {
    // Warm every worker (the server warms them too; this also checks the article lints).
    const first = await postJson(`${url}/api/lint`, payload);
    if (first.status !== 200) throw new Error(`the bench article was refused: ${first.status} ${await first.text()}`);
    const findingsPerResponse = ((await first.json()) as { findings: unknown[] }).findings.length;
    await Promise.all(Array.from({ length: 4 }, () => postJson(`${url}/api/lint`, payload).then((r) => r.arrayBuffer())));
    const idle = rssMb(pid);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { workers: number };

    let peak = idle;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 250);
    const healthTimes: number[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const started = performance.now();
        await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
        healthTimes.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
      const instance = autocannon({
        url: `${url}/api/lint`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: payload,
        connections: options.connections,
        duration: options.duration,
        timeout: 30,
      }, (error, done) => (error ? reject(error) : resolveRun(done)));
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    probing = false;
    await probe;
    clearInterval(sampler);
    const after = rssMb(pid);

    // Over the limit: a 2 MB body, answered 413 without reading it all.
    const oversizedStart = performance.now();
    const oversized = await postJson(`${url}/api/lint`, JSON.stringify({ text: 'word '.repeat(400_000) }));
    await oversized.arrayBuffer();
    const oversizedMs = performance.now() - oversizedStart;

    // A burst larger than the workers plus the queue (64): the excess gets 503 at once.
    const burstSize = 150;
    const burstStart = performance.now();
    const burst = await Promise.all(Array.from({ length: burstSize }, () => postJson(`${url}/api/lint`, payload).then(async (r) => {
      await r.arrayBuffer();
      return { status: r.status, retryAfter: r.headers.get('retry-after') };
    })));
    const burstMs = performance.now() - burstStart;

    const sorted = [...latencies].sort((a, b) => a - b);
    const healthSorted = [...healthTimes].sort((a, b) => a - b);
    return {
      words: words(article),
      bytes: Buffer.byteLength(article),
      connections: options.connections,
      durationSeconds: result.duration,
      workers: String(health.workers),
      requests: latencies.length,
      requestsPerSecond: latencies.length / result.duration,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? 0 },
      findingsPerResponse,
      serverRssMb: { idle, peak, after },
      healthzMs: { p50: percentile(healthSorted, 50), max: healthSorted[healthSorted.length - 1] ?? 0 },
      oversized: { status: oversized.status, ms: oversizedMs },
      burst: {
        sent: burstSize,
        ok: burst.filter((b) => b.status === 200).length,
        busy: burst.filter((b) => b.status === 503).length,
        other: burst.filter((b) => b.status !== 200 && b.status !== 503).length,
        retryAfter: burst.find((b) => b.status === 503)?.retryAfter ?? null,
        ms: burstMs,
      },
    };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

export function formatServeReport(r: ServeBenchReport): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return [
    `factlint serve: POST /api/lint, a ${r.words.toLocaleString('en-US')}-word Markdown article (${(r.bytes / 1024).toFixed(1)} KB, ${r.findingsPerResponse} findings), ${r.connections} concurrent clients, ${r.durationSeconds.toFixed(0)} s, ${r.workers} worker threads`,
    `  throughput        ${r.requestsPerSecond.toFixed(1)} requests/s (${r.requests} requests, ${r.non2xx} not 2xx, ${r.errors} errors/time-outs)`,
    `  latency           p50 ${ms(r.latencyMs.p50)}, p95 ${ms(r.latencyMs.p95)}, p99 ${ms(r.latencyMs.p99)}, max ${ms(r.latencyMs.max)}`,
    `  server memory     RSS ${r.serverRssMb.idle.toFixed(0)} MB warmed up, peak ${r.serverRssMb.peak.toFixed(0)} MB under load, ${r.serverRssMb.after.toFixed(0)} MB after`,
    `  /healthz meanwhile p50 ${ms(r.healthzMs.p50)}, max ${ms(r.healthzMs.max)}`,
    `  2 MB body         ${r.oversized.status} in ${ms(r.oversized.ms)}`,
    `  burst of ${r.burst.sent}      ${r.burst.ok} answered 200, ${r.burst.busy} answered 503 (Retry-After: ${r.burst.retryAfter ?? '-'} s), ${r.burst.other} other, all within ${(r.burst.ms / 1000).toFixed(1)} s`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '8' },
      workers: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const report = await benchServe({ duration: Number(values.duration), connections: Number(values.connections), workers: values.workers });
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatServeReport(report)}\nnode ${process.version}\n`);
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join('scripts', 'bench-serve.js'))) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench-serve: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
