// @ts-check
// Code lint: typed TypeScript rules for src/, scripts and tests, and the Astro plugin for .astro
// files. Formatting is Prettier's job (npm run format); content is checked by npm run check.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'cli/',
      '.dist-*/',
      '.test-dist/',
      '.astro/',
      '.astro-cache/',
      'tests/.out/',
      'tests/fixtures/',
      'bench/.out/',
      'test-results/',
      'playwright-report/',
      'examples/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // astro check is the type authority: its view of zod-inferred types is wider than this
      // plugin's, which calls some needed assertions unnecessary (and would remove them on --fix).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Tests read JSON and parsed files they then assert on: an untyped value is their point.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...astro.configs.recommended,
  {
    // Type information for .astro files comes from Astro's own checker (astro check); the typed
    // rules need a project the astro parser does not give them.
    files: ['**/*.astro', '**/*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Components and layouts render what src/lib computed; they never load content themselves.
    // (.dependency-cruiser.cjs holds the same rule for TypeScript, which it reads; .astro it does not.)
    files: ['src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'astro:content', message: 'Only src/lib/registry.ts reads collections.' },
          ],
          patterns: [
            {
              group: [
                '**/lib/registry',
                '**/lib/pipeline',
                '**/lib/check',
                '**/lib/load/*',
                '**/lib/rules/*',
              ],
              message:
                'Components take the page context as a prop; pages get it from src/lib/views/context.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/routes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              message: 'Pages ask src/lib (views/context.ts), never the collections.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
