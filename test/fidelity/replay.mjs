import fs from 'node:fs/promises';
import path from 'node:path';
import { compareDescriptions } from './compare.mjs';
import { appDir } from './paths.mjs';
import { diffScreenshots } from './pixels.mjs';
import { keepLocal } from './record.mjs';

/** The replayers measured, in report order. */
export const ENGINES = ['reprise', 'rrweb'];

/** Player page viewport: larger than any recorded viewport. */
const PLAYER_VIEWPORT = { width: 1100, height: 800 };

/**
 * Replays one app's recording with each engine, at every checkpoint, and
 * compares the replayed document and a screenshot of the replay iframe
 * with the ground truth. Writes per-checkpoint diff files and screenshots
 * to the app's out folder and returns the measurements.
 */
export async function replayApp({ browser, origin, bundles, name }) {
  const dir = appDir(name);
  const truth = JSON.parse(await fs.readFile(path.join(dir, 'truth.json')));
  const events = JSON.parse(await fs.readFile(path.join(dir, 'events.json')));
  const times = checkpointTimes(events);

  const context = await browser.newContext({
    viewport: PLAYER_VIEWPORT,
    deviceScaleFactor: 1,
  });
  const outside = await keepLocal(context, origin, [truth.origin]);
  const results = {};

  for (const engine of ENGINES) {
    const page = await context.newPage();
    await page.goto(`${origin}/apps/player.html`);
    await page.addScriptTag({ path: bundles.replay });
    await page.evaluate(
      (url) => window.fidelityReplay.load(url),
      `/out/${name}/events.json`,
    );

    results[engine] = [];
    for (const checkpoint of truth.checkpoints) {
      const time = times.get(checkpoint.n);
      if (time === undefined)
        throw new Error(`No event for checkpoint ${checkpoint.n}.`);
      const args = { engine, dir, time, checkpoint };
      results[engine].push(await measureCheckpoint(page, args));
    }
    await page.close();
  }

  await context.close();
  return { app: name, truthErrors: truth.errors, outside, engines: results };
}

/** Timestamp (ms since epoch) of each checkpoint's custom event. */
function checkpointTimes(events) {
  const times = new Map();
  for (const event of events) {
    if (event.type === 5 && event.data?.tag === 'checkpoint') {
      times.set(event.data.payload.n, event.timestamp);
    }
  }
  return times;
}

async function measureCheckpoint(page, { engine, dir, time, checkpoint }) {
  const { n, label, description: truth } = checkpoint;
  const replayed = await page.evaluate(
    ({ engine: which, time: at, size }) =>
      window.fidelityReplay[which](at, size),
    { engine, time, size: truth.viewport },
  );

  const shot = await page.locator('iframe[data-fidelity-shot]').screenshot({
    animations: 'allow',
    caret: 'initial',
  });
  await fs.writeFile(path.join(dir, `${engine}-${n}.png`), shot);
  const pixels = await diffScreenshots(
    path.join(dir, `truth-${n}.png`),
    shot,
    path.join(dir, `${engine}-${n}-diff.png`),
  );

  const dom = compareDescriptions(truth, replayed.description);
  const { samples, ...summary } = dom;
  const diffFile = path.join(dir, `${engine}-${n}-dom.json`);
  await fs.writeFile(diffFile, JSON.stringify({ label, samples }, null, 1));
  await fs.writeFile(
    path.join(dir, `${engine}-${n}-replayed.json`),
    JSON.stringify(replayed.description),
  );

  return {
    n,
    label,
    dom: summary,
    pixels,
    scale: replayed.scale,
    viewport: replayed.description.viewport,
    diagnostics: replayed.diagnostics,
    error: replayed.error,
  };
}
