import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'test-results/**',
      'apps/web/dist/**',
      // The bench's compiled servers and its checkout of a baseline commit (BENCH_BASELINE).
      '.bench-build/**',
      '.bench-baseline/**',
      // Generated from the OpenAPI document (npm run generate:client).
      'apps/web/src/api/schema.gen.ts',
      '**/*.js',
      '**/*.mjs',
      // Generated from the OpenAPI document (npm run generate:test-client).
      'test/support/api-schema.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Libs are used only through their public face: `@assay/<lib>`, never a path inside another lib.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@assay/*/*'], message: 'Import a lib by its alias (@assay/<lib>), not a deep path.' },
            {
              group: ['**/libs/*/src/**', '**/libs/*/src', '../../libs/**', '../../../libs/**'],
              message: 'Import other libs by alias (@assay/<lib>).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@assay/*/*', '**/libs/**'], message: 'Import libs by alias.' }] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
