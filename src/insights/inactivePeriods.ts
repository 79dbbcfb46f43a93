import type { Recording } from '../events/types';
import {
  earliestOffset,
  incrementalData,
  USER_ACTIVITY_SOURCES,
} from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';
import type { Resolved } from './Resolved';

/** When a gap in user activity counts as inactive. */
export interface InactivityOptions {
  /**
   * Gap length, in ms, above which a gap is reported. Five seconds
   * leaves out pauses for reading or thinking between actions, and is
   * short enough that skipping the gaps makes a replay much shorter.
   * @default 5000
   */
  threshold?: number | undefined;
}

/** A stretch of playback with no user activity, in ms. */
export interface InactivePeriod {
  start: number;
  end: number;
  duration: number;
}

/** Applies defaults field by field: an explicit `undefined` keeps one. */
export function resolveInactivityOptions(
  options: InactivityOptions = {},
): Resolved<InactivityOptions> {
  return { threshold: options.threshold ?? 5000 };
}

/**
 * Collects gaps longer than `threshold` between user activity: mouse
 * moves, mouse and touch interactions, scrolls, viewport resizes, inputs,
 * touch moves and drags. A batch of moves covers the span from its first
 * sampled position to its event. The stretch before the first activity
 * and after the last one (up to `duration`) count as gaps too.
 */
export function createInactivityCollector(
  duration: number,
  options?: InactivityOptions,
): Collector<InactivePeriod[]> {
  const { threshold } = resolveInactivityOptions(options);
  const periods: InactivePeriod[] = [];
  let lastActive = 0;

  const gapUntil = (start: number) => {
    if (start - lastActive > threshold) {
      periods.push({
        start: lastActive,
        end: start,
        duration: start - lastActive,
      });
    }
  };

  return {
    visit(event, { time }) {
      const data = incrementalData(event);
      if (!data || !USER_ACTIVITY_SOURCES.has(data.source as number)) return;

      gapUntil(Math.max(0, time + earliestOffset(data)));
      lastActive = Math.max(lastActive, time);
    },
    finish() {
      gapUntil(duration);
      return periods;
    },
  };
}

/** Inactive periods of `recording`, in time order. */
export function findInactivePeriods(
  recording: Recording,
  options?: InactivityOptions,
): InactivePeriod[] {
  return collect(
    recording,
    createInactivityCollector(recording.duration, options),
  );
}
