import type { LongTaskSummary } from './BenchPlayer';

/**
 * Starts collecting long tasks (main-thread tasks over 50 ms, reported by
 * the browser's Long Tasks API) and returns a function that stops and
 * summarises. Tasks that ended before the call are not seen.
 */
export function observeLongTasks(): () => LongTaskSummary {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });

  return () => {
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
    return {
      count: durations.length,
      max: durations.length > 0 ? Math.max(...durations) : 0,
      total: durations.reduce((sum, d) => sum + d, 0),
    };
  };
}

/** Counts animation frames until the returned function is called. */
export function countFrames(): () => number {
  let frames = 0;
  let running = true;
  const onFrame = () => {
    if (!running) return;
    frames++;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  return () => {
    running = false;
    return frames;
  };
}

/**
 * Resolves after the next animation frame and a following task, so work
 * queued by the previous step has run. Falls back to a timer when the
 * page produces no frames.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
