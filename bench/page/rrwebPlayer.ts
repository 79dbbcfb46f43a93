import type { eventWithTime } from '@rrweb/types';
import { Replayer } from 'rrweb';
import type { BenchPlayer, PlayerFactory } from './BenchPlayer';

/** How long the first frame may take before the benchmark gives up. */
const FIRST_FRAME_TIMEOUT_MS = 120_000;

/**
 * rrweb's Replayer behind the benchmark's player interface. Its first
 * frame is built in a timer after construction, so the factory resolves on
 * its `fullsnapshot-rebuilded` event. Warnings are counted, not printed.
 */
export const createRrwebPlayer: PlayerFactory = (events, root) => {
  const warnings = new Map<string, number>();
  const logger = {
    log() {},
    warn(...args: unknown[]) {
      // Group by message with ids blanked: rrweb logs one per missing id.
      const text = args.filter((arg) => typeof arg === 'string').join(' ');
      const key = text.replace(/\d+/g, '#').slice(0, 80);
      warnings.set(key, (warnings.get(key) ?? 0) + 1);
    },
  };
  const replayer = new Replayer(events as eventWithTime[], {
    root,
    mouseTail: false,
    showWarning: true,
    logger,
  });
  const duration = replayer.getMetaData().totalTime;

  const player: BenchPlayer = {
    duration,
    seek(timeMs) {
      // rrweb applies events strictly before the target, so +1 ms brings
      // in the events at the target itself.
      replayer.pause(Math.min(timeMs, duration) + 1);
      return Promise.resolve();
    },
    play(speed) {
      replayer.setConfig({ speed });
      replayer.play(replayer.getCurrentTime());
    },
    pause: () => replayer.pause(),
    ready: () => Promise.resolve(),
    currentTime: () => replayer.getCurrentTime(),
    document: () => replayer.iframe.contentDocument,
    problems: () => [...warnings].map(([text, n]) => `${text} ×${n}`),
    destroy: () => replayer.destroy(),
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('rrweb built no first frame in time.')),
      FIRST_FRAME_TIMEOUT_MS,
    );
    replayer.on('fullsnapshot-rebuilded', () => {
      clearTimeout(timer);
      resolve(player);
    });
  });
};
