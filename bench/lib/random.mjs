/**
 * Seeded pseudo-random numbers (mulberry32), so generated recordings and
 * seek targets are the same on every run and every machine.
 */

/**
 * Creates a generator of floats in [0, 1) from a 32-bit seed.
 * @param {number} seed
 * @returns {() => number}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Returns an integer in [min, max], both ends included.
 * @param {() => number} random
 * @param {number} min
 * @param {number} max
 */
export function randomInt(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * Returns a shuffled copy (Fisher-Yates).
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} items
 * @returns {T[]}
 */
export function shuffled(random, items) {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = /** @type {T} */ (copy[i]);
    copy[i] = /** @type {T} */ (copy[j]);
    copy[j] = swap;
  }
  return copy;
}
