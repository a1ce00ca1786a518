// Flat ESLint config. The second block is the architectural fence: domain/ and engine/ are the
// pure core shared by the browser, a Web Worker, the CLI and any backend, so they may not touch
// React, the DOM, zustand, the network, timers, the wall clock or storage.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import patterns for whole layers: a layer's index (`../store`) and any module in it (`../store/x`). */
const layers = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

const impureGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'requestAnimationFrame',
  'performance',
  'process',
].map((name) => ({ name, message: `src/domain and src/engine are pure: "${name}" is not allowed here.` }));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Type-aware checks, limited to the two that catch real defects here: a switch over a union
    // (robot and trigger types, commands, kinds) must name every member — a `default:` would hide a
    // type added later — and a promise must be awaited, returned or explicitly voided. The full
    // type-checked presets are not enabled: their cost on two cores buys little beyond tsc.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { allowDefaultCaseForExhaustiveSwitch: false, considerDefaultExhaustiveForUnions: false },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // A focused test (`.only`) silently turns the rest of its file off, in CI as well.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].map((object) => ({
          object,
          property: 'only',
          message: 'Focused tests skip the rest of the suite: remove .only before committing.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='only'][object.property.name='describe']",
          message: 'Focused tests skip the rest of the suite: remove .only before committing.',
        },
      ],
    },
  },
  {
    // The server sits beside the designer, not under it: the designer never imports it. Before the
    // domain/engine block, which replaces this rule there with its stricter list (server/ included).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '../server', '../../server'], message: 'src/ never imports server/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'os', 'child_process', 'http', 'https', 'url'].map((name) => ({
            name,
            message: 'domain/ and engine/ are pure: no Node built-ins.',
          })),
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@xyflow/*',
                'zustand',
                'zustand/*',
                '@dnd-kit/*',
                'monaco-editor',
                'monaco-editor/*',
                '@monaco-editor/*',
                'msw',
                'msw/*',
              ],
              message: 'domain/ and engine/ are pure: no UI or store libraries.',
            },
            { group: ['node:*'], message: 'domain/ and engine/ are pure: no Node built-ins.' },
            {
              group: layers('store', 'canvas', 'panels', 'ui', 'io', 'cli', 'server'),
              message: 'Arrows point down only: domain/engine import nothing above them.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Time is injected: no Date.now() in domain/ or engine/.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'The core is deterministic: no Math.random() in domain/ or engine/.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is injected: no new Date() without an argument in domain/ or engine/.',
        },
      ],
    },
  },
  {
    // The server stands on the pure core and io only (the npm entry's delegation to the CLI aside).
    files: ['server/**/*.ts'],
    ignores: ['server/cli/orderflow.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...layers('src/store', 'src/canvas', 'src/panels', 'src/ui', 'src/cli', 'src/app'),
                '**/mocks/**',
                'react',
                'react-dom',
              ],
              message: 'server/ imports src/domain, src/engine and src/io only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI runs in Node without a page: it stands on the core, io and i18n, never on a screen.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...layers('store', 'canvas', 'panels', 'ui', 'app', 'server'),
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
              ],
              message: 'src/cli/ imports domain, engine, io and i18n only: no screen code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.{ts,js,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
