import type { Replayer } from '../../src/engine';

/** Resolves once the replayer has indexed the whole recording. */
export function waitForIndex(replayer: Replayer): Promise<void> {
  if (replayer.getState().indexProgress === 1) return Promise.resolve();

  return new Promise((resolve) => {
    const unsubscribe = replayer.subscribe((state) => {
      if (state.indexProgress < 1) return;
      unsubscribe();
      resolve();
    });
  });
}
