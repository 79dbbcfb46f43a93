import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createReplayer, isRecordingError } from '../../src';
import type { Replayer } from '../../src';
import { createRoot, fetchRecording } from '../support/recordings';
import { waitForIndex } from '../support/waitForIndex';
import {
  damageArbitrary,
  damageRecording,
  refersToWrongIds,
} from './mutateRecording';

/** Runs per recording; each builds a real engine, so they are few. */
const NUM_RUNS = 20;

/** Maximum time a seek, or indexing, may take before the run counts as hung. */
const BOUND_MS = 10_000;

const RECORDINGS = [
  'demoit-react-hooks',
  'sentry-analyzer-simple',
  'rrweb-fixture-video-playback',
  'chalk-session-25131bfa',
];

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) =>
  uncaught.push(String(event.reason));
beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} hung`)), BOUND_MS),
    ),
  ]);
}

async function eventsOf(name: string): Promise<Record<string, unknown>[]> {
  const raw = (await fetchRecording(name)) as unknown;
  const list = Array.isArray(raw)
    ? raw
    : ((raw as { rrweb_data?: unknown[] }).rrweb_data ?? []);
  return list as Record<string, unknown>[];
}

/** How the runs of one property ended: rejected input or replayed. */
const outcomes = { rejected: 0, failed: 0, replayed: 0 };

/** Replays damaged events and checks the engine's contract for bad input. */
async function replayDamaged(events: unknown[], seeks: number[]) {
  const root = createRoot(400, 300);
  let replayer: Replayer;
  try {
    replayer = createReplayer(events, { root, logger: { warn() {} } });
  } catch (error) {
    root.remove();
    // The only documented failure for a recording that cannot play.
    expect(isRecordingError(error), String(error)).toBe(true);
    outcomes.rejected += 1;
    return;
  }

  try {
    const { duration } = replayer.getState();
    for (const fraction of seeks) {
      await bounded(replayer.seek(fraction * duration), `seek ${fraction}`);
    }
    replayer.play();
    await new Promise((resolve) => setTimeout(resolve, 30));
    replayer.pause();
    await bounded(waitForIndex(replayer), 'indexing');

    const state = replayer.getState();
    if (state.status === 'error') {
      expect(state.error?.message).toBeTruthy();
      outcomes.failed += 1;
      return;
    }
    outcomes.replayed += 1;
    for (const diagnostic of state.diagnostics) {
      expect(diagnostic.count).toBeGreaterThan(0);
      expect(diagnostic.message).not.toBe('');
    }
    if (refersToWrongIds(replayer.recording.events)) {
      const codes = state.diagnostics.map(({ code }) => code).join(' ');
      expect(codes).toMatch(/missing-node|apply-failed|indexing-failed/);
    }
  } finally {
    replayer.destroy();
    root.remove();
  }
}

for (const [position, name] of RECORDINGS.entries()) {
  test(
    `damaged ${name} never breaks the host`,
    { timeout: 120_000 },
    async () => {
      const events = await eventsOf(name);
      Object.assign(outcomes, { rejected: 0, failed: 0, replayed: 0 });
      await fc.assert(
        fc.asyncProperty(
          fc.array(damageArbitrary, { minLength: 1, maxLength: 6 }),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: 1,
            maxLength: 4,
          }),
          async (damages, seeks) => {
            await replayDamaged(damageRecording(events, damages), seeks);
          },
        ),
        { numRuns: NUM_RUNS, seed: 20_260_000 + position, endOnFailure: true },
      );
      expect(uncaught).toEqual([]);
      // Damage that only ever fails parsing would test the parser alone.
      expect(outcomes.replayed).toBeGreaterThanOrEqual(NUM_RUNS / 4);
    },
  );
}
