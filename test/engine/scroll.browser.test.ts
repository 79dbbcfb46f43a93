import { EventType, IncrementalSource } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

test('window scroll follows scroll events', async () => {
  const recording = parseRecording(
    await fetchRecording('posthog-com-homepage'),
  );
  replayer = createReplayer(recording, { root: createRoot() });
  const snapshot = recording.events.find(
    (event) => event.type === EventType.FullSnapshot,
  )!;
  const documentId = snapshot.data.node.id;

  const scrolls = recording.events.flatMap((event) =>
    event.type === EventType.IncrementalSnapshot &&
    event.data.source === IncrementalSource.Scroll &&
    event.data.id === documentId
      ? [{ y: event.data.y, time: event.timestamp - recording.startTime }]
      : [],
  );
  const samples = [scrolls[1]!, scrolls[40]!, scrolls[200]!, scrolls[5]!];

  for (const { y, time } of samples) {
    await replayer.seek(time);
    expect(replayer.iframe.contentWindow!.scrollY).toBe(y);
  }
});
