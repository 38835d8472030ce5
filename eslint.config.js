import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'bench/tmp/**', 'packages/widget/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused values are usually mistakes; a leading underscore marks a deliberate one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        // Translations and partner text must never be parsed as HTML (CSP, Trusted Types, XSS).
        { selector: "MemberExpression[property.name='innerHTML'][parent.type='AssignmentExpression']", message: 'Do not assign innerHTML outside tests.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Never render text as HTML.' },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      // Core has no DOM and no side effects.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch'],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'The widget never stores anything.' },
        { object: 'window', property: 'sessionStorage', message: 'The widget never stores anything.' },
        { object: 'document', property: 'cookie', message: 'The widget never sets cookies.' },
        { object: 'navigator', property: 'sendBeacon', message: 'The widget sends nothing.' },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', 'examples/**'],
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
