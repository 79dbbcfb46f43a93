import { openPlayerPage } from './browser.mjs';
import { PLAYERS } from './bundles.mjs';
import { heapTotals } from './measurePlayer.mjs';
import { summarize } from './stats.mjs';

/**
 * @typedef {object} ColdStart
 * @property {number[]} firstFrameRunsMs first frame of each run, in ms
 * @property {number} firstFrameMs median of `firstFrameRunsMs`
 * @property {{ js: number, dom: number, total: number }} heap
 *   median heap after the first frame, in bytes
 */

/**
 * Opens each player `runs` times, each time in a fresh page where its
 * code has never run, and times the first frame (built, laid out and
 * painted), then reads the heap after garbage collection. The players
 * take turns, and the one that goes first alternates between runs, so
 * load on the shared machine falls on both alike.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} url recording URL on the bench server
 * @param {number} runs
 * @returns {Promise<Record<string, ColdStart>>} by player name
 */
export async function measureColdStarts(browser, baseUrl, url, runs) {
  /** @type {Record<string, { times: number[], heaps: any[] }>} */
  const samples = Object.fromEntries(
    PLAYERS.map((player) => [player, { times: [], heaps: [] }]),
  );

  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? PLAYERS : [...PLAYERS].reverse();
    for (const player of order) {
      const sample = await coldStart(browser, baseUrl, player, url);
      samples[player]?.times.push(sample.firstFrameMs);
      samples[player]?.heaps.push(sample.heap);
    }
  }

  return Object.fromEntries(
    Object.entries(samples).map(([player, { times, heaps }]) => [
      player,
      {
        firstFrameRunsMs: times,
        firstFrameMs: summarize(times).p50,
        heap: medianHeap(heaps),
      },
    ]),
  );
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} player
 * @param {string} url
 */
async function coldStart(browser, baseUrl, player, url) {
  const page = await openPlayerPage(browser, baseUrl, player);
  try {
    const call = (
      /** @type {string} */ method,
      /** @type {unknown[]} */ args,
    ) =>
      page.page.evaluate(
        ([name, values]) =>
          /** @type {any} */ (window).benchHarness[name](...values),
        /** @type {const} */ ([method, args]),
      );
    await call('load', [url]);
    const firstFrameMs = /** @type {number} */ (await call('firstFrame', []));
    const heap = heapTotals(await page.heapAfterGc());
    return { firstFrameMs, heap };
  } finally {
    await page.close();
  }
}

/**
 * Returns the heap sample with the median total.
 * @param {{ js: number, dom: number, total: number }[]} heaps
 */
function medianHeap(heaps) {
  const sorted = [...heaps].sort((a, b) => a.total - b.total);
  return sorted[(sorted.length - 1) >> 1] ?? { js: NaN, dom: NaN, total: NaN };
}
