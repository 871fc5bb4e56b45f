import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'corpus/generated/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page and stored text must never reach an HTML or code sink.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes with textContent instead.' },
        { property: 'outerHTML', message: 'Build DOM nodes with textContent instead.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes with textContent instead.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
