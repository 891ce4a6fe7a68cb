import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Matches a relative import that goes into one of these top-level src/ folders (or src/ui/<feature>). */
function layerPattern(layers) {
  return `^(\\.\\.?/)*(src/)?(${layers.join('|')})(/|$)`;
}

const featureFolders = [
  'about',
  'assessment',
  'catalog',
  'clients',
  'demo',
  'inspection',
  'park',
  'settings',
  'training',
  'shell',
  'placeholder',
];

/**
 * One no-restricted-imports option for a block: flat config replaces (never merges) a rule's options, so every
 * block repeats the renderer's own restrictions (electron, platform implementations) and adds its layers.
 */
function restricted({ paths = [], layers = [], message = '', features = false } = {}) {
  const patterns = [
    { group: ['**/platform/desktop-platform', '**/platform/web-platform'], message: 'Use getPlatform() from src/platform.' },
  ];
  if (layers.length > 0) patterns.push({ regex: layerPattern(layers), message });
  // A feature folder imports ui/common, app/ and its own files; another feature's files are reached through
  // ui/common (shared pieces) or the shell (navigation).
  if (features)
    patterns.push({
      regex: `^\\.\\./(\\.\\./)?(${featureFolders.join('|')})/`,
      message: 'A feature folder imports only ui/common, app/ and its own files: move what several features share to ui/common.',
    });
  return { paths: [{ name: 'electron', message: 'The renderer is sandboxed: use getPlatform() from src/platform.' }, ...paths], patterns };
}

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tools/**', 'models/train/**', 'models/experiments/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Boundaries between the layers (see src/README.md): each block lists what its files may not import.
  {
    // The renderer reaches the host only through getPlatform(); importing an implementation would tie
    // a screen to one shell, and 'electron' does not exist in the sandboxed renderer at all.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: { 'no-restricted-imports': ['error', restricted()] },
  },
  {
    // Pure domain logic: runs in Node (CLI, tests) and in any worker, so no UI, storage, runtime or host.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restricted({
          paths: ['react', 'react-dom', 'react-i18next', 'i18next', 'dexie', 'onnxruntime-web', 'comlink'].map((name) => ({
            name,
            message: 'core is pure TypeScript: no UI, storage or runtime libraries.',
          })),
          layers: ['ui', 'app', 'db', 'inference', 'platform', 'i18n', 'cli'],
          message: 'core imports only core (and src/shared).',
        }),
      ],
    },
  },
  {
    // Core tests may run the real model (inference/node-models) but never reach UI, app or storage.
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', restricted({ layers: ['ui', 'app', 'db', 'platform'], message: 'core tests test core.' })],
    },
  },
  {
    // Screens call app/ actions; the steps of a user action, storage and models live behind them.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        restricted({
          paths: [
            { name: 'dexie', message: 'Screens call src/app actions; storage lives behind them.' },
            { name: 'onnxruntime-web', message: 'Models run in the inspection worker.' },
          ],
          layers: ['db', 'inference', 'cli'],
          message: 'ui imports app/ (the actions), core, i18n, platform and ui — never db/ or inference/.',
          features: true,
        }),
      ],
    },
  },
  {
    // The screen frame (shell, routes) composes the feature folders; ui/common is shared by them and imports none.
    files: ['src/ui/shell/**/*.{ts,tsx}', 'src/ui/routes.tsx', 'src/ui/routes.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restricted({ layers: ['db', 'inference', 'cli'], message: 'ui imports app/, never db/ or inference/.' }),
      ],
    },
  },
  {
    // Actions and workers sit between the screens and storage: they never import a screen.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', restricted({ layers: ['ui', 'cli'], message: 'app/ is called by ui/, never the other way.' })],
    },
  },
  {
    // Storage and models know nothing of screens or actions.
    files: ['src/db/**/*.ts', 'src/inference/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restricted({ layers: ['ui', 'app', 'cli'], message: 'db/ and inference/ are used by app/, not the other way.' }),
      ],
    },
  },
  {
    // The IPC contract and Electron main share types through src/shared, never the renderer's src/platform.
    files: ['src/shared/**/*.ts', 'electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: layerPattern(['platform', 'ui', 'app', 'db', 'inference']),
              message: 'src/shared and electron/ import only src/shared and core: IPC-shared types live in src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        Request: 'readonly',
        Response: 'readonly',
      },
    },
  },
  {
    // Callbacks passed to page.evaluate() run in the browser page.
    files: ['test/e2e/**/*.mjs', 'test/bench/**/*.mjs'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        performance: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        MutationObserver: 'readonly',
        Worker: 'readonly',
        Blob: 'readonly',
        requestAnimationFrame: 'readonly',
      },
    },
  },
);
