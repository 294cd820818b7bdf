/** A knowledge-base file that cannot be used: names the file, the JSON path and what was expected. */
export interface KbProblem {
  file: string;
  /** JSON pointer into the file, e.g. `/records/12/start` ('' for the whole file). */
  path: string;
  message: string;
  /** The cross-record rule broken ("overlapping-terms"), when it is not the schema. */
  rule?: string;
}

export class KbError extends Error {
  constructor(readonly problems: KbProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'KbError';
  }
}

export function formatProblem(problem: KbProblem): string {
  return `${problem.file}${problem.path ? ` at ${problem.path}` : ''}: ${problem.message}`;
}
