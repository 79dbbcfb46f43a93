import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import { createRoot, fetchRecording } from '../support/recordings';
import { seededRandom, serializeFrame } from '../support/serializeFrame';
import { waitForIndex } from '../support/waitForIndex';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

// A seek through a checkpoint must give the frame that replaying every
// event from the start gives. The reference replayer has no checkpoints
// and only ever moves forwards, one event batch after another.
test.each([
  'chalk-session-25131bfa',
  'chalk-session-30497eae',
  'chalk-session-6c720608',
  'posthog-com-homepage',
  'github-dashboard-2021-packed',
])(
  'checkpoint seek equals replay from start: %s',
  { timeout: 120_000 },
  async (name) => {
    const recording = parseRecording(await fetchRecording(name));
    const indexed = createReplayer(recording, {
      root: createRoot(640, 400),
      checkpoints: { maxReplayMs: 0.5, maxEvents: 40 },
    });
    const reference = createReplayer(recording, {
      root: createRoot(640, 400),
      checkpoints: false,
    });
    replayers.push(indexed, reference);
    await waitForIndex(indexed);

    const random = seededRandom(11);
    const times = Array.from({ length: 50 }, () =>
      Math.round(random() * recording.duration),
    );
    const frames = new Map<number, string>();
    for (const time of [...times].sort((a, b) => a - b)) {
      await reference.seek(time);
      frames.set(time, serializeFrame(reference.document));
    }

    for (const time of times) {
      await indexed.seek(time);
      expect(serializeFrame(indexed.document), `at ${time} ms`).toBe(
        frames.get(time),
      );
    }
  },
);
