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
await runTask(setup, { op: 'warm-up' });

export default function run(task: Task): Promise<TaskResult> {
  return runTask(setup, task);
}
