/**
 * What keeps the server up: a bound on concurrent analyses with a bounded queue (then 503 with
 * Retry-After), a time budget per request, and worker threads whose work a time-out really stops.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, buildServer } from '../../src/serve/app.js';
import { createExecutor } from '../../src/serve/executor.js';
import type { Executor } from '../../src/serve/executor.js';
import { BudgetExceededError, Limiter, OverloadedError } from '../../src/serve/limiter.js';
import { runTask } from '../../src/serve/tasks.js';
import type { Task, TaskResult } from '../../src/serve/tasks.js';

/** An executor whose analyses finish only when the test says so (or never). */
function heldExecutor(threads = 1) {
  const pending: Array<() => void> = [];
  const executor: Executor = {
    threads,
    run: (_task: Task, signal: AbortSignal) =>
      new Promise<TaskResult>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason as Error));
        pending.push(() => resolve({ ok: true, op: 'lint', results: [{ filePath: 'document-1.txt', findings: [] }] }));
      }),
    warmUp: async () => undefined,
    close: async () => undefined,
  };
  return { executor, releaseAll: () => pending.splice(0).forEach((release) => release()), pending };
}

const body = { text: 'A short text.', format: 'txt' };
const lintRequest = (server: ReturnType<typeof buildServer>) => server.app.inject({ method: 'POST', url: '/api/lint', payload: body });

describe('Limiter', () => {
  it('runs at most `concurrency` tasks, queues `maxQueue` more and refuses the rest', async () => {
    const limiter = new Limiter(2, 1);
    const releases: Array<() => void> = [];
    const task = () => new Promise<string>((resolve) => releases.push(() => resolve('done')));
    const running = [limiter.run(task, 10_000), limiter.run(task, 10_000), limiter.run(task, 10_000)];
    await expect(limiter.run(task, 10_000)).rejects.toBeInstanceOf(OverloadedError);
    expect(limiter.stats()).toMatchObject({ running: 2, queued: 1 });
    releases.splice(0).forEach((release) => release());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(limiter.stats()).toMatchObject({ running: 1, queued: 0 });
    releases.splice(0).forEach((release) => release());
    await expect(Promise.all(running)).resolves.toEqual(['done', 'done', 'done']);
    expect(limiter.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  it('stops a task at its budget, waiting included, and frees its slot', async () => {
    const limiter = new Limiter(1, 5);
    const never = (signal: AbortSignal) => new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const first = limiter.run(never, 50);
    const second = limiter.run(never, 20);
    await expect(second).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(first).rejects.toBeInstanceOf(BudgetExceededError);
    expect(limiter.stats()).toMatchObject({ running: 0, queued: 0 });
    await expect(limiter.run(async () => 'after', 1000)).resolves.toBe('after');
  });
});

describe('the server under load', () => {
  it('answers 503 with Retry-After when every slot and queue place is taken, and recovers', async () => {
    const held = heldExecutor(1);
    const server = buildServer({ ...DEFAULT_OPTIONS, maxQueue: 1 }, { executor: held.executor });
    try {
      const first = lintRequest(server);
      const second = lintRequest(server);
      while (held.pending.length < 1 || server.limiter.stats().queued < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      const refused = await lintRequest(server);
      expect(refused.statusCode).toBe(503);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.json()).toMatchObject({ code: 'FACTLINT_BUSY', message: expect.stringMatching(/busy.*retry in \d+ s/) });
      // Health checks are answered while every analysis slot is busy.
      expect((await server.app.inject({ url: '/healthz' })).json()).toMatchObject({ running: 1, queued: 1 });
      held.releaseAll();
      expect((await first).statusCode).toBe(200);
      while (held.pending.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      held.releaseAll();
      expect((await second).statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers 503 when the analysis runs past the time budget, instead of hanging', async () => {
    const held = heldExecutor(1);
    const server = buildServer({ ...DEFAULT_OPTIONS, timeoutMs: 100 }, { executor: held.executor });
    try {
      const started = Date.now();
      const response = await lintRequest(server);
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'FACTLINT_TIME_BUDGET', message: expect.stringContaining('100 ms') });
      expect(response.headers['retry-after']).toBeDefined();
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await server.close();
    }
  });
});

describe('worker threads', () => {
  const setup = { cwd: process.cwd() };

  it('give the same results as an analysis in this thread, and a time-out really stops the work', async () => {
    const executor = createExecutor(setup, { workers: 1, workerMemoryMb: 512 });
    try {
      await executor.warmUp();
      const text = readFileSync('corpus/examples/time-weekdays.html', 'utf8');
      const task: Task = { op: 'lint', documents: [{ text, filePath: 'a.html', format: 'html' }] };
      const inWorker = await executor.run(task, new AbortController().signal);
      expect(inWorker).toEqual(JSON.parse(JSON.stringify(await runTask(setup, task))));

      // A long article stopped after 30 ms: the thread is terminated, not left running.
      const long = Array.from({ length: 150 }, () => text).join('\n');
      const controller = new AbortController();
      setTimeout(() => controller.abort(new BudgetExceededError(30)), 30);
      const started = Date.now();
      await expect(executor.run({ op: 'lint', documents: [{ text: long, filePath: 'long.html', format: 'html' }] }, controller.signal)).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(1000);
      // A fresh thread takes its place and answers.
      await expect(executor.run(task, new AbortController().signal)).resolves.toEqual(inWorker);
    } finally {
      await executor.close();
    }
  });
});
