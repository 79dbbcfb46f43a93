import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromiumLaunchOptions } from './chromium.ts';
import { startRequestLog, takeRequestLog } from './test/commands/requestLog.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

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
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./test/setup-dom.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', 'test/node/**'],
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
          include: [
            'src/**/*.browser.test.{ts,tsx}',
            'test/**/*.browser.test.{ts,tsx}',
          ],
          setupFiles: ['./test/setup-browser.ts'],
          testTimeout: 30_000,
          browser: {
            ...chromium(),
            commands: { startRequestLog, takeRequestLog },
          },
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
