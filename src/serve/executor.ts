/**
 * Where analyses run. By default in a pool of worker threads (piscina): the server's own thread
 * stays free to answer (health checks, the page, 503s), analyses run in parallel on the cores,
 * and a task past its time budget is really stopped (its thread is terminated and replaced).
 * `--workers 0` runs them in the server's thread (tests, tiny machines): simpler, but a
 * time-out then only answers the client, it cannot stop the work.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Piscina } from 'piscina';
import { packageRoot } from '../base/package-root.js';
import { runTask } from './tasks.js';
import type { Task, TaskResult, TaskSetup } from './tasks.js';

export interface Executor {
  /** Worker threads (0: the server's own thread). */
  readonly threads: number;
  run(task: Task, signal: AbortSignal): Promise<TaskResult>;
  /** Resolves when every thread has loaded factlint and its knowledge base. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

export interface ExecutorOptions {
  workers: number;
  /** V8 old-generation limit of each worker thread, MB. */
  workerMemoryMb: number;
}

export function createExecutor(setup: TaskSetup, options: ExecutorOptions): Executor {
  return options.workers > 0 ? workerExecutor(setup, options) : inProcessExecutor(setup);
}

export function inProcessExecutor(setup: TaskSetup): Executor {
  return {
    threads: 0,
    async run(task, signal) {
      // Let the limiter and other requests see this one as running before the CPU is taken.
      await yieldToLoop();
      if (signal.aborted) throw signal.reason as Error;
      return runTask(setup, task);
    },
    async warmUp() {
      await runTask(setup, { op: 'warm-up' });
    },
    async close() {},
  };
}

/** The compiled worker: beside this module when running from dist/, else under dist/ (tests). */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.js') ? join(dirname(here), 'worker.js') : join(packageRoot(), 'dist', 'src', 'serve', 'worker.js');
  if (!existsSync(file)) throw new Error(`factlint serve: the worker ${file} is missing; run npm run build`);
  return file;
}

function workerExecutor(setup: TaskSetup, options: ExecutorOptions): Executor {
  const threads = options.workers;
  const pool = new Piscina({
    filename: pathToFileURL(workerFile()).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    // The server's limiter admits at most `threads` tasks at once; this queue only bridges a
    // thread being replaced after a time-out.
    maxQueue: threads * 4,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    workerData: { setup },
    resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb },
  });
  // A thread that fails with no task in hand (it ran out of memory, say) is replaced by piscina;
  // say so instead of letting the event take the server down.
  pool.on('error', (error: Error) => {
    process.stderr.write(`factlint serve: a worker thread failed and is replaced: ${error.message}\n`);
  });
  return {
    threads,
    run(task, signal) {
      return pool.run(task, { signal }) as Promise<TaskResult>;
    },
    async warmUp() {
      await Promise.all(Array.from({ length: threads }, () => pool.run({ op: 'warm-up' } satisfies Task)));
    },
    async close() {
      await pool.destroy();
    },
  };
}
