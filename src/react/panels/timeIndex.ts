/**
 * Binary searches over ascending playback times (ms), so a component
 * that re-renders on every tick finds its rows in O(log n) instead of
 * scanning the recording's insights.
 */

/** Index of the last time at or before `time`, or -1 when none is. */
export function lastAtOrBefore(times: ArrayLike<number>, time: number): number {
  return firstAfter(times, time) - 1;
}

/** Index of the first time after `time`; `times.length` when none is. */
export function firstAfter(times: ArrayLike<number>, time: number): number {
  let low = 0;
  let high = times.length;

  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[middle] ?? Infinity) <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Returns the `time` field of each item as a typed array, for the searches. */
export function timesOf(items: readonly { time: number }[]): Float64Array {
  const times = new Float64Array(items.length);
  items.forEach((item, index) => {
    times[index] = item.time;
  });
  return times;
}
