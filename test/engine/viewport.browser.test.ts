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

test('frame stays inside an unpositioned root', async () => {
  const root = document.createElement('div');
  // Static position, border and padding: the frame must still be centred
  // in the content box and never spill over the page around it.
  root.style.cssText =
    'width: 800px; height: 450px; border: 1px solid red; padding: 10px;';
  document.body.prepend(root);
  try {
    replayer = createReplayer(await fetchRecording('posthog-com-homepage'), {
      root,
    });
    await replayer.seek(0);

    const rootBox = root.getBoundingClientRect();
    const content = {
      left: rootBox.left + 11,
      top: rootBox.top + 11,
      right: rootBox.right - 11,
      bottom: rootBox.bottom - 11,
    };
    const frame = replayer.iframe.getBoundingClientRect();
    expect(frame.left).toBeGreaterThanOrEqual(content.left - 0.5);
    expect(frame.top).toBeGreaterThanOrEqual(content.top - 0.5);
    expect(frame.right).toBeLessThanOrEqual(content.right + 0.5);
    expect(frame.bottom).toBeLessThanOrEqual(content.bottom + 0.5);

    // Centred: equal margins on the axis that does not fill the box.
    const horizontal =
      frame.left - content.left - (content.right - frame.right);
    const vertical = frame.top - content.top - (content.bottom - frame.bottom);
    expect(Math.abs(horizontal)).toBeLessThan(1);
    expect(Math.abs(vertical)).toBeLessThan(1);
  } finally {
    replayer?.destroy();
    replayer = undefined;
    root.remove();
  }
});

test('page without a background shows on white', async () => {
  const root = createRoot(640, 400);
  replayer = createReplayer(
    await fetchRecording('rrweb-fixture-video-playback'),
    { root },
  );
  await replayer.seek(0);

  expect(getComputedStyle(replayer.iframe).backgroundColor).toBe(
    'rgb(255, 255, 255)',
  );
});
