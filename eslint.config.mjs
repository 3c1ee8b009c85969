// Lint, including the package boundaries of ARCHITECTURE.md as errors:
// - the engine imports no ky, no lit and touches no DOM;
// - no package reaches into another package's src/ (only published entry points);
// - elements never render markup from strings (no unsafeHTML / innerHTML and kin).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const crossPackageSrc = {
  group: ['**/packages/*/src/**', '@dbi-kit/*/src', '@dbi-kit/*/src/**', '../../*/src/**', '../../../*/src/**'],
  message: "Import another package through its published entry point ('@dbi-kit/<name>'), never its src/.",
};

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'customElements', 'location'].map((name) => ({
  name,
  message: '@dbi-kit/engine is pure and runs in Node: no DOM.',
}));

const htmlSinks = ['innerHTML', 'outerHTML'].map((property) => ({
  property,
  message: 'Registry and user text is hostile: render it with Lit templates, never as HTML.',
}));

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'docs/api/**', 'test/lint/fixtures/**', 'coverage/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [crossPackageSrc] }],
    },
  },
  {
    files: ['packages/engine/**/*.{ts,mjs,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            crossPackageSrc,
            { group: ['ky', 'ky/*'], message: '@dbi-kit/engine does no I/O: no ky.' },
            { group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'], message: '@dbi-kit/engine has no UI: no lit.' },
            { group: ['@dbi-kit/registry', '@dbi-kit/elements', '@dbi-kit/cli'], message: 'Dependencies point one way: nothing may depend on the engine’s dependents.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['packages/registry/**/*.{ts,mjs,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            crossPackageSrc,
            { group: ['lit', 'lit/*', '@lit/*'], message: '@dbi-kit/registry has no UI: no lit.' },
            { group: ['@dbi-kit/elements', '@dbi-kit/cli'], message: 'Dependencies point one way: registry → engine only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            crossPackageSrc,
            { group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js', 'lit-html/directives/unsafe-*'], message: 'No unsafeHTML/unsafeSVG: render text with Lit bindings.' },
            { group: ['@dbi-kit/cli'], message: 'Elements run in browsers: no CLI.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', ...htmlSinks.map(({ property, message }) => ({ property, message }))],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML in elements.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML in elements.' },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No createContextualFragment in elements.' },
      ],
    },
  },
  {
    files: ['**/*.{mjs,js}', 'examples/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
