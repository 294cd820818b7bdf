/**
 * The worker-thread side of the server's pool (piscina): each thread loads factlint once, warms
 * it up, then runs one task at a time. The server can terminate a thread whose task runs past
 * the request's time budget; piscina starts a fresh one in its place.
 */
import { workerData } from 'node:worker_threads';
import { runTask } from './tasks.js';
import type { Task, TaskResult, TaskSetup } from './tasks.js';

const setup = (workerData as { setup: TaskSetup }).setup;

// Top-level await: the thread only takes tasks once the knowledge base and the NLP are loaded.
// An error here (the server's --config or --kb) is kept and given to every task, so that it
// reaches the server as a failed task, not as a thread that cannot start.
let setupError: unknown;
try {
  await runTask(setup, { op: 'warm-up' });
} catch (error) {
  setupError = error;
}

export default async function run(task: Task): Promise<TaskResult> {
  if (setupError) throw setupError;
  return runTask(setup, task);
}
