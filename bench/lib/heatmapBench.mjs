import fs from 'node:fs';
import { buildPageBundle } from './bundles.mjs';
import { FIXTURES_DIR } from './readRecording.mjs';

/** Points drawn by each renderer, on a 1280 x 800 canvas. */
export const HEATMAP_POINTS = 1_000_000;

/** Recordings aggregated in the worker. */
export const AGGREGATED_RECORDINGS = 1000;

/**
 * Real recordings cycled through to make the 1,000, from 12 KB to 4 MB:
 * every bundled one with clicks or movement.
 */
export const AGGREGATED_FIXTURES = fs
  .readdirSync(FIXTURES_DIR)
  .filter(
    (file) => file.endsWith('.json') && !file.startsWith('rrweb-fixture-webgl'),
  )
  .sort();

/** Recordings whose click boxes are measured by replay on the main thread. */
export const MEASURED_FIXTURES = [
  'reprise-pricing-375.json',
  'reprise-pricing-768.json',
  'reprise-pricing-1280.json',
  'chalk-session-25131bfa.json',
  'chalk-session-e1e2280b.json',
  'posthog-com-docs.json',
];

const ENTRIES = {
  heatmap: 'heatmapEntry.ts',
  heatmapWorker: 'heatmapWorkerEntry.ts',
};

/** Builds `bench/out/page/heatmap.js` and its worker with Vite. */
export async function buildHeatmapBundles() {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await buildPageBundle(name, entry);
  }
}

/**
 * Runs the heatmap benchmarks, each in a fresh page of `browser`: rendering
 * 1,000,000 points with Reprise, simpleheat and heatmap.js, aggregating
 * 1,000 recordings in the worker while watching the main thread, and
 * measuring click boxes by replay on the main thread.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ log: (line: string) => void, quick?: boolean }} options
 */
export async function measureHeatmap(browser, baseUrl, { log, quick = false }) {
  /** @type {string[]} */
  const errors = [];
  try {
    // simpleheat takes one to two minutes per draw of a million points
    // here, so it gets few runs.
    const runs = quick
      ? { reprise: 5, simpleheat: 1, 'heatmap.js': 1 }
      : { reprise: 15, simpleheat: 2, 'heatmap.js': 3 };
    log(`heatmap: rendering ${HEATMAP_POINTS.toLocaleString('en')} points`);
    const render = await inFreshPage(browser, baseUrl, errors, (page) =>
      page.evaluate(
        ([points, runs]) => window.heatmapBench.render(points, runs),
        /** @type {const} */ ([HEATMAP_POINTS, runs]),
      ),
    );

    // A page of its own, so collecting the renderers' garbage (millions
    // of point objects) does not land in this measurement.
    const count = quick ? 100 : AGGREGATED_RECORDINGS;
    log(`heatmap: aggregating ${count} recordings in a worker`);
    const urls = AGGREGATED_FIXTURES.map((file) => `/fixtures/${file}`);
    const aggregate = await inFreshPage(browser, baseUrl, errors, (page) =>
      page.evaluate(
        ([urls, count]) => window.heatmapBench.aggregate(urls, count),
        /** @type {const} */ ([urls, count]),
      ),
    );

    log('heatmap: measuring click boxes by replay');
    const measure = await inFreshPage(browser, baseUrl, errors, (page) =>
      page.evaluate(
        (urls) => window.heatmapBench.measure(urls),
        MEASURED_FIXTURES.map((file) => `/fixtures/${file}`),
      ),
    );
    return {
      render,
      aggregate,
      measure,
      fixtures: AGGREGATED_FIXTURES,
      measuredFixtures: MEASURED_FIXTURES,
      errors,
    };
  } catch (error) {
    return { error: /** @type {Error} */ (error).message, errors };
  }
}

/**
 * Opens the heatmap bench page in a new browser context, runs `task` on
 * it and closes the context. Page errors are added to `errors`.
 * @template T
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string[]} errors
 * @param {(page: import('playwright-core').Page) => Promise<T>} task
 * @returns {Promise<T>}
 */
async function inFreshPage(browser, baseUrl, errors, task) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/page/heatmap.html`);
    await page.waitForFunction(() => window.heatmapBench !== undefined);
    return await task(page);
  } finally {
    await context.close();
  }
}
