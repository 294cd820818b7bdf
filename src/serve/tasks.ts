/**
 * The analysis the server runs for a request, in a worker thread (`worker.ts`) or in the
 * server's own thread (`--workers 0`, tests). Everything a task needs travels in it as plain
 * data; nothing in it is read from disk: texts come from the request, and the only files read
 * are the server's own `--config` and `--kb`, named in the setup when the server starts.
 */
import { ConfigError, explain, lintTexts } from '../index.js';
import type { ConfigObject, ExplainResult, Format, RuleSetting, TextInput } from '../index.js';
import { withSourceSpans } from './offsets.js';
import type { ServedResult } from './offsets.js';

/** What every task of one server shares: its configuration (fixed at start-up). */
export interface TaskSetup {
  /** Absolute path of `--config`, or undefined for the recommended rules. */
  configFile?: string;
  /** Absolute paths of `--kb` files or folders. */
  kb?: string[];
  /** Folder results are relative to (never used to find files: the configuration is fixed). */
  cwd: string;
}

export interface TaskDocument {
  text: string;
  filePath: string;
  format: Format;
  date?: string;
  url?: string;
}

export type Task =
  | { op: 'lint'; documents: TaskDocument[]; rules?: Record<string, RuleSetting> }
  | { op: 'explain'; document: TaskDocument }
  /** Loads the modules, the knowledge base and the NLP once, so the first request is not slow. */
  | { op: 'warm-up' };

export type TaskResult =
  | { ok: true; op: 'lint'; results: ServedResult[] }
  | { ok: true; op: 'explain'; report: ExplainResult }
  | { ok: true; op: 'warm-up' }
  /** The request was well formed but cannot be done as asked (an unknown rule, bad options). */
  | { ok: false; status: 422; message: string };

/** The configuration of a run: the server's, with the request's rule settings on top. */
export function configFor(setup: TaskSetup, rules?: Record<string, RuleSetting>): ConfigObject {
  return {
    extends: [setup.configFile ?? 'factlint:recommended'],
    ...(setup.kb?.length ? { kb: setup.kb } : {}),
    ...(rules && Object.keys(rules).length > 0 ? { rules } : {}),
  };
}

const WARM_UP_TEXT = `# Warm-up

On Wednesday, 15 March 2005, the ministers met in Oslo. "We agreed," the minister said.
The G20 summit in Osaka took place in June 2019, two years after the talks.
`;

export async function runTask(setup: TaskSetup, task: Task): Promise<TaskResult> {
  // The server's own configuration and knowledge base are checked here: an error in them is
  // the server's, not a request's, and stops it from starting.
  if (task.op === 'warm-up') {
    await lintTexts([{ text: WARM_UP_TEXT, filePath: 'warm-up.md' }], { cwd: setup.cwd, config: configFor(setup) });
    explain(WARM_UP_TEXT, { filePath: 'warm-up.md' });
    return { ok: true, op: 'warm-up' };
  }
  try {
    switch (task.op) {
      case 'lint': {
        const inputs: TextInput[] = task.documents.map((d) => ({ text: d.text, filePath: d.filePath, format: d.format, date: d.date, url: d.url }));
        const results = await lintTexts(inputs, { cwd: setup.cwd, config: configFor(setup, task.rules), documentDate: 'always' });
        return { ok: true, op: 'lint', results: results.map((r, i) => withSourceSpans(r, task.documents[i].text)) };
      }
      case 'explain': {
        const d = task.document;
        return { ok: true, op: 'explain', report: explain(d.text, { filePath: d.filePath, format: d.format, date: d.date, url: d.url, ...(setup.kb?.length ? { kb: setup.kb } : {}) }) };
      }
    }
  } catch (error) {
    // A rule setting the configuration refuses (unknown rule, bad options) is the request's fault.
    if (error instanceof ConfigError && error.file === '<config>') {
      const where = error.jsonPath.replace(/^\//, '').replace(/\//g, '.');
      return { ok: false, status: 422, message: `${where}: ${error.expected.replace('factlint --list-rules', 'GET /api/rules')}` };
    }
    throw error;
  }
}
