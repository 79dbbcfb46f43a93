import type { RecordingInsights } from '../../insights';
import { findInsightTime } from './findInsightTime';

/**
 * How long before a linked error playback starts, in ms, so the viewer
 * sees what led up to it.
 */
export const ERROR_LEAD_IN_MS = 2000;

/** Opening position of a player. */
export interface InitialPosition {
  /** Playback time in ms. */
  initialTime?: number | undefined;
  /** Id of a marker or insight to open just before. */
  initialErrorId?: string | undefined;
}

/** Resolved opening time, and whether `initialErrorId` was found. */
export interface ResolvedPosition {
  /** Playback time in ms, or undefined to stay at the start. */
  time: number | undefined;
  errorFound: boolean;
}

/**
 * Resolves a player's opening time. A known `initialErrorId` wins and
 * opens `ERROR_LEAD_IN_MS` before it (or at 0); otherwise a finite,
 * non-negative `initialTime` is used.
 */
export function resolveInitialPosition(
  insights: RecordingInsights | null,
  { initialTime, initialErrorId }: InitialPosition,
): ResolvedPosition {
  const errorTime =
    insights && initialErrorId
      ? findInsightTime(insights, initialErrorId)
      : undefined;
  if (errorTime !== undefined) {
    return {
      time: Math.max(0, errorTime - ERROR_LEAD_IN_MS),
      errorFound: true,
    };
  }

  const valid =
    typeof initialTime === 'number' &&
    Number.isFinite(initialTime) &&
    initialTime >= 0;
  return { time: valid ? initialTime : undefined, errorFound: false };
}
