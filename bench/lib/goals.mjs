import { summarize } from './stats.mjs';
import { PASSES } from './measurePlayer.mjs';

/** Recording the goals are checked on. */
export const GOAL_RECORDING = 'chalk-1h';
/** Maximum main-thread task length allowed, in ms (the Long Tasks API limit). */
const TASK_LIMIT_MS = 50;

/**
 * Collects the seek times of a player result over the three passes.
 * @param {Record<string, any> | undefined} result
 * @returns {number[]}
 */
export function allSeeks(result) {
  if (!result?.seeks) return [];
  return PASSES.flatMap((pass) => result.seeks[pass]?.samples ?? []);
}

/**
 * Returns the maximum long-task length in ms over the seek passes and
 * playback, or NaN when the measurements did not run.
 * @param {Record<string, any> | undefined} result
 */
export function longestTask(result) {
  if (!result?.seeks || !result.playback) return NaN;
  const maxima = PASSES.map((pass) => result.seeks[pass]?.longTasks.max ?? 0);
  return Math.max(...maxima, result.playback.longTasks.max);
}

/**
 * Checks the goals on the goal recording's Reprise and rrweb results;
 * returns no goals when that recording was not measured.
 * @param {{ reprise?: Record<string, any>, rrweb?: Record<string, any> }
 *   | undefined} pair
 * @returns {{ goal: string, measured: string, pass: boolean }[]}
 */
export function evaluateGoals(pair) {
  if (!pair) return [];
  const reprise = pair.reprise ?? {};
  const rrweb = pair.rrweb ?? {};
  const ours = summarize(allSeeks(reprise)).p95;
  const theirs = summarize(allSeeks(rrweb)).p95;
  const speedup = theirs / ours;
  const task = longestTask(reprise);
  const ff = [reprise.firstFrameMs, rrweb.firstFrameMs];
  // Reprise's heap once indexing is done includes its checkpoints.
  const heap = [
    reprise.heapReady?.total ?? reprise.heap?.total,
    rrweb.heap?.total,
  ];

  return [
    {
      goal: 'p95 seek at most 16 ms',
      measured: `${ms(ours)}`,
      pass: ours <= 16,
    },
    {
      goal: 'p95 seek at least 20x faster than rrweb',
      measured: `${speedup.toFixed(1)}x (${ms(ours)} vs ${ms(theirs)})`,
      pass: speedup >= 20,
    },
    {
      goal: 'first frame (cold) no slower than rrweb',
      measured: `${ms(ff[0])} vs ${ms(ff[1])}`,
      pass: ff[0] <= ff[1],
    },
    {
      goal: `no main-thread task over ${TASK_LIMIT_MS} ms (seeks, playback)`,
      measured: task > 0 ? `longest ${ms(task)}` : 'none over 50 ms',
      pass: task === 0,
    },
    {
      goal: 'heap (Reprise indexed) no larger than rrweb',
      measured: `${mb(heap[0])} vs ${mb(heap[1])}`,
      pass: heap[0] <= heap[1],
    },
  ];
}

/** @param {number | undefined} value milliseconds */
export function ms(value) {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

/** @param {number | undefined} bytes */
export function mb(bytes) {
  if (bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  return `${(bytes / 1_048_576).toFixed(1)} MiB`;
}
