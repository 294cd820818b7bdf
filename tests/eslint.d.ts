/**
 * ESLint 8 ships no type declarations; this is the part of its API the tests use
 * (`tests/architecture.test.ts` lints snippets to show the layer rules at work).
 */
declare module 'eslint' {
  export interface LintMessage {
    ruleId: string | null;
    message: string;
    line: number;
    column: number;
  }
  export interface LintResult {
    filePath: string;
    messages: LintMessage[];
  }
  export class ESLint {
    constructor(options?: { cwd?: string });
    lintText(code: string, options?: { filePath?: string }): Promise<LintResult[]>;
  }
}
