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

/**
 * Seeks `indexed` to 50 seeded times and checks each frame against the
 * frame `reference` shows at that time after playing forwards to it.
 */
async function expectSameFrames(
  indexed: Replayer,
  reference: Replayer,
  duration: number,
): Promise<void> {
  const random = seededRandom(11);
  const times = Array.from({ length: 50 }, () =>
    Math.round(random() * duration),
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
}

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

    await expectSameFrames(indexed, reference, recording.duration);
  },
);

// Checkpoints share equal subtrees. A small node budget makes indexing
// drop every other checkpoint several times. Each time, the shared
// subtrees that only dropped checkpoints used are freed, and the kept
// checkpoints must still restore the frames replay gives.
test.each(['chalk-session-25131bfa', 'posthog-app-insights-wide'])(
  'thinned checkpoints equal replay from start: %s',
  { timeout: 120_000 },
  async (name) => {
    const recording = parseRecording(await fetchRecording(name));
    const indexed = createReplayer(recording, {
      root: createRoot(640, 400),
      checkpoints: { maxReplayMs: 0.5, maxEvents: 20, maxNodes: 600 },
    });
    const reference = createReplayer(recording, {
      root: createRoot(640, 400),
      checkpoints: false,
    });
    replayers.push(indexed, reference);
    await waitForIndex(indexed);

    await expectSameFrames(indexed, reference, recording.duration);
  },
);
