import fs from 'node:fs/promises';
import path from 'node:path';
import { appDir } from './paths.mjs';
import { START_VIEWPORT } from './scenarios/shared.mjs';

/**
 * Wait before each checkpoint, in ms. It is longer than rrweb's throttles
 * (scroll 100 ms, mouse moves 50 ms, viewport resize 200 ms) and than the
 * pages' 300 ms animations. So every change the user saw is already in the
 * recording when the checkpoint is marked.
 */
const SETTLE_MS = 450;

/**
 * Records one app with rrweb through its scripted session. At each
 * checkpoint the page emits a `checkpoint` custom event and describes its
 * live DOM in the same task; a viewport screenshot follows. Writes
 * `events.json`, `truth.json` and `truth-N.png` to the app's out folder.
 */
export async function recordApp({ browser, origin, bundles, name, scenario }) {
  const dir = appDir(name);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });

  const context = await browser.newContext({
    viewport: START_VIEWPORT,
    deviceScaleFactor: 1,
  });
  const outside = await keepLocal(context, origin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(`${origin}/apps/${scenario.page}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.addScriptTag({ path: bundles.record });
  await page.evaluate(() => window.fidelityRecord.start());

  const session = createSession(page, dir);
  await scenario.run(session);
  const events = await page.evaluate(() => window.fidelityRecord.stop());
  await context.close();

  const truth = {
    app: name,
    origin,
    checkpoints: session.checkpoints,
    errors,
    outside,
  };
  await fs.writeFile(path.join(dir, 'events.json'), JSON.stringify(events));
  await fs.writeFile(path.join(dir, 'truth.json'), JSON.stringify(truth));
  return { events: events.length, checkpoints: session.checkpoints.length };
}

/**
 * Aborts every request that leaves the local server and lists it: the app
 * pages must work offline. Requests to `aliases` (the origin of an earlier
 * server, which recorded URLs still name) are served by the current one.
 */
export async function keepLocal(context, origin, aliases = []) {
  const outside = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) {
      return route.continue();
    }
    const alias = aliases.find((other) => url.startsWith(`${other}/`));
    if (alias) {
      const response = await route.fetch({
        url: origin + url.slice(alias.length),
      });
      return route.fulfill({ response });
    }
    outside.push(url);
    return route.abort();
  });
  return outside;
}

function createSession(page, dir) {
  const checkpoints = [];

  async function checkpoint(label) {
    await page.waitForTimeout(SETTLE_MS);
    const n = checkpoints.length + 1;
    const description = await page.evaluate(
      (index) => window.fidelityRecord.checkpoint(index),
      n,
    );
    // The pages hide the caret themselves and are idle by now, so the
    // screenshot needs no style injection (which rrweb would record).
    await page.screenshot({
      path: path.join(dir, `truth-${n}.png`),
      animations: 'allow',
      caret: 'initial',
    });
    checkpoints.push({ n, label, description });
  }

  return { page, checkpoints, checkpoint };
}
