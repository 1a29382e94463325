// Lint config. Besides the usual rules it holds the architecture's import lines
// (see ../shared/style.md): domain imports nothing of ours, db only domain,
// features never each other, app composes.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'dexie', 'dexie-react-hooks'];

/** A relative import that names a top-level layer skips the '@/' alias and the lines below. */
const relativeLayerImport = {
  regex: '^(\\.\\./)+(app|db|domain|features|i18n|testing|ui)(/|$)',
  message: "Importeer andere lagen via '@/…' zodat de importregels gelden.",
};

/** `../other-feature/x` from inside a feature: the same crossing as `@/features/other-feature/x`. */
const siblingFeatureImport = (name) => ({
  regex: `^(\\./)?(\\.\\./)+(${features.filter((other) => other !== name).join('|')})(/|$)`,
  message: 'Features importeren elkaar niet; gedeelde delen horen in src/ui, src/domain of src/db.',
});

const restrict = (allowed, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        relativeLayerImport,
        {
          regex: `^@/(?!(${allowed.join('|')})/)`,
          message: `Deze laag mag alleen importeren uit: ${allowed.join(', ')}.`,
        },
        ...extra,
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The board is a keyboard grid: the cells handle keys themselves.
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  {
    files: ['src/domain/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: restrict(['domain'], [{ group: uiLibraries, message: 'domain is pure TypeScript.' }]),
  },
  {
    files: ['src/i18n/**'],
    rules: restrict(['i18n', 'domain']),
  },
  {
    files: ['src/db/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: restrict(
      ['domain', 'db'],
      [{ group: ['react', 'react-dom', 'zustand'], message: 'db has no UI.' }],
    ),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(['ui', 'domain', 'i18n']),
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**`],
    rules: restrict(
      [`features/${name}`, 'domain', 'db', 'ui', 'i18n', 'testing'],
      [siblingFeatureImport(name)],
    ),
  })),
);
