import { EventType, IncrementalSource } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

// demoit-react-hooks shows a counter that a text mutation advances once a
// second; each mutation's value must appear exactly at its timestamp.
test('text mutation shows at its time', async () => {
  const recording = parseRecording(await fetchRecording('demoit-react-hooks'));
  replayer = createReplayer(recording, { root: createRoot() });

  const changes = recording.events.flatMap((event) =>
    event.type === EventType.IncrementalSnapshot &&
    event.data.source === IncrementalSource.Mutation
      ? event.data.texts.map((text) => ({
          ...text,
          time: event.timestamp - recording.startTime,
        }))
      : [],
  );
  const samples = changes.filter((_, index) => index % 10 === 5).slice(0, 6);
  expect(samples.length).toBeGreaterThanOrEqual(4);

  for (const { id, value, time } of samples) {
    await replayer.seek(time - 100);
    expect(replayer.getNode(id)?.textContent).not.toBe(value);

    await replayer.seek(time);
    expect(replayer.getNode(id)?.textContent).toBe(value);

    await replayer.seek(time + 100);
    expect(replayer.getNode(id)?.textContent).toBe(value);
  }
});

test('counter text reads from the page', async () => {
  const recording = parseRecording(await fetchRecording('demoit-react-hooks'));
  replayer = createReplayer(recording, { root: createRoot() });
  const body = () => replayer!.document.body.textContent ?? '';

  // The first counter change sets "Time 1" after the page showed "Time 0".
  const first = recording.events.find(
    (event) =>
      event.type === EventType.IncrementalSnapshot &&
      event.data.source === IncrementalSource.Mutation &&
      event.data.texts.length > 0,
  )!;
  const time = first.timestamp - recording.startTime;

  await replayer.seek(time - 1);
  expect(body()).toContain('Time 0');
  await replayer.seek(time);
  expect(body()).toContain('Time 1');
  expect(body()).not.toContain('Time 0');
});
