// ESLint: correctness rules for TypeScript, and the layer invariants of docs/ARCHITECTURE.md.
// Each layer rule names the invariant it enforces; `npm test` runs `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative or bare import whose path has one of these top-level folders as a segment. */
function folders(...names) {
  return `(^|/)(${names.join('|')})(/|$)`;
}

const NO_TEST_CODE = 'Product code imports nothing of test/; test helpers live in test/support/ (invariant 8).';

/**
 * One layer's import restrictions: `banned` folders (by path segment) and packages, and test/ for
 * every layer (all layers are product code). Static imports, `export … from`, dynamic `import()`
 * and `require()` are all checked.
 */
function layer(files, { bannedFolders = [], bannedPackages = [], why }) {
  const patterns = [
    ...(bannedFolders.length ? [{ regex: folders(...bannedFolders), message: why }] : []),
    { regex: folders('test'), message: NO_TEST_CODE },
  ];
  const paths = bannedPackages.map((name) => ({ name, message: why }));
  const dynamic = [
    ...(bannedFolders.length ? [[folders(...bannedFolders), why]] : []),
    [folders('test'), NO_TEST_CODE],
    ...bannedPackages.map((name) => [`^${name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}$`, why]),
  ];
  const syntax = dynamic.flatMap(([source, message]) => [
    { selector: `ImportExpression[source.value=/${source.replace(/\//g, '\\/')}/]`, message },
    {
      selector: `CallExpression[callee.name='require'][arguments.0.value=/${source.replace(/\//g, '\\/')}/]`,
      message,
    },
  ]);
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { paths, patterns }],
      'no-restricted-syntax': ['error', ...syntax],
    },
  };
}

const VSCODE_ONLY_IN_CLIENT = 'Only client/ imports vscode (docs/ARCHITECTURE.md, invariant 1).';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      '.cache/**',
      'bench/**',
      'test-artifacts/**',
      'scratch-*/**',
      'server/service/validation/generated/**',
      'test/e2e/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // Parsers and rules match control characters on purpose (JSON forbids them raw in strings).
      'no-control-regex': 'off',
      // The code base uses `_name` for deliberately unused parameters.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON answers and fixtures loosely on purpose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  // The parser, language ids and templates live here, so everyone else may import them.
  layer(['request/**/*.ts'], {
    bannedFolders: ['server', 'cloud', 'emulator', 'cli', 'client'],
    bannedPackages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'undici'],
    why: 'request/ is the ground floor: it imports only schemas/, snippets/ and libraries (invariant 2).',
  }),
  layer(['server/**/*.ts'], {
    bannedFolders: ['cloud', 'emulator', 'cli', 'client'],
    bannedPackages: ['vscode', 'vscode-languageclient', 'undici'],
    why:
      'The language server holds no credentials and talks to no network: no cloud/, emulator/, client/ ' +
      '(invariant 3).',
  }),
  layer(['server/service/**/*.ts'], {
    bannedFolders: ['cloud', 'emulator', 'cli', 'client', 'lsp'],
    bannedPackages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'undici'],
    why: 'The language service is pure: no LSP connection, no process wiring (server/lsp), no cloud (invariant 4).',
  }),
  layer(['cloud/**/*.ts'], {
    bannedFolders: ['server', 'emulator', 'cli', 'client'],
    bannedPackages: ['vscode', 'vscode-languageclient', 'vscode-languageserver'],
    why: 'cloud/ is pure Node beside the language service: no server/, client/, cli/, emulator/ (invariant 5).',
  }),
  layer(['emulator/**/*.ts'], {
    bannedFolders: ['request', 'server', 'cli', 'client'],
    bannedPackages: ['vscode', 'vscode-languageclient', 'vscode-languageserver'],
    why: 'The emulator is an independent judge: nothing of request/, server/, cli/ or client/ (invariant 6).',
  }),
  layer(['cli/**/*.ts'], {
    bannedFolders: ['client'],
    bannedPackages: ['vscode', 'vscode-languageclient'],
    why: VSCODE_ONLY_IN_CLIENT,
  }),
  layer(['client/**/*.ts'], {
    bannedFolders: ['cli'],
    why: 'The extension and the CLI sit side by side on top; shared logic goes below them (invariant 7).',
  }),
);
