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
