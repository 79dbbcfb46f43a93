import path from 'node:path';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { REPO_ROOT } from './paths.mjs';

/**
 * Launches Debian's Chromium with the project's launch options from
 * `chromium.ts` (loaded through Vite, since Node 20 cannot import
 * TypeScript). Playwright downloads no browser because the options name
 * the executable.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchBrowser() {
  const { module } = await runnerImport(path.join(REPO_ROOT, 'chromium.ts'));
  const options = /** @type {import('playwright-core').LaunchOptions} */ (
    module.chromiumLaunchOptions
  );
  return chromium.launch(options);
}

/**
 * Opens a fresh page with the harness of `player`. Each page gets its own
 * browser context, and callers close it before opening the next, so the
 * engines never share a renderer's heap.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} player
 */
export async function openPlayerPage(browser, baseUrl, player) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/page/${player}.html`);
  await page.waitForFunction(() => window.benchHarness !== undefined);
  const cdp = await context.newCDPSession(page);
  return {
    page,
    errors,
    /**
     * Collects garbage, then returns the page's heap usage in bytes
     * (CDP `Runtime.getHeapUsage`).
     */
    async heapAfterGc() {
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    },
    close: () => context.close(),
  };
}
