/**
 * The part of ESLint 8's Node API that tests/architecture.test.ts uses (ESLint 8 ships no
 * types, and @types/eslint is not a dependency): enough for `tsc --noEmit` to check that test.
 */
declare module 'eslint' {
  export interface LintMessage {
    ruleId: string | null;
    message: string;
  }
  export interface LintResult {
    messages: LintMessage[];
  }
  export class ESLint {
    constructor(options?: { cwd?: string });
    lintText(code: string, options?: { filePath?: string }): Promise<LintResult[]>;
  }
}
