import { EventType, IncrementalSource } from '@rrweb/types';
import type { inputData } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

test('input value follows input events', async () => {
  const recording = parseRecording(
    await fetchRecording('chalk-session-25131bfa'),
  );
  // Recorded values are checked, so input masking is off.
  replayer = createReplayer(recording, {
    root: createRoot(),
    maskAllInputs: false,
  });

  const inputs = recording.events.flatMap((event) =>
    event.type === EventType.IncrementalSnapshot &&
    event.data.source === IncrementalSource.Input
      ? [{ data: event.data, time: event.timestamp - recording.startTime }]
      : [],
  );
  expect(inputs.length).toBe(3);

  const values: string[] = [];
  for (const { data, time } of inputs) {
    await replayer.seek(time);
    values.push(fieldValue(replayer, data));
    expect(fieldValue(replayer, data)).toBe(data.text);
  }
  // Seeking backwards restores the earlier value.
  const first = inputs[0]!;
  await replayer.seek(first.time);
  expect(fieldValue(replayer, first.data)).toBe(first.data.text);
  expect(new Set(values).size).toBe(3);
});

function fieldValue(replayer: Replayer, data: inputData): string {
  const node = replayer.getNode(data.id) as HTMLTextAreaElement | null;
  return node?.value ?? '<missing>';
}
