/*
 * Server-side rendering check of the built package, run in plain Node
 * with no DOM globals: imports every entry point through the package's
 * own exports, then renders the player with react-dom/server. Importing
 * must not touch `window` or `document`; in plain Node either one throws
 * a ReferenceError, which fails the check.
 *
 * Usage: node test/package/ssr.mjs
 *        node --import ./test/package/useReact18.mjs test/package/ssr.mjs
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createElement } from 'react';
import { renderToString, version } from 'react-dom/server';
import { ENTRIES, ROOT } from '../../build/entries.mjs';

const DOM_GLOBALS = ['window', 'document', 'navigator', 'HTMLElement'];

let failures = 0;

async function check(name, run) {
  try {
    await run();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL ${name}\n     ${error?.stack ?? error}`);
  }
}

for (const global of DOM_GLOBALS) {
  assert.equal(
    typeof globalThis[global],
    'undefined',
    `${global} is defined, so this is not a plain Node process`,
  );
}

/** Runs `render` and throws if React or the package warned meanwhile. */
function withoutWarnings(render) {
  const warnings = [];
  const { error, warn } = console;
  console.error = console.warn = (...args) => warnings.push(args.join(' '));

  try {
    return render();
  } finally {
    console.error = error;
    console.warn = warn;
    assert.deepEqual(warnings, [], 'warnings while rendering');
  }
}

const modules = {};

for (const entry of ENTRIES) {
  await check(`import ${entry.specifier}`, async () => {
    modules[entry.name] = await import(entry.specifier);
    assert.ok(
      Object.keys(modules[entry.name]).length > 0,
      `${entry.specifier} exports nothing`,
    );
  });
}

await check('importing left no DOM globals behind', () => {
  for (const global of DOM_GLOBALS) {
    assert.equal(typeof globalThis[global], 'undefined', global);
  }
});

const recordingPath = path.join(
  ROOT,
  'test/fixtures/recordings/sentry-analyzer-simple.json',
);
const events = JSON.parse(await readFile(recordingPath, 'utf8'));

await check(`render ReplayPlayer on the server (React ${version})`, () => {
  const { ReplayPlayer } = modules.react;
  const html = withoutWarnings(() =>
    renderToString(createElement(ReplayPlayer, { events })),
  );

  assert.match(html, /class="[^"]*reprise-player/);
  assert.match(html, /aria-label="Play"/);
  assert.match(html, /role="slider"/);
});

await check('engine entry parses without a DOM', () => {
  const { parseRecording } = modules.engine;
  const recording = parseRecording(events);

  assert.ok(recording.duration > 0, `duration ${recording.duration}`);
});

await check('insights entry analyzes without a DOM', () => {
  const { parseRecording } = modules.engine;
  const { analyzeRecording } = modules.insights;
  const insights = analyzeRecording(parseRecording(events));

  assert.equal(insights.navigations.length, 1);
});

const passed = ENTRIES.length + 4 - failures;
console.log(`ssr: ${passed} passed, ${failures} failed`);
// React 18's react-dom leaves a MessagePort open in Node, which would
// keep the process alive after the checks.
process.exit(failures === 0 ? 0 : 1);
