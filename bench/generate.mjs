/**
 * Generates the long recordings the benchmark runs on, writes them to
 * bench/out/<name>.json with a summary in bench/out/recordings.json, and
 * checks that Reprise replays each one with no diagnostic its base
 * recording does not have.
 *
 *   node bench/generate.mjs [--quick] [--force]
 *
 * Importable: `ensureRecordings()` regenerates only when the specs or the
 * generator's source changed since the summary was written.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { buildBundles } from './lib/bundles.mjs';
import { generateRecording } from './lib/generateRecording.mjs';
import { OUT_DIR } from './lib/paths.mjs';
import { GENERATED } from './lib/recordingSpecs.mjs';
import { startServer } from './lib/server.mjs';
import { validateRecordings } from './lib/validateRecordings.mjs';

const SUMMARY_FILE = path.join(OUT_DIR, 'recordings.json');
/** Source files whose change makes the generated recordings stale. */
const GENERATOR_SOURCES = [
  'generateRecording.mjs',
  'loopRecording.mjs',
  'IdRemapper.mjs',
  'buildRestore.mjs',
  'domModel.mjs',
  'MutationTicker.mjs',
  'random.mjs',
  'recordingSpecs.mjs',
  'validateRecordings.mjs',
];

/**
 * @typedef {object} RecordingSummary
 * @property {string} name
 * @property {string} base
 * @property {string} about
 * @property {number} events
 * @property {number} bytes
 * @property {number} durationMs
 * @property {Record<string, unknown>} stats
 * @property {Record<string,
 *   import('./lib/validateRecordings.mjs').EngineCheck> | null} validation
 */

/**
 * Makes sure the generated recordings of `specs` exist and are current;
 * generates and validates the missing or stale ones. Pass a browser and a
 * server URL to validate in an existing session.
 * @param {{ specs?: import('./lib/recordingSpecs.mjs').GeneratedSpec[],
 *   force?: boolean, browser?: import('playwright-core').Browser,
 *   baseUrl?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<RecordingSummary[]>}
 */
export async function ensureRecordings(options = {}) {
  const { specs = GENERATED, force = false, log = console.log } = options;
  const signature = generatorSignature();
  const summary = readSummary(signature);
  const stale = specs.filter(
    (spec) =>
      force ||
      !summary[spec.name] ||
      !fs.existsSync(path.join(OUT_DIR, `${spec.name}.json`)),
  );

  for (const spec of stale) {
    const start = Date.now();
    const { events, stats } = generateRecording(spec);
    const text = JSON.stringify(events);
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, `${spec.name}.json`), text);
    summary[spec.name] = {
      name: spec.name,
      base: spec.base,
      about: spec.about,
      events: events.length,
      bytes: Buffer.byteLength(text),
      durationMs: events.at(-1).timestamp - events[0].timestamp,
      stats,
      validation: null,
    };
    log(
      `generated ${spec.name}: ${describeRecording(summary[spec.name])} ` +
        `in ${((Date.now() - start) / 1000).toFixed(1)} s`,
    );
  }

  if (stale.length > 0) {
    const validation = await validate(stale, options);
    for (const spec of stale) {
      const entry = /** @type {RecordingSummary} */ (summary[spec.name]);
      entry.validation = validation[spec.name] ?? null;
      log(`validated ${spec.name}: ${describeValidation(entry.validation)}`);
    }
    writeSummary(signature, summary);
  }
  return specs.map(
    (spec) => /** @type {RecordingSummary} */ (summary[spec.name]),
  );
}

/**
 * @param {import('./lib/recordingSpecs.mjs').GeneratedSpec[]} specs
 * @param {{ browser?: import('playwright-core').Browser, baseUrl?: string }} options
 */
async function validate(specs, options) {
  if (options.browser && options.baseUrl) {
    return validateRecordings(options.browser, options.baseUrl, specs);
  }
  await buildBundles();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    return await validateRecordings(browser, server.url, specs);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Hash of the generator's source files. */
function generatorSignature() {
  const hash = crypto.createHash('sha256');
  for (const file of GENERATOR_SOURCES) {
    hash.update(fs.readFileSync(new URL(`./lib/${file}`, import.meta.url)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * @param {string} signature
 * @returns {Record<string, RecordingSummary>}
 */
function readSummary(signature) {
  if (!fs.existsSync(SUMMARY_FILE)) return {};
  const saved = JSON.parse(fs.readFileSync(SUMMARY_FILE, 'utf8'));
  return saved.signature === signature ? saved.recordings : {};
}

/**
 * @param {string} signature
 * @param {Record<string, RecordingSummary>} recordings
 */
function writeSummary(signature, recordings) {
  const text = JSON.stringify({ signature, recordings }, null, 2);
  fs.writeFileSync(SUMMARY_FILE, `${text}\n`);
}

/** @param {RecordingSummary} entry */
export function describeRecording(entry) {
  const minutes = (entry.durationMs / 60_000).toFixed(1);
  const megabytes = (entry.bytes / 1e6).toFixed(1);
  return `${entry.events} events, ${megabytes} MB, ${minutes} min`;
}

/**
 * @param {Record<string, import('./lib/validateRecordings.mjs').EngineCheck>
 *   | null} validation
 */
function describeValidation(validation) {
  if (!validation) return 'not validated';
  return Object.entries(validation)
    .map(([engine, check]) => {
      if (check.error) return `${engine}: ERROR ${check.error}`;
      if (check.newProblems.length > 0) {
        return `${engine}: NEW problems ${check.newProblems.join('; ')}`;
      }
      const seen = check.problems.join('; ') || 'none';
      return `${engine}: nothing new (reported: ${seen})`;
    })
    .join(', ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const force = process.argv.includes('--force');
  const specs = quick ? GENERATED.filter((s) => s.quick) : GENERATED;
  const summaries = await ensureRecordings({ specs, force });
  for (const entry of summaries) {
    console.log(
      `${entry.name}: ${describeRecording(entry)}; ` +
        describeValidation(entry.validation),
    );
  }
}
