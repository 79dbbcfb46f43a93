import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot, fetchRecording } from '../support/recordings';
import { pixel } from '../support/canvasFrame';
import { waitForIndex } from '../support/waitForIndex';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

// The fixture clears a WebGL canvas to red; a seek through a checkpoint
// must show the same pixels as the first replay.
test('webgl recording replays through seeks', async () => {
  replayer = createReplayer(await fetchRecording('rrweb-fixture-webgl'), {
    root: createRoot(),
    checkpoints: { maxEvents: 1 },
  });
  const { duration } = replayer.getState();
  const canvas = () => replayer!.getNode(16) as HTMLCanvasElement;

  await replayer.seek(duration);
  expect(pixel(canvas(), 100, 50)).toEqual([255, 0, 0, 255]);

  await waitForIndex(replayer);
  await replayer.seek(0);
  await replayer.seek(duration);
  expect(pixel(canvas(), 100, 50)).toEqual([255, 0, 0, 255]);

  const codes = replayer.getState().diagnostics.map(({ code }) => code);
  expect(codes.filter((code) => code.includes('anvas'))).toEqual([]);
});
