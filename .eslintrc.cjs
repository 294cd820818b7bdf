/* ESLint 8 legacy configuration for factlint's TypeScript sources. */

/**
 * The pipeline's layers, in order: a layer may import the ones before it, never one after
 * it (see README "Development"). A back-arrow fails `npm run lint`.
 */
const LAYERS = ['base', 'load', 'kb', 'analysis', 'extract', 'time', 'link', 'corpus', 'rule-api', 'rules', 'engine', 'report', 'cli'];

function folderOf(layer) {
  return layer === 'rules' ? 'rules' : `src/${layer}`;
}

/** For each layer, the imports of every later layer are restricted. */
const layerOverrides = LAYERS.filter((layer) => layer !== 'rules' && layer !== LAYERS[LAYERS.length - 1]).map((layer) => {
  const later = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  return {
    files: [`${folderOf(layer)}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: later.map((l) => `**/${l}/**`), message: `${layer} is an earlier layer of the pipeline (${LAYERS.join(' ← ')}): it must not import a later one.` }],
      }],
    },
  };
});

/** Rules read mentions through the rule API; from the analysis layer they take types only. */
const rulesOverride = {
  files: ['rules/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', {
      patterns: [
        { group: [...LAYERS.filter((l) => !['rules', 'rule-api', 'analysis'].includes(l)).map((l) => `../src/${l}/**`), '../src/*.js'], message: 'A rule imports only src/rule-api (and types from src/analysis): it reads mentions, it does not reach into the pipeline.' },
        { group: ['../src/analysis/**'], allowTypeImports: true, message: 'A rule takes only types from src/analysis.' },
      ],
    }],
  },
};

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  plugins: ['@typescript-eslint'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended'],
  env: { node: true, es2022: true },
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/'],
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    '@typescript-eslint/consistent-type-imports': 'error',
    'no-constant-condition': ['error', { checkLoops: false }],
    eqeqeq: ['error', 'smart'],
  },
  overrides: [
    ...layerOverrides,
    rulesOverride,
    // The web page's script runs in the browser, not in Node.
    { files: ['web/**/*.js'], env: { browser: true, node: false } },
  ],
};
