import type { FrameScheduler } from '../../src/engine/clock';

/**
 * Creates a scheduler whose tasks and animation frames run only when the
 * test runs them, so the test decides when the engine's work happens.
 */
export function manualScheduler(now: () => number = () => performance.now()) {
  const tasks: (() => void)[] = [];
  const frames = new Map<number, () => void>();
  let nextFrame = 1;
  const scheduler: FrameScheduler = {
    now,
    requestFrame(callback) {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelFrame: (handle) => frames.delete(handle),
    postTask: (callback) => void tasks.push(callback),
  };

  return {
    scheduler,
    /** Returns the number of tasks and frames waiting to run. */
    pending: () => tasks.length + frames.size,
    /** Runs the oldest task, then every microtask it led to. */
    async runTask() {
      tasks.shift()?.();
      await settleMicrotasks();
    },
    /** Runs the tasks queued now, but not those they queue. */
    runQueuedTasks() {
      for (const task of tasks.splice(0)) task();
    },
    /** Runs the queued tasks, and those they queue, with their promises. */
    async runTasks() {
      for (let round = 0; round < 1000 && tasks.length > 0; round += 1) {
        for (const task of tasks.splice(0)) task();
        await settleMicrotasks();
      }
    },
    /** Runs the animation frames requested so far. */
    async runFrames() {
      const callbacks = [...frames.values()];
      frames.clear();
      for (const callback of callbacks) callback();
      await settleMicrotasks();
    },
  };
}

/** Resolves once the microtasks queued so far, and theirs, have run. */
function settleMicrotasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
