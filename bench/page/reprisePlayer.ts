import { createReplayer } from '../../src/engine';
import type { PlayerFactory } from './BenchPlayer';

/** Reprise's engine behind the benchmark's player interface. */
export const createReprisePlayer: PlayerFactory = (events, root) => {
  // Warnings go to the diagnostics list; the console would add noise and
  // cost that an embedder can switch off too.
  const replayer = createReplayer(events, { root, logger: { warn() {} } });
  const { status, error, duration } = replayer.getState();
  if (status === 'error') return Promise.reject(error);

  return Promise.resolve({
    duration,
    seek: (timeMs) => replayer.seek(timeMs),
    ready: () =>
      new Promise<void>((resolve) => {
        if (replayer.getState().indexProgress === 1) return resolve();
        const unsubscribe = replayer.subscribe(({ indexProgress }) => {
          if (indexProgress < 1) return;
          unsubscribe();
          resolve();
        });
      }),
    play(speed) {
      replayer.setSpeed(speed);
      replayer.play();
    },
    pause: () => replayer.pause(),
    currentTime: () => replayer.getState().currentTime,
    document: () => replayer.document,
    problems: () =>
      replayer
        .getState()
        .diagnostics.map(({ code, count }) => `${code} ×${count}`),
    destroy: () => replayer.destroy(),
  });
};
