/**
 * A hard stop for synchronous work: `fn` runs inside `vm.Script#runInContext` with a
 * `timeout`, whose watchdog thread terminates the running JavaScript (regular-expression
 * matching included) when the time is up. The engine's time budget (`src/base/budget.ts`)
 * and the Markdown loader's bounded parse use it.
 *
 * Termination skips `finally` blocks in the interrupted code: callers must not reuse state that
 * the interrupted code was in the middle of changing. CommonJS modules whose first load was
 * interrupted are dropped from the require cache here.
 */
import { createRequire } from 'node:module';
import vm from 'node:vm';

/** Longest timeout `vm` accepts (a 32-bit millisecond count). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const context = vm.createContext({});
const script = new vm.Script('run()', { filename: 'factlint-time-budget' });

export type Guarded<T> = { stopped: false; value: T } | { stopped: true };

/**
 * Run `fn`, terminating it after `timeoutMs` (Infinity: no limit). Errors thrown by `fn`
 * propagate; a timeout returns `{ stopped: true }`.
 */
export function withHardStop<T>(fn: () => T, timeoutMs: number): Guarded<T> {
  if (!Number.isFinite(timeoutMs)) return { stopped: false, value: fn() };
  const timeout = Math.min(MAX_TIMEOUT_MS, Math.max(1, Math.ceil(timeoutMs)));
  const previous = (context as { run?: unknown }).run;
  (context as { run?: unknown }).run = fn;
  try {
    return { stopped: false, value: script.runInContext(context, { timeout }) as T };
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      dropInterruptedModules();
      return { stopped: true };
    }
    throw error;
  } finally {
    (context as { run?: unknown }).run = previous;
  }
}

/**
 * A CommonJS module whose first load was interrupted stays in the require cache half-built
 * (the loader's cleanup is a `finally` block); drop it so that the next `require` loads it again.
 */
function dropInterruptedModules(): void {
  const cache = createRequire(import.meta.url).cache;
  for (const [id, entry] of Object.entries(cache)) if (entry && !entry.loaded) delete cache[id];
}

