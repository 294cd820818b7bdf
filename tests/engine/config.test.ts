import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, configToJson, DEFAULT_MAX_FILE_SIZE } from '../../src/engine/config.js';
import { testRules } from './fixture-rules.js';
import { makeTree } from './tmp.js';

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config discovery', () => {
  it('uses the recommended rules when no config file exists anywhere', () => {
    const root = makeTree({ 'a/b/article.md': '# x' });
    const config = new ConfigResolver(testRules, root).forFile(join(root, 'a/b/article.md'));
    expect(config.filePath).toBeUndefined();
    expect([...config.rules.keys()]).toEqual(['test-marker']);
    expect(config.rules.get('test-marker')).toEqual({ severity: 'warn', options: { word: 'WRONG' } });
    expect(config.maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
  });

  it('finds the nearest factlint.config.json, .factlintrc.json or package.json "factlint" key', () => {
    const root = makeTree({
      'factlint.config.json': JSON.stringify({ extends: 'factlint:all' }),
      'rc/.factlintrc.json': JSON.stringify({ rules: { 'test-error': 'warn' } }),
      'pkg/package.json': JSON.stringify({ name: 'x', factlint: { rules: { 'test-marker': ['error', { word: 'NOPE' }] } } }),
      'plain/package.json': JSON.stringify({ name: 'no-factlint-key' }),
    });
    const resolver = new ConfigResolver(testRules, root);
    const top = resolver.forFile(join(root, 'deep/down/x.md'));
    expect(top.filePath).toBe(join(root, 'factlint.config.json'));
    expect([...top.rules.keys()].sort()).toEqual(['test-error', 'test-marker']);

    const rc = resolver.forFile(join(root, 'rc/x.md'));
    expect(rc.filePath).toBe(join(root, 'rc/.factlintrc.json'));
    expect([...rc.rules.entries()]).toEqual([['test-error', { severity: 'warn', options: { word: 'BAD' } }]]);

    const pkg = resolver.forFile(join(root, 'pkg/x.md'));
    expect(pkg.rules.get('test-marker')).toEqual({ severity: 'error', options: { word: 'NOPE' } });

    // A package.json without the key does not stop the walk up.
    expect(resolver.forFile(join(root, 'plain/x.md')).filePath).toBe(join(root, 'factlint.config.json'));
  });

  it('caches per folder: two files in one folder share one resolved config', () => {
    const root = makeTree({ '.factlintrc.json': '{}' });
    const resolver = new ConfigResolver(testRules, root);
    expect(resolver.forFile(join(root, 'a.md'))).toBe(resolver.forFile(join(root, 'b.md')));
  });

  it('--config overrides discovery', () => {
    const root = makeTree({
      '.factlintrc.json': JSON.stringify({ rules: { 'test-marker': 'off' } }),
      'other.json': JSON.stringify({ rules: { 'test-error': 2 } }),
    });
    const config = new ConfigResolver(testRules, root, 'other.json').forFile(join(root, 'x.md'));
    expect(config.filePath).toBe(join(root, 'other.json'));
    expect(config.rules.get('test-error')?.severity).toBe('error');
    expect(config.rules.has('test-marker')).toBe(false);
  });
});

describe('config resolution', () => {
  it('merges options over the rule defaults and accepts numeric severities', () => {
    const root = makeTree({
      '.factlintrc.json': JSON.stringify({ extends: ['factlint:recommended'], rules: { 'test-marker': [1, { minLength: 3 }], 'test-error': 0 } }),
    });
    const config = new ConfigResolver(testRules, root).forFile(join(root, 'x.md'));
    expect(config.rules.get('test-marker')).toEqual({ severity: 'warn', options: { word: 'WRONG', minLength: 3 } });
    expect(config.rules.get('test-error')?.severity).toBe('off');
  });

  it('extends another config file and resolves kb paths relative to the file that names them', () => {
    const root = makeTree({
      'base/shared.json': JSON.stringify({ extends: 'factlint:all', kb: ['extra-kb'], maxFileSize: 1000, ignorePatterns: ['drafts/'] }),
      'site/.factlintrc.json': JSON.stringify({ extends: ['../base/shared.json'], rules: { 'test-error': 'off' } }),
    });
    const config = new ConfigResolver(testRules, root).forFile(join(root, 'site/x.md'));
    expect(config.kb).toEqual([join(root, 'base/extra-kb')]);
    expect(config.maxFileSize).toBe(1000);
    expect(config.ignorePatterns).toEqual(['drafts/']);
    expect(config.rules.get('test-error')?.severity).toBe('off');
    expect(config.rules.get('test-marker')?.severity).toBe('warn');
    expect(configToJson(config)).toMatchObject({ rules: { 'test-error': ['off', { word: 'BAD' }], 'test-marker': ['warn', { word: 'WRONG' }] } });
  });
});

describe('config errors name the file, the JSON path and what was expected', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['unknown rule', { rules: { 'no-such-rule': 'warn' } }, '/rules/no-such-rule', /unknown rule "no-such-rule"/],
    ['bad severity', { rules: { 'test-marker': 'loud' } }, '/rules/test-marker', /severity/],
    ['bad severity in an array', { rules: { 'test-marker': ['loud', {}] } }, '/rules/test-marker/0', /"off", "warn", "error"/],
    ['bad option type', { rules: { 'test-marker': ['warn', { minLength: 'three' }] } }, '/rules/test-marker/1/minLength', /expected integer/],
    ['bad option value', { rules: { 'test-marker': ['warn', { minLength: 0 }] } }, '/rules/test-marker/1/minLength', /must be >= 1/],
    ['unknown option', { rules: { 'test-marker': ['warn', { colour: 'red' }] } }, '/rules/test-marker/1', /unexpected property "colour"/],
    ['unknown top-level key', { rulez: {} }, '', /unexpected property "rulez"/],
    ['unknown preset', { extends: ['factlint:strict'] }, '/extends/0', /unknown preset "factlint:strict"/],
    ['bad maxFileSize', { maxFileSize: 'big' }, '/maxFileSize', /expected integer/],
  ];
  for (const [name, content, pointer, expected] of cases) {
    it(name, () => {
      const root = makeTree({ '.factlintrc.json': JSON.stringify(content) });
      const error = configError(() => new ConfigResolver(testRules, root).forFile(join(root, 'x.md')));
      expect(error.file).toBe(join(root, '.factlintrc.json'));
      expect(error.jsonPath).toBe(pointer);
      expect(error.expected).toMatch(expected);
      expect(error.message).toContain(join(root, '.factlintrc.json'));
    });
  }

  it('invalid JSON', () => {
    const root = makeTree({ 'factlint.config.json': '{ "rules": { ' });
    const error = configError(() => new ConfigResolver(testRules, root).forFile(join(root, 'x.md')));
    expect(error.message).toMatch(/factlint\.config\.json: invalid JSON/);
  });

  it('a --config file that does not exist', () => {
    const root = makeTree({});
    const error = configError(() => new ConfigResolver(testRules, root, 'missing.json'));
    expect(error.message).toMatch(/missing\.json: configuration file not found/);
  });

  it('escapes "/" in rule ids in the JSON pointer', () => {
    const root = makeTree({ '.factlintrc.json': JSON.stringify({ rules: { 'a/b': 'warn' } }) });
    expect(configError(() => new ConfigResolver(testRules, root).forFile(join(root, 'x.md'))).jsonPath).toBe('/rules/a~1b');
  });
});
