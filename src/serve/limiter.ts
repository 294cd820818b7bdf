/**
 * Bounded concurrency with a bounded queue and a time budget per task: what keeps the server
 * answering under load. At most `concurrency` analyses run at once; up to `maxQueue` more wait
 * their turn; beyond that a request is refused at once (`OverloadedError` → 503 with
 * Retry-After) instead of piling up memory. Each task has a budget that counts from its
 * arrival, waiting included; when it runs out the task's signal aborts (a worker thread is then
 * terminated) and the caller gets `BudgetExceededError`.
 */

export class OverloadedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the server is busy (every analysis slot and queue place is taken); retry in ${retryAfterSeconds} s`);
    this.name = 'OverloadedError';
  }
}

export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`the analysis took longer than the server's time budget of ${budgetMs} ms and was stopped; send a shorter text, or fewer documents`);
    this.name = 'BudgetExceededError';
  }
}

interface Waiter {
  start: () => void;
}

export interface LimiterStats {
  running: number;
  queued: number;
  concurrency: number;
  maxQueue: number;
}

export class Limiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Moving average of task durations (ms), for Retry-After. */
  private averageMs = 1000;

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
  ) {
    if (concurrency < 1) throw new Error('concurrency must be at least 1');
  }

  stats(): LimiterStats {
    return { running: this.running, queued: this.waiting.length, concurrency: this.concurrency, maxQueue: this.maxQueue };
  }

  /** Seconds after which a refused client may reasonably retry: the queue's expected drain time. */
  retryAfterSeconds(): number {
    const drainMs = ((this.waiting.length + this.running) * this.averageMs) / this.concurrency;
    return Math.max(1, Math.min(60, Math.ceil(drainMs / 1000)));
  }

  /** Run `task` within the limits; `budgetMs` counts from now, waiting included. */
  async run<T>(task: (signal: AbortSignal) => Promise<T>, budgetMs: number): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new BudgetExceededError(budgetMs)), budgetMs);
    try {
      await this.acquire(controller.signal);
      const started = performance.now();
      try {
        return await untilAborted(task(controller.signal), controller.signal);
      } finally {
        this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
        this.release();
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(new OverloadedError(this.retryAfterSeconds()));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          signal.removeEventListener('abort', onAbort);
          this.running++;
          resolve();
        },
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal.reason as Error);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    const next = this.waiting.shift();
    if (next) next.start();
  }
}

/** `promise`, or the signal's reason as soon as it aborts (work that ignores the signal is left behind). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
