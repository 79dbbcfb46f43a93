import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromiumLaunchOptions } from './chromium.ts';
import { ENTRIES } from './build/entries.mjs';
import { startRequestLog, takeRequestLog } from './test/commands/requestLog.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// React 18 lives in test/react18/node_modules, apart from the project's
// React 19. The react18 projects point every `react` and `react-dom`
// import there, including those inside the dependencies listed in
// REACT_DEPENDENCIES, which are inlined so the alias reaches them.
const react18 = path.join(dirname, 'test/react18/node_modules');
const react18Alias = [
  { find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}/$1$2` },
  // Its `main` is CommonJS, whose require() calls no alias reaches.
  {
    find: /^@testing-library\/react$/,
    replacement: path.join(
      dirname,
      'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
    ),
  },
];
const REACT_DEPENDENCIES = [
  /@testing-library\/react/,
  /@floating-ui\/react/,
  /@tanstack\/react-virtual/,
  /zustand/,
];

// The example app imports Reprise by its package name; its tests resolve
// those names to the sources, as the app's own Vite config does.
const repriseAliases = ENTRIES.map((entry) => ({
  find: new RegExp(`^${entry.specifier.replace('/', '\\/')}$`),
  replacement: path.join(dirname, entry.source),
}));

const unitTests = {
  include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
  exclude: ['**/*.browser.test.{ts,tsx}', 'test/node/**'],
};
const browserTests = [
  'src/**/*.browser.test.{ts,tsx}',
  'test/**/*.browser.test.{ts,tsx}',
];

// A fresh object per project: vitest names each instance after the
// project it first meets, so shared instances would collide.
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        resolve: { alias: repriseAliases },
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./test/setup-dom.ts'],
          ...unitTests,
          provide: { reactMajor: 19 },
        },
      },
      {
        extends: true,
        resolve: { alias: react18Alias },
        test: {
          name: 'react18-unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./test/react18/setup.ts', './test/setup-dom.ts'],
          // The components and everything that renders them.
          include: ['test/react/**/*.test.{ts,tsx}'],
          exclude: unitTests.exclude,
          server: { deps: { inline: REACT_DEPENDENCIES } },
          provide: { reactMajor: 18 },
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovering React mid-run reloads the page.
        optimizeDeps: {
          include: ['react', 'react-dom/client', 'react/jsx-dev-runtime'],
        },
        test: {
          name: 'browser',
          include: browserTests,
          setupFiles: ['./test/setup-browser.ts'],
          testTimeout: 30_000,
          browser: {
            ...chromium(),
            commands: { startRequestLog, takeRequestLog },
          },
          provide: { reactMajor: 19 },
        },
      },
      {
        extends: true,
        resolve: { alias: react18Alias },
        // Its own dependency cache, so pre-bundled React 18 never mixes
        // with the React 19 bundles of the other browser projects.
        cacheDir: 'node_modules/.vite-react18',
        test: {
          name: 'react18-browser',
          include: ['test/react/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./test/react18/setup.ts', './test/setup-browser.ts'],
          testTimeout: 30_000,
          browser: chromium(),
          provide: { reactMajor: 18 },
        },
      },
      {
        extends: true,
        plugins: [
          storybookTest({
            configDir: path.join(dirname, '.storybook'),
            storybookScript: 'npm run storybook',
          }),
        ],
        test: { name: 'storybook', testTimeout: 30_000, browser: chromium() },
      },
    ],
  },
});
