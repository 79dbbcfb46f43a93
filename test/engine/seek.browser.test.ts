import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import { createRoot, fetchRecording } from '../support/recordings';
import { seededRandom, serializeFrame } from '../support/serializeFrame';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

function open(raw: unknown): Replayer {
  const replayer = createReplayer(raw, { root: createRoot(640, 400) });
  replayers.push(replayer);
  return replayer;
}

test.each([
  'chalk-session-25131bfa',
  'demoit-react-hooks',
  'posthog-app-insights-wide',
])('seek in any order matches a fresh seek: %s', async (name) => {
  const recording = parseRecording(await fetchRecording(name));
  const wandering = open(recording);
  const random = seededRandom(7);
  const times = Array.from({ length: 8 }, () =>
    Math.round(random() * recording.duration),
  );

  for (const time of times) {
    await wandering.seek(time);
    const fresh = open(recording);
    await fresh.seek(time);

    expect(serializeFrame(wandering.document)).toBe(
      serializeFrame(fresh.document),
    );
    fresh.destroy();
  }
});

test('seek clamps and reports the time', async () => {
  const replayer = open(await fetchRecording('demoit-react-hooks'));
  const { duration } = replayer.getState();

  await replayer.seek(duration + 5000);
  expect(replayer.getState().currentTime).toBe(duration);
  await replayer.seek(-20);
  expect(replayer.getState().currentTime).toBe(0);
  await replayer.seek(Number.NaN);
  expect(replayer.getState().currentTime).toBe(0);
});
