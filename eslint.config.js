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

/**
 * Unit tests wait for the fact that proves the work is done (`findBy…`, `waitFor` on a
 * condition, a spy that was called), never for time to pass: a sleep is slow when the
 * machine is fast and flaky when it is loaded. Fake timers (`vi.useFakeTimers`,
 * `vi.advanceTimersByTime`) stay allowed: they move a clock, they do not wait.
 */
const sleepMessage =
  'Wacht in een unittest op het feit (findBy…, waitFor met een voorwaarde), niet op tijd; voor timers: vi.useFakeTimers.';
const noSleepsInTests = {
  'no-restricted-syntax': [
    'error',
    ...['setTimeout', 'setInterval', 'setImmediate'].flatMap((name) => [
      { selector: `CallExpression[callee.name='${name}']`, message: sleepMessage },
      { selector: `CallExpression[callee.property.name='${name}']`, message: sleepMessage },
      // Passed on rather than called: `new Promise((resolve) => setTimeout(resolve))`, `.then(setTimeout)`.
      { selector: `CallExpression > Identifier.arguments[name='${name}']`, message: sleepMessage },
    ]),
    { selector: 'ImportDeclaration[source.value=/timers/]', message: sleepMessage },
    {
      // `await screen.findByText(() => false).catch(() => undefined)`: a timeout used as a sleep.
      selector:
        "CallExpression[callee.property.name='catch'][callee.object.callee.property.name=/^findBy|^findAllBy|^waitFor/]",
      message: sleepMessage,
    },
    {
      selector:
        "CallExpression[callee.property.name='catch'][callee.object.callee.name=/^waitFor/]",
      message: sleepMessage,
    },
  ],
};

const frozenMessage =
  'Een migratie is bevroren: kopieer wat ze berekent naar haar eigen module in src/db/migrations/ in plaats van het te importeren.';

/** Schema versions and their upgrades import nothing of the app's live code (dexie only). */
const frozen = (...extra) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: '^@/', message: frozenMessage },
        { regex: '^\\.\\./', message: frozenMessage },
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
  // Upgrades are frozen in time: each carries its own copy of what it computes,
  // so a later change to live code cannot change what an old database becomes.
  {
    files: ['src/db/schema.ts'],
    rules: frozen({
      regex: '^\\./(?!migrations/)',
      message: 'schema.ts importeert alleen zijn eigen migraties (src/db/migrations/).',
    }),
  },
  {
    files: ['src/db/migrations/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: frozen(),
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
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: noSleepsInTests,
  },
);
