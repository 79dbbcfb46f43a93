// Fidelity harness: records app pages with rrweb in Chromium, replays the
// recordings with Reprise and with rrweb's Replayer, compares both with
// what the page showed, and writes FIDELITY.md. See FIDELITY.md for what
// is measured and how.
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { bundleBrowserCode, loadLaunchOptions } from './bundle.mjs';
import { commandLine, readOptions, USAGE } from './options.mjs';
import { OUT_DIR } from './paths.mjs';
import { recordApp } from './record.mjs';
import { replayApp } from './replay.mjs';
import { writeReport } from './report.mjs';
import { SCENARIOS } from './scenarios/index.mjs';
import { startServer } from './server.mjs';
import { formatPixels, formatShare, summarizeEngine } from './summarize.mjs';

const RESULTS_PATH = path.join(OUT_DIR, 'results.json');

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }

  await fs.mkdir(OUT_DIR, { recursive: true });
  const bundles = await bundleBrowserCode();
  const server = await startServer();
  const browser = await chromium.launch(await loadLaunchOptions());
  const command = commandLine(options, Object.keys(SCENARIOS));
  const runs = await readResults();

  try {
    for (const name of options.apps) {
      const context = { browser, origin: server.origin, bundles, name };
      const run = await runApp(context, options.replayOnly).catch((error) => {
        // One broken app must not hide the others' results.
        console.error(`${name}: failed`, error);
        process.exitCode = 1;
        return null;
      });
      if (!run) continue;
      runs[name] = {
        ...run,
        command,
        date: new Date().toISOString(),
        chromium: browser.version(),
      };
      await fs.writeFile(RESULTS_PATH, JSON.stringify(runs, null, 1));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  await writeReport(orderedRuns(runs));
  console.log('Wrote FIDELITY.md');
}

async function runApp(context, replayOnly) {
  const started = Date.now();
  if (!replayOnly) {
    const scenario = SCENARIOS[context.name];
    const recorded = await recordApp({ ...context, scenario });
    console.log(
      `${context.name}: recorded ${recorded.events} events, ` +
        `${recorded.checkpoints} checkpoints`,
    );
  }

  const run = await replayApp(context);
  for (const [engine, checkpoints] of Object.entries(run.engines)) {
    const sum = summarizeEngine(checkpoints);
    console.log(
      `  ${engine.padEnd(8)} nodes ${formatShare(sum.minShare)} min, ` +
        `pixels ${formatPixels(sum.maxPixels)} max, ` +
        `${sum.atGoal}/${sum.checkpoints} at goal`,
    );
  }
  for (const [engine, checkpoints] of Object.entries(run.engines)) {
    const failed = checkpoints.find((checkpoint) => checkpoint.error);
    if (failed) {
      console.warn(`  ${engine} failed at #${failed.n}: ${failed.error}`);
    }
  }
  if (run.outside.length > 0) {
    console.warn(`  blocked ${run.outside.length} outside requests`);
  }
  console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return run;
}

async function readResults() {
  try {
    return JSON.parse(await fs.readFile(RESULTS_PATH, 'utf8'));
  } catch {
    return {};
  }
}

/** Results in the order of the scenario list, known apps only. */
function orderedRuns(runs) {
  const ordered = {};
  for (const name of Object.keys(SCENARIOS)) {
    if (runs[name]) ordered[name] = runs[name];
  }
  return ordered;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
