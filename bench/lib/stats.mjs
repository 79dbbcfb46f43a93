import { createRandom, shuffled } from './random.mjs';

/**
 * Percentile by linear interpolation between closest ranks.
 * @param {number[]} sorted values in ascending order
 * @param {number} p 0 to 100
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = /** @type {number} */ (sorted[low]);
  const highValue = /** @type {number} */ (sorted[high]);
  return lowValue + (highValue - lowValue) * (rank - low);
}

/**
 * @typedef {{ n: number, p50: number, p95: number, max: number }} Summary
 */

/**
 * @param {number[]} samples
 * @returns {Summary}
 */
export function summarize(samples) {
  const sorted = samples.slice().sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.length > 0 ? /** @type {number} */ (sorted.at(-1)) : NaN,
  };
}

/**
 * Seek targets spread uniformly over the recording, from a fixed seed,
 * in the three orders the benchmark runs: ascending, descending and
 * shuffled.
 * @param {number} durationMs
 * @param {number} count
 * @param {number} seed
 */
export function seekTargets(durationMs, count, seed) {
  const random = createRandom(seed);
  const targets = Array.from({ length: count }, () =>
    Math.round(random() * durationMs),
  );
  const forward = targets.slice().sort((a, b) => a - b);
  return {
    forward,
    backward: forward.slice().reverse(),
    shuffled: shuffled(random, targets),
  };
}
