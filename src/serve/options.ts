/** The server's settings and their defaults (kept apart from the server so `factlint --help` stays light). */

export interface ServeOptions {
  host: string;
  port: number;
  /** Absolute path of the configuration file (`--config`); default: the recommended rules. */
  configFile?: string;
  /** Absolute paths of extra knowledge-base files or folders (`--kb`). */
  kb?: string[];
  /** Origins allowed to call the API from other pages (`--cors`); none by default. */
  cors?: string[];
  /** Largest request body, bytes. */
  bodyLimit: number;
  /** Most documents in one `/api/lint` request. */
  maxDocuments: number;
  /** Time budget of one request's analysis, waiting included, ms. */
  timeoutMs: number;
  /** Worker threads for analyses (0: the server's own thread). */
  workers: number;
  /** Requests that may wait for an analysis slot before 503. */
  maxQueue: number;
  /** Memory limit of each worker thread's heap, MB. */
  workerMemoryMb: number;
  /** Folder the results' paths are relative to. */
  cwd: string;
  /** fastify's logger (pino) on or off. */
  logger?: boolean;
}

export const DEFAULT_OPTIONS: ServeOptions = {
  host: '127.0.0.1',
  port: 8080,
  bodyLimit: 1024 * 1024,
  maxDocuments: 50,
  timeoutMs: 20_000,
  workers: 2,
  maxQueue: 64,
  workerMemoryMb: 1024,
  cwd: process.cwd(),
};
