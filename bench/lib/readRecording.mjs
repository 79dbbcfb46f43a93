import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the real recordings shipped with the tests. */
export const FIXTURES_DIR = fileURLToPath(
  new URL('../../test/fixtures/recordings/', import.meta.url),
);

/**
 * Reads a real recording by name (without `.json`) and returns its events
 * array, unwrapped from the PostHog (`result`) or chalk (`rrweb_data`)
 * wrapper object.
 * @param {string} name
 * @returns {any[]}
 */
export function readRecording(name) {
  const file = path.join(FIXTURES_DIR, `${name}.json`);
  return unwrapEvents(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}

/**
 * @param {unknown} raw parsed recording JSON
 * @param {string} label where it came from, for the error message
 * @returns {any[]}
 */
export function unwrapEvents(raw, label) {
  if (Array.isArray(raw)) return raw;
  const wrapper = /** @type {Record<string, unknown>} */ (raw ?? {});
  for (const key of ['rrweb_data', 'result', 'events']) {
    if (Array.isArray(wrapper[key])) return /** @type {any[]} */ (wrapper[key]);
  }
  throw new Error(`${label}: no events array found in the recording.`);
}
