import { expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { CreateReplayerOptions } from '../../src/engine';
import { createRoot } from '../support/recordings';
import { basePage } from '../support/stream';

test('seek after destroy settles', async () => {
  const root = createRoot();
  const replayer = createReplayer(basePage(), { root });
  replayer.destroy();

  await expect(replayer.seek(10)).resolves.toBeUndefined();
  replayer.play();
  expect(replayer.getState().status).not.toBe('playing');
  expect(root.querySelector('iframe')).toBeNull();
});

test('missing root is a clear error', () => {
  const noRoot = {} as CreateReplayerOptions;
  expect(() => createReplayer(basePage(), noRoot)).toThrow(/options\.root/);

  const detached = document.createElement('div');
  expect(() => createReplayer(basePage(), { root: detached })).toThrow(
    /attached to the document/,
  );
});
