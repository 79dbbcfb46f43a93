import { afterEach, expect, test } from 'vitest';
import { createReplayer, MAX_SPEED, MIN_SPEED } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('play advances time at the chosen speed', async () => {
  replayer = createReplayer(await fetchRecording('demoit-react-hooks'), {
    root: createRoot(),
  });
  replayer.setSpeed(8);
  const startedAt = performance.now();
  replayer.play();
  expect(replayer.getState().status).toBe('playing');

  await wait(500);
  replayer.pause();
  const wall = performance.now() - startedAt;
  const { currentTime, status } = replayer.getState();

  expect(status).toBe('paused');
  // Playback time is wall time times speed, give or take a frame or two.
  expect(currentTime).toBeGreaterThan((wall - 100) * 8);
  expect(currentTime).toBeLessThanOrEqual(wall * 8);

  await wait(200);
  expect(replayer.getState().currentTime).toBe(currentTime);
});

test('playback ends at the duration', async () => {
  replayer = createReplayer(await fetchRecording('demoit-react-hooks'), {
    root: createRoot(),
  });
  const { duration } = replayer.getState();
  await replayer.seek(duration - 300);
  replayer.setSpeed(4);
  replayer.play();
  await wait(400);

  expect(replayer.getState().status).toBe('ended');
  expect(replayer.getState().currentTime).toBe(duration);

  // Play after the end starts over.
  replayer.play();
  expect(replayer.getState().currentTime).toBeLessThan(100);
});

test('speed is clamped to the supported range', async () => {
  replayer = createReplayer(await fetchRecording('demoit-react-hooks'), {
    root: createRoot(),
  });
  replayer.setSpeed(100);
  expect(replayer.getState().speed).toBe(MAX_SPEED);
  replayer.setSpeed(0);
  expect(replayer.getState().speed).toBe(MIN_SPEED);
});

test('skip inactivity jumps over idle stretches', async () => {
  replayer = createReplayer(await fetchRecording('chalk-session-30497eae'), {
    root: createRoot(),
    skipInactive: true,
  });
  const periods = replayer.insights.inactivePeriods;
  const longest = [...periods].sort((a, b) => b.duration - a.duration)[0]!;
  // The session has a gap of about 98 minutes between two bursts of use.
  expect(longest.duration).toBeGreaterThan(90 * 60_000);

  await replayer.seek(longest.start + 10);
  replayer.play();
  await wait(300);
  replayer.pause();

  const { currentTime } = replayer.getState();
  expect(currentTime).toBeGreaterThanOrEqual(longest.end - 1000);
  expect(currentTime).toBeLessThan(longest.end + 2000);
});

test('recorded events reach listeners during play', async () => {
  const raw = (await fetchRecording('posthog-localhost-with-pageviews')) as {
    result: { type: number }[];
  };
  const customCount = raw.result.filter((event) => event.type === 5).length;
  replayer = createReplayer(raw, { root: createRoot() });
  const seen: number[] = [];
  replayer.onEvent((event, time) => {
    if (event.type === 5) seen.push(time);
  });

  // A seek jumps over events without emitting them.
  await replayer.seek(replayer.getState().duration / 2);
  expect(seen).toEqual([]);

  await replayer.seek(0);
  replayer.setSpeed(16);
  replayer.play();
  await waitUntil(() => replayer!.getState().status === 'ended');

  expect(customCount).toBe(9);
  expect(seen.length).toBe(customCount);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
});

async function waitUntil(condition: () => boolean, timeout = 10_000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error('timed out');
    await wait(50);
  }
}
