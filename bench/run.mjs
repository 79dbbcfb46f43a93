/**
 * Benchmarks Reprise against rrweb's Replayer in one headless Chromium:
 * first frame, heap after load, random seeks in three orders, and the
 * longest main-thread task during seeks and 8x playback.
 *
 *   npm run bench                      full run, writes BENCHMARKS.md
 *   npm run bench -- --quick           fewer recordings and seeks
 *   npm run bench -- --only=chalk-1h   only the named recordings
 *                                      (comma-separated)
 *   npm run bench -- --heatmap         only the heatmap benchmarks
 *
 * Every run but --only ends with the heatmap benchmarks: rendering
 * 1,000,000 points beside simpleheat and heatmap.js, and aggregating
 * 1,000 recordings in a worker (100 with --quick).
 *
 * A run with --quick, --only or --heatmap writes bench/out/benchmarks-partial.md
 * instead of BENCHMARKS.md. Raw numbers go to bench/out/results.json (or
 * results-partial.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureRecordings } from './generate.mjs';
import { writeBenchmarksDoc } from './lib/benchmarksDoc.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { buildBundles, PLAYERS } from './lib/bundles.mjs';
import { evaluateGoals, GOAL_RECORDING } from './lib/goals.mjs';
import { buildHeatmapBundles, measureHeatmap } from './lib/heatmapBench.mjs';
import { evaluateHeatmapGoals } from './lib/heatmapReport.mjs';
import { currentLoad, describeMachine } from './lib/machine.mjs';
import { measureColdStarts } from './lib/measureColdStarts.mjs';
import { measurePlayer } from './lib/measurePlayer.mjs';
import { OUT_DIR, REPO_ROOT } from './lib/paths.mjs';
import { FIXTURES_DIR, readRecording } from './lib/readRecording.mjs';
import { GENERATED, REAL } from './lib/recordingSpecs.mjs';
import { startServer } from './lib/server.mjs';
import * as tables from './lib/tables.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const heatmapOnly = process.argv.includes('--heatmap');
const partial = quick || only !== undefined || heatmapOnly;
const known = [...GENERATED, ...REAL].map((spec) => spec.name);
const unknown = only?.filter((name) => !known.includes(name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `Unknown recording ${unknown.join(', ')} in --only; ` +
      `expected one of: ${known.join(', ')}.`,
  );
  process.exit(1);
}

/** @type {import('./lib/measurePlayer.mjs').MeasureOptions} */
const OPTIONS = quick
  ? { seekCount: 15, passBudgetMs: 8_000, playbackWallMs: 4_000 }
  : { seekCount: 50, passBudgetMs: 15_000, playbackWallMs: 10_000 };
/** Fresh pages per player for the cold first frame and heap after load. */
const COLD_RUNS = quick ? 3 : 5;
const PLAYBACK_SPEED = 8;

const started = Date.now();
const log = (/** @type {string} */ line) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${line}`);
};

await buildBundles();
await buildHeatmapBundles();
const server = await startServer();
const browser = await launchBrowser();
const machine = describeMachine(browser);
try {
  /** @param {{ name: string, quick: boolean }} spec */
  const selected = (spec) =>
    heatmapOnly
      ? false
      : only
        ? only.includes(spec.name)
        : !quick || spec.quick;
  const generated = await ensureRecordings({
    specs: GENERATED.filter(selected),
    browser,
    baseUrl: server.url,
    log,
  });
  const recordings = [
    ...generated.map((g) => ({ ...g, url: `/generated/${g.name}.json` })),
    ...REAL.filter(selected).map(describeReal),
  ];
  const results = await measureAll(recordings, server.url);
  const heatmap = only
    ? undefined
    : await measureHeatmap(browser, server.url, { log, quick });
  const args = process.argv.slice(2).join(' ');
  await report({
    command: args ? `npm run bench -- ${args}` : 'npm run bench',
    partial,
    options: { ...OPTIONS, playbackSpeed: PLAYBACK_SPEED, coldRuns: COLD_RUNS },
    machine: { ...machine, loadAtEnd: currentLoad() },
    rrwebVersion: rrwebVersion(),
    elapsedS: (Date.now() - started) / 1000,
    goals: evaluateGoals(
      results.find((r) => r.recording.name === GOAL_RECORDING),
    ),
    results,
    generated,
    heatmap,
  });
} finally {
  await browser.close();
  await server.close();
}

/**
 * Measures each player on each recording, one fresh page at a time.
 * @param {(tables.RecordingInfo & { url: string })[]} recordings
 * @param {string} baseUrl
 * @returns {Promise<tables.RecordingResult[]>}
 */
async function measureAll(recordings, baseUrl) {
  const options = { ...OPTIONS, playbackSpeed: PLAYBACK_SPEED };
  const results = [];
  for (const recording of recordings) {
    log(`${recording.name}: cold starts, ${COLD_RUNS} per player`);
    const cold = await measureColdStarts(
      browser,
      baseUrl,
      recording.url,
      COLD_RUNS,
    );
    /** @type {Record<string, any>} */
    const pair = {};
    for (const player of PLAYERS) {
      log(`${recording.name}: ${player}`);
      const { url } = recording;
      pair[player] = {
        ...(await measurePlayer(browser, baseUrl, player, url, options)),
        ...cold[player],
      };
      if (pair[player].error) log(`  failed at ${pair[player].error}`);
    }
    results.push({ recording, reprise: pair.reprise, rrweb: pair.rrweb });
  }
  return results;
}

/**
 * Prints the tables and goals, and writes the raw numbers and the report.
 * @param {Record<string, any>} run
 */
async function report(run) {
  const suffix = partial ? '-partial' : '';
  const json = path.join(OUT_DIR, `results${suffix}.json`);
  fs.writeFileSync(json, JSON.stringify(run, null, 2));

  const { results } = run;
  console.log(`\n${tables.recordingsTable(results)}\n`);
  console.log(`${tables.loadTable(results)}\n`);
  console.log(`${tables.seekTable(results)}\n`);
  console.log(`${tables.taskTable(results)}\n`);
  if (run.heatmap?.error)
    console.log(`heatmap run failed: ${run.heatmap.error}`);
  for (const goal of [...run.goals, ...evaluateHeatmapGoals(run.heatmap)]) {
    const verdict = goal.pass ? 'PASS' : 'FAIL';
    console.log(`${verdict}  ${goal.goal}: ${goal.measured}`);
  }

  const doc = partial
    ? path.join(OUT_DIR, 'benchmarks-partial.md')
    : path.join(REPO_ROOT, 'BENCHMARKS.md');
  await writeBenchmarksDoc(doc, run);
  log(`wrote ${path.relative(REPO_ROOT, doc)}`);
}

/** @param {{ name: string, about: string }} spec */
function describeReal(spec) {
  const events = readRecording(spec.name);
  const file = path.join(FIXTURES_DIR, `${spec.name}.json`);
  return {
    name: spec.name,
    about: spec.about,
    events: events.length,
    bytes: fs.statSync(file).size,
    durationMs: events.at(-1).timestamp - events[0].timestamp,
    url: `/fixtures/${spec.name}.json`,
  };
}

/** Version of the installed rrweb package. */
function rrwebVersion() {
  const file = path.join(REPO_ROOT, 'node_modules', 'rrweb', 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}
