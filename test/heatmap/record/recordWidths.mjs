/**
 * Records the pricing page beside this file with rrweb's `record()` in
 * headless Chromium at each width of `WIDTHS`, following `CLICKS`, and
 * writes `test/fixtures/recordings/reprise-pricing-<width>.json`.
 *
 *   node test/heatmap/record/recordWidths.mjs
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  bundleBrowserCode,
  loadLaunchOptions,
} from '../../fidelity/bundle.mjs';
import { CLICKS, HEIGHT, WIDTHS, recordingName } from './clickPlan.mjs';

const PAGE_DIR = import.meta.dirname;
const OUT_DIR = path.resolve(PAGE_DIR, '../../fixtures/recordings');
const TYPES = { '.html': 'text/html', '.css': 'text/css' };

/** Pause between steps, in ms: longer than rrweb's 50 ms move sampling. */
const STEP_MS = 120;

/** Serves this folder's page and stylesheet on 127.0.0.1. */
async function serve() {
  const server = http.createServer(async (request, response) => {
    const name = path.basename(
      new URL(request.url ?? '/', 'http://x').pathname,
    );
    const type = TYPES[path.extname(name)];
    if (!type) return response.writeHead(404).end();
    try {
      const body = await fs.readFile(path.join(PAGE_DIR, name));
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Moves to a point inside `selector`'s box and clicks there. */
async function clickIn(page, { selector, fx, fy, times, waitMs = 0 }) {
  const target = page.locator(selector);
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(STEP_MS * 2);
  const box = await target.boundingBox();
  if (!box) throw new Error(`No box for ${selector}.`);
  const x = box.x + box.width * fx;
  const y = box.y + box.height * fy;
  await page.mouse.move(x - 40, y - 20, { steps: 4 });
  await page.waitForTimeout(STEP_MS);
  await page.mouse.move(x, y, { steps: 4 });
  for (let i = 0; i < times; i++) {
    await page.mouse.click(x, y);
    await page.waitForTimeout(times > 1 ? 150 : STEP_MS * 3);
  }
  await page.waitForTimeout(waitMs);
}

/** Records one session at `width` and returns its events. */
async function recordAt(browser, origin, bundles, width) {
  const context = await browser.newContext({
    viewport: { width, height: HEIGHT },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto(`${origin}/pricing.html`, { waitUntil: 'load' });
  await page.addScriptTag({ path: bundles.record });
  await page.evaluate(() => window.fidelityRecord.start());

  await page.mouse.move(width / 2, 100, { steps: 6 });
  for (const click of CLICKS) await clickIn(page, click);
  // Scroll depth differs per width: the narrow layout is read further.
  await page.mouse.wheel(0, width < 768 ? 4000 : 1200);
  await page.waitForTimeout(600);
  // Dead-click judgment needs 2.5 s after the last click.
  await page.waitForTimeout(2800);

  const events = await page.evaluate(() => window.fidelityRecord.stop());
  await context.close();
  return events;
}

const bundles = await bundleBrowserCode();
const server = await serve();
const browser = await chromium.launch(await loadLaunchOptions());
try {
  for (const width of WIDTHS) {
    const events = await recordAt(browser, server.origin, bundles, width);
    const file = path.join(OUT_DIR, `${recordingName(width)}.json`);
    await fs.writeFile(file, JSON.stringify(events));
    console.log(
      `${path.relative(process.cwd(), file)}: ${events.length} events`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
