import { expect, test } from 'vitest';
import { SeekQueue, SPLIT_SEEK_MS } from '../../src/engine/SeekQueue';
import { manualScheduler } from '../support/manualScheduler';

/** Creates a manual scheduler whose clock moves only by `spend`. */
function clockedScheduler() {
  let clock = 0;
  return {
    ...manualScheduler(() => clock),
    /** Moves the clock `ms` on, as work that takes that long would. */
    spend(ms: number) {
      clock += ms;
    },
  };
}

/**
 * Creates a queue whose build and steps log their names and spend the
 * given time on the manual scheduler's clock.
 */
function createQueue(
  manual: ReturnType<typeof clockedScheduler>,
  log: string[],
  { buildMs = SPLIT_SEEK_MS, stepMs = 0 } = {},
) {
  const step = (name: string) => () => {
    log.push(name);
    manual.spend(stepMs);
  };
  return new SeekQueue(
    manual.scheduler,
    () => Promise.resolve(),
    (time) => {
      log.push(`build ${time}`);
      manual.spend(buildMs);
    },
    [step('style'), step('layout')],
  );
}

test('runs each step in its own task', async () => {
  const manual = clockedScheduler();
  const { runTask } = manual;
  const log: string[] = [];
  const queue = createQueue(manual, log);
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
  const manual = clockedScheduler();
  const { runTask, runFrames } = manual;
  const log: string[] = [];
  const queue = createQueue(manual, log);
  const done = queue.request(5);

  await runTask();
  await runFrames();
  expect(log).toEqual(['build 5', 'style', 'layout']);
  await done;
  // The task posted for the step the frame ran does nothing.
  await runTask();
  expect(log).toEqual(['build 5', 'style', 'layout']);
});

test('close between steps skips the rest', async () => {
  const manual = clockedScheduler();
  const { runTask } = manual;
  const log: string[] = [];
  const queue = createQueue(manual, log);
  const done = queue.request(5);

  await runTask();
  queue.close();
  await runTask();
  await done;
  expect(log).toEqual(['build 5']);
});

test('runs a quick seek in one task', async () => {
  const manual = clockedScheduler();
  const log: string[] = [];
  const queue = createQueue(manual, log, { buildMs: 1 });
  let resolved = false;
  void queue.request(5).then(() => (resolved = true));

  await manual.runTask();
  expect(log).toEqual(['build 5', 'layout']);
  expect(resolved).toBe(true);
});

test('splits the seek after slow steps', async () => {
  const manual = clockedScheduler();
  const log: string[] = [];
  const queue = createQueue(manual, log, { buildMs: 1, stepMs: 30 });

  void queue.request(5);
  await manual.runTask();
  expect(log).toEqual(['build 5', 'layout']);

  void queue.request(6);
  await manual.runTask();
  expect(log.slice(2)).toEqual(['build 6']);
  await manual.runTask();
  expect(log.slice(2)).toEqual(['build 6', 'style']);
});
