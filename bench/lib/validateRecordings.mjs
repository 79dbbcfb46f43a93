import { openPlayerPage } from './browser.mjs';

/** Engines each generated recording is checked with. */
const ENGINES = ['reprise', 'rrweb'];

/**
 * @typedef {{ problems: string[], baseProblems: string[],
 *   newProblems: string[], error: string | null }} EngineCheck
 */

/**
 * Replays each generated recording and its base to the end, with Reprise
 * and with rrweb's Replayer, and compares what each engine reports:
 * Reprise's diagnostics and rrweb's warnings. A generated recording should
 * bring no kind of problem that its base does not have.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ name: string, base: string }[]} specs
 * @returns {Promise<Record<string, Record<string, EngineCheck>>>}
 */
export async function validateRecordings(browser, baseUrl, specs) {
  /** @type {Map<string, { problems: string[], error: string | null }>} */
  const baseResults = new Map();
  /** @type {Record<string, Record<string, EngineCheck>>} */
  const results = {};

  for (const spec of specs) {
    results[spec.name] = {};
    for (const engine of ENGINES) {
      const baseKey = `${engine} ${spec.base}`;
      if (!baseResults.has(baseKey)) {
        const url = `/fixtures/${spec.base}.json`;
        baseResults.set(
          baseKey,
          await replayToEnd(browser, baseUrl, engine, url),
        );
      }
      const base = /** @type {{ problems: string[] }} */ (
        baseResults.get(baseKey)
      );
      const url = `/generated/${spec.name}.json`;
      const own = await replayToEnd(browser, baseUrl, engine, url);
      const baseKinds = new Set(base.problems.map(kindOf));
      /** @type {Record<string, EngineCheck>} */ (results[spec.name])[engine] =
        {
          problems: own.problems,
          baseProblems: base.problems,
          newProblems: own.problems.filter((p) => !baseKinds.has(kindOf(p))),
          error: own.error,
        };
    }
  }
  return results;
}

/** @param {string} problem a `text ×count` line */
function kindOf(problem) {
  return problem.replace(/ ×\d+$/, '');
}

/**
 * Loads a recording into a fresh page, builds the first frame and seeks
 * to the end; returns what the engine reported.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} engine
 * @param {string} url
 */
async function replayToEnd(browser, baseUrl, engine, url) {
  const player = await openPlayerPage(browser, baseUrl, engine);
  try {
    return await player.page.evaluate(async (recordingUrl) => {
      const harness = /** @type {any} */ (window).benchHarness;
      await harness.load(recordingUrl);
      await harness.firstFrame();
      await harness.seekPass([harness.duration()], 1e9);
      return { problems: harness.problems(), error: null };
    }, url);
  } catch (error) {
    return { problems: [], error: /** @type {Error} */ (error).message };
  } finally {
    await player.close();
  }
}
