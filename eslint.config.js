import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tools/**', 'models/train/**', 'coverage/**'] },
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
  {
    // The renderer reaches the host only through getPlatform(); importing an implementation would tie
    // a screen to one shell, and 'electron' does not exist in the sandboxed renderer at all.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer is sandboxed: use getPlatform() from src/platform.' }],
        patterns: [{ group: ['**/platform/desktop-platform', '**/platform/web-platform'], message: 'Use getPlatform() from src/platform.' }],
      }],
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Request: 'readonly', Response: 'readonly' } },
  },
  {
    // Callbacks passed to page.evaluate() run in the browser page.
    files: ['test/e2e/**/*.mjs', 'test/bench/**/*.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', performance: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly', MutationObserver: 'readonly', Worker: 'readonly', Blob: 'readonly', requestAnimationFrame: 'readonly' } },
  },
);
