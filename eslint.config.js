import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

// Imports flow one way: bundle ← i18n ← reader ← app (and words ← reader). cli may use bundle.
const layers = [
  {
    target: './src/bundle',
    from: ['./src/i18n', './src/reader', './src/app', './src/cli', './src/words'],
  },
  { target: './src/words', from: ['./src/i18n', './src/reader', './src/app', './src/cli'] },
  { target: './src/i18n', from: ['./src/reader', './src/app', './src/cli'] },
  { target: './src/reader', from: ['./src/app', './src/cli'] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      'public/schema',
      'test-reports',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-i18next',
              importNames: ['Trans', 'TransWithoutContext'],
              message:
                "Kabar's build drops <Trans>'s HTML-entity unescaping (src/cli/noTransUnescapePlugin.ts): use t().",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text must stay text.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Article text must stay text.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Article text must stay text.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['tests/component/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Tests and tooling may assert on shapes they built themselves.
    files: ['tests/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-assertions': 'off' },
  },
);
