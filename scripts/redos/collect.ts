/**
 * Every regular expression factlint can run, for the ReDoS check (`tests/robustness/redos.test.ts`,
 * `npm run redos`): the literals and `new RegExp("…")` calls written in `src/` and `rules/`
 * (read with the TypeScript parser), and the patterns built at run time from vocabulary data
 * (word lists, knowledge-base aliases), caught by watching the `RegExp` constructor while every
 * module loads and a few documents are linted.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { globSync } from 'tinyglobby';

export interface FoundPattern {
  source: string;
  flags: string;
  /** file:line where it is written, or "built at run time (…)". */
  where: string;
}

/** Regex literals and `new RegExp('literal')` in the TypeScript files under the given folders. */
export function staticPatterns(root: string, folders: string[] = ['src', 'rules']): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of globSync(folders.map((f) => `${f}/**/*.ts`), { cwd: root, absolute: true }).sort()) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) => `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        found.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: where(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp' && node.arguments?.length) {
        const [pattern, flags] = node.arguments;
        if (ts.isStringLiteralLike(pattern)) found.push({ source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '', where: where(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

/**
 * Patterns built at run time: `RegExp` is wrapped while `load()` runs (which should import the
 * modules and exercise them), and every construction from a string is recorded.
 */
export async function dynamicPatterns(load: () => Promise<void>): Promise<FoundPattern[]> {
  const found: FoundPattern[] = [];
  const Original = globalThis.RegExp;
  const record = (args: [string | RegExp, string?]) => {
    const [pattern, flags] = args;
    // Only patterns our own code builds (from its word lists and the KB); a dependency's are its own.
    const caller = callerOf(new Error().stack);
    if (typeof pattern === 'string' && caller) found.push({ source: pattern, flags: flags ?? '', where: `built at run time (${caller})` });
  };
  const Watched = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      record(args);
      return Reflect.construct(target, args);
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      record(args);
      return Reflect.apply(target, undefined, args);
    },
  });
  globalThis.RegExp = Watched;
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** The file and line that called the constructor, when it is factlint's own code. */
function callerOf(stack: string | undefined): string | undefined {
  // [0] "Error", [1] record, [2] the proxy trap, [3] the caller.
  const line = stack?.split('\n')[3] ?? '';
  if (line.includes('node_modules')) return undefined;
  const m = /\/((?:src|rules)\/[^:)]+):(\d+)/.exec(line);
  // The built module (dist/…/x.js) is named by its source file; the line is the built one's.
  return m ? `${m[1].replace(/\.js$/, '.ts')}:${m[2]} of the build` : undefined;
}
