// ESLint for the repository: JavaScript and TypeScript recommended rules and Astro components.
// Formatting is Prettier's job (.prettierrc.json), so no stylistic rules here. Import cycles have one
// owner, src/tests/tooling/import-cycles.test.ts (type-only imports included), not a lint rule too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', '.astro/', 'seeds/', 'content/', 'public/', 'src/tests/charts/__snapshots__/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
