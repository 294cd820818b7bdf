/**
 * The layers of the pipeline are enforced by `npm run lint` (`.eslintrc.cjs`): an import
 * against the order fails, and a rule may only reach the pipeline through the rule API.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve('.') });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(filePath) });
  return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering (npm run lint)', () => {
  it('refuses an import of a later layer', async () => {
    const found = await problems("import { analyzeTime } from '../time/document-date.js';\nexport const t = analyzeTime;\n", 'src/kb/back-arrow.ts');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/kb is an earlier layer of the pipeline/);
  });

  it('allows an import of an earlier layer', async () => {
    expect(await problems("import { phraseKey } from '../base/names.js';\nexport const k = phraseKey;\n", 'src/kb/forward.ts')).toEqual([]);
  });

  it('lets a rule import the rule API and analysis types, nothing else', async () => {
    expect(await problems("import { defineRule } from '../src/rule-api/index.js';\nimport type { DateMention } from '../src/analysis/mentions.js';\nexport type D = DateMention;\nexport const r = defineRule;\n", 'rules/ok-rule.ts')).toEqual([]);
    const reaching = await problems("import { phraseKey } from '../src/base/names.js';\nexport const k = phraseKey;\n", 'rules/reaching-rule.ts');
    expect(reaching[0]).toMatch(/A rule imports only src\/rule-api/);
    const analysisValue = await problems("import { statedRange } from '../src/analysis/date-values.js';\nexport const s = statedRange;\n", 'rules/value-rule.ts');
    expect(analysisValue[0]).toMatch(/only types from src\/analysis/);
  });
});
