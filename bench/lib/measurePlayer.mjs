import { openPlayerPage } from './browser.mjs';
import { seekTargets, summarize } from './stats.mjs';

/** Seed of the seek targets; the same for every player and recording. */
const TARGET_SEED = 20_240_601;
export const PASSES = /** @type {const} */ ([
  'forward',
  'backward',
  'shuffled',
]);
/**
 * First frames built per page. The first is cold, because the engine's
 * code runs for the first time; the median of the others shows the cost
 * once the code is compiled. The cold first frame and heap reported come
 * from `measureColdStarts`, which takes several fresh pages; the ones
 * here are kept as `firstFrameInPageMs` and `heapInPage`.
 */
const FIRST_FRAME_RUNS = 3;

/**
 * @typedef {object} MeasureOptions
 * @property {number} seekCount targets per pass
 * @property {number} passBudgetMs wall time after which a pass stops
 * @property {number} playbackWallMs wall time of the playback window
 * @property {number} playbackSpeed
 */

/**
 * @typedef {(method: string, args: unknown[]) => Promise<any>} HarnessCall
 *   calls `window.benchHarness[method](...args)` in the page
 */

/**
 * Measures one player on one recording in a fresh page: first frame (cold,
 * then warm), heap after the first load, three seek passes and a playback
 * window. A failure ends the measurement and is recorded in `error` with
 * the step it happened in.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} player
 * @param {string} url recording URL on the bench server
 * @param {MeasureOptions} options
 */
export async function measurePlayer(browser, baseUrl, player, url, options) {
  const page = await openPlayerPage(browser, baseUrl, player);
  /** @type {HarnessCall} */
  const call = (method, args) =>
    page.page.evaluate(
      ([name, values]) =>
        /** @type {any} */ (window).benchHarness[name](...values),
      /** @type {const} */ ([method, args]),
    );
  /** @type {Record<string, any>} */
  const result = { player, error: null };
  let step = 'load';

  try {
    result.load = await call('load', [url]);
    result.heapBaseline = heapTotals(await page.heapAfterGc());
    step = 'first frame';
    Object.assign(result, await measureFirstFrames(call, page.heapAfterGc));
    // Seeks are timed once background indexing is done, as a viewer who
    // opened a recording a moment ago would meet them.
    step = 'indexing';
    result.readyMs = await call('ready', []);
    result.heapReady = heapTotals(await page.heapAfterGc());

    const duration = await call('duration', []);
    const targets = seekTargets(duration, options.seekCount, TARGET_SEED);
    result.seeks = {};
    for (const pass of PASSES) {
      step = `${pass} seeks`;
      if (pass === 'forward') await call('seekPass', [[0], 1e9]);
      const args = [targets[pass], options.passBudgetMs];
      result.seeks[pass] = await call('seekPass', args);
    }
    // Memory each engine keeps once it has seeked: rrweb's Replayer keeps
    // state built while seeking, too.
    result.heapAfterSeeks = heapTotals(await page.heapAfterGc());

    step = 'playback';
    const start = Math.max(0, Math.min(duration * 0.3, duration - 90_000));
    const { playbackSpeed, playbackWallMs } = options;
    const args = [start, playbackSpeed, playbackWallMs];
    result.playback = await call('playback', args);
    result.problems = await call('problems', []);
  } catch (error) {
    const message = /** @type {Error} */ (error).message.split('\n')[0];
    result.error = `${step}: ${message}`;
  } finally {
    result.pageErrors = page.errors.slice(0, 5);
    await page.close();
  }
  return result;
}

/**
 * Builds the first frame FIRST_FRAME_RUNS times, reading the heap after
 * the first, and keeps the last player for the seeks.
 * @param {HarnessCall} call
 * @param {() => Promise<{ usedSize: number,
 *   embedderHeapUsedSize?: number }>} heapAfterGc
 */
async function measureFirstFrames(call, heapAfterGc) {
  const times = [await call('firstFrame', [])];
  const heap = heapTotals(await heapAfterGc());
  for (let i = 1; i < FIRST_FRAME_RUNS; i++) {
    await call('destroy', []);
    times.push(await call('firstFrame', []));
  }
  return {
    heapInPage: heap,
    firstFrameInPageMs: times[0],
    firstFrameWarmMs: summarize(times.slice(1)).p50,
  };
}

/**
 * @param {{ usedSize: number, embedderHeapUsedSize?: number }} usage
 *   CDP `Runtime.getHeapUsage` result, in bytes
 */
export function heapTotals(usage) {
  const dom = usage.embedderHeapUsedSize ?? 0;
  return { js: usage.usedSize, dom, total: usage.usedSize + dom };
}
