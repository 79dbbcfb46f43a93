import { expect, test } from 'vitest';
import type { FrameScheduler } from '../../src/engine/clock';
import { SeekQueue } from '../../src/engine/SeekQueue';

/** Creates a scheduler whose tasks and animation frames the test runs. */
function manualScheduler() {
  const tasks: (() => void)[] = [];
  const frames = new Map<number, () => void>();
  let nextFrame = 1;
  const scheduler: FrameScheduler = {
    now: () => 0,
    requestFrame(callback) {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelFrame: (handle) => frames.delete(handle),
    postTask: (callback) => tasks.push(callback),
  };
  return {
    scheduler,
    /** Runs the oldest task, then every microtask it led to. */
    async runTask() {
      tasks.shift()?.();
      await settleMicrotasks();
    },
    async runFrame() {
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

function createQueue(scheduler: FrameScheduler, log: string[]) {
  return new SeekQueue(
    scheduler,
    () => Promise.resolve(),
    (time) => log.push(`build ${time}`),
    [() => log.push('style'), () => log.push('layout')],
  );
}

test('runs each step in its own task', async () => {
  const { scheduler, runTask } = manualScheduler();
  const log: string[] = [];
  const queue = createQueue(scheduler, log);
  let resolved = false;
  void queue.request(5).then(() => (resolved = true));

  await runTask();
  expect(log).toEqual(['build 5']);
  await runTask();
  expect(log).toEqual(['build 5', 'style']);
  expect(resolved).toBe(false);
  await runTask();
  expect(log).toEqual(['build 5', 'style', 'layout']);
  expect(resolved).toBe(true);
});

test('frame runs remaining steps at once', async () => {
  const { scheduler, runTask, runFrame } = manualScheduler();
  const log: string[] = [];
  const queue = createQueue(scheduler, log);
  const done = queue.request(5);

  await runTask();
  await runFrame();
  expect(log).toEqual(['build 5', 'style', 'layout']);
  await done;
  // The task posted for the step the frame ran does nothing.
  await runTask();
  expect(log).toEqual(['build 5', 'style', 'layout']);
});

test('close between steps skips the rest', async () => {
  const { scheduler, runTask } = manualScheduler();
  const log: string[] = [];
  const queue = createQueue(scheduler, log);
  const done = queue.request(5);

  await runTask();
  queue.close();
  await runTask();
  await done;
  expect(log).toEqual(['build 5']);
});
