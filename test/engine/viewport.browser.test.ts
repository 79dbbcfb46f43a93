import { EventType, IncrementalSource } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

test('frame follows viewport resizes', async () => {
  const recording = parseRecording(
    await fetchRecording('posthog-com-homepage'),
  );
  const root = createRoot(960, 600);
  replayer = createReplayer(recording, { root });

  const resizes = recording.events.flatMap((event) =>
    event.type === EventType.IncrementalSnapshot &&
    event.data.source === IncrementalSource.ViewportResize
      ? [{ ...event.data, time: event.timestamp - recording.startTime }]
      : [],
  );
  const meta = recording.events.find((event) => event.type === EventType.Meta);
  expect(resizes.length).toBe(2);
  expect(meta?.type).toBe(EventType.Meta);

  const checks = [
    { time: 0, ...(meta!.data as { width: number; height: number }) },
    ...resizes,
  ];
  for (const { time, width, height } of checks) {
    await replayer.seek(time);
    const state = replayer.getState();
    expect(state.viewport).toEqual({ width, height });
    expect(replayer.iframe.width).toBe(String(width));
    expect(replayer.iframe.contentWindow!.innerHeight).toBe(height);

    // Scaled to fit the root, aspect ratio kept.
    const expected = Math.min(960 / width, 600 / height);
    expect(state.scale).toBeCloseTo(expected, 6);
    const box = replayer.iframe.getBoundingClientRect();
    expect(box.width).toBeCloseTo(width * expected, 0);
    expect(box.height).toBeCloseTo(height * expected, 0);
  }
});
