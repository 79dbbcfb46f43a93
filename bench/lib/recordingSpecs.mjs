/**
 * The recordings the benchmark runs on: long ones generated from real
 * recordings (see loopRecording.mjs) and real ones used as they are.
 */

/**
 * @typedef {object} GeneratedSpec
 * @property {string} name file name in bench/out, without `.json`
 * @property {string} base real recording looped, from test/fixtures
 * @property {number} durationMs
 * @property {number} seed
 * @property {string} about one line for the report
 * @property {boolean} quick part of the `--quick` run
 * @property {import('./MutationTicker.mjs').TickerOptions} [ticker]
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Idle gaps between loops: chance per loop, and length range in ms. */
export const IDLE = {
  chance: 0.25,
  rangeMs: /** @type {[number, number]} */ ([20_000, 120_000]),
};

/** @type {GeneratedSpec[]} */
export const GENERATED = [
  {
    name: 'chalk-10m',
    base: 'chalk-session-08463d03',
    durationMs: 10 * MINUTE,
    seed: 1001,
    about: 'React Native Web app, large mutation batches, looped',
    quick: true,
  },
  {
    name: 'chalk-1h',
    base: 'chalk-session-08463d03',
    durationMs: HOUR,
    seed: 1002,
    about: 'same, 1 hour',
    quick: true,
  },
  {
    name: 'chalk-4h',
    base: 'chalk-session-08463d03',
    durationMs: 4 * HOUR,
    seed: 1003,
    about: 'same, 4 hours',
    quick: false,
  },
  {
    name: 'homepage-1h',
    base: 'posthog-com-homepage',
    durationMs: HOUR,
    seed: 1004,
    about: 'posthog.com homepage, scroll-heavy, looped',
    quick: false,
  },
  {
    name: 'mutation-heavy-10m',
    base: 'chalk-session-25131bfa',
    durationMs: 10 * MINUTE,
    seed: 1005,
    about:
      'automated app run, looped, plus 20 Mutation events/s ' +
      '(16 attributes and 4 texts each)',
    quick: true,
    ticker: { eventsPerSecond: 20, attributesPerEvent: 16, textsPerEvent: 4 },
  },
];

/** Real recordings benchmarked as recorded. */
export const REAL = [
  {
    name: 'posthog-com-homepage',
    about: 'real, 3.7 min, scrolls, 1 full snapshot',
    quick: true,
  },
  {
    name: 'chalk-session-30497eae',
    about: 'real, 1.7 h with a 98 min idle gap, 1 full snapshot',
    quick: false,
  },
  {
    name: 'posthog-com-docs',
    about: 'real, 33 min, 9 full snapshots',
    quick: false,
  },
];
