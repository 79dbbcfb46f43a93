import type { ReplayLogger } from './types';

/**
 * Wraps a logger so each distinct message is written once, with the
 * `[reprise]` prefix. Replays can hit the same problem thousands of times
 * (one missing node per frame), and a flood of repeats would hide the other messages.
 */
export function createOnceLogger(sink: ReplayLogger = console): ReplayLogger {
  const seen = new Set<string>();

  return {
    warn(message) {
      if (seen.has(message)) return;
      seen.add(message);
      sink.warn(`[reprise] ${message}`);
    },
  };
}
