import { IncrementalSource } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { MAX_SEEK_WAIT_MS } from '../../src/engine/SeekQueue';
import { createRoot } from '../support/recordings';
import {
  PROBE_ORIGIN,
  startRequestLog,
  takeRequestLog,
} from '../support/requestLog';
import { basePage, element, incremental } from '../support/stream';

let replayer: Replayer | undefined;
afterEach(async () => {
  replayer?.destroy();
  await takeRequestLog();
});

test('seek ends while a canvas image stalls', { timeout: 30_000 }, async () => {
  const src = `${PROBE_ORIGIN}/stalled.png`;
  await startRequestLog({ stall: true });
  replayer = createReplayer(
    [
      ...basePage([element(10, 'canvas', { width: '20', height: '20' })]),
      incremental(100, {
        source: IncrementalSource.CanvasMutation,
        id: 10,
        type: 0,
        commands: [
          {
            property: 'drawImage',
            args: [{ rr_type: 'HTMLImageElement', src }, 0, 0],
          },
        ],
      }),
    ],
    { root: createRoot(), assets: 'original' },
  );

  const outcome = await Promise.race([
    replayer.seek(100).then(() => 'built'),
    new Promise((resolve) =>
      setTimeout(() => resolve('hung'), MAX_SEEK_WAIT_MS * 3),
    ),
  ]);
  expect(outcome).toBe('built');
  expect(replayer.getState().currentTime).toBe(100);
});
