import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'storybook-static',
      'dist',
      'bench/out',
      'test/fidelity/out',
      'examples/admin/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The .mjs runners mix Node code with functions evaluated in the page,
    // so no single set of globals fits; running them catches stray names.
    files: ['**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
    },
  },
);
