import { useCallback } from 'react';
import type { ReplayStoreState } from '../../store/createReplayStore';
import { useReplayStore } from '../../store/hooks';
import { firstAfter, lastAtOrBefore } from '../panels/timeIndex';
import { toStage, useFrameGeometry } from './frameGeometry';
import { usePointerTrack } from './usePointerTrack';

export interface TrailProps {
  /** Length of the trail, in ms of playback time. */
  duration: number;
}

/** Most segments drawn; longer trails are thinned evenly. */
const MAX_SEGMENTS = 120;

/**
 * Indexes of the samples to join: those in `(time - duration, time]`,
 * plus the one before, so the trail starts at the window's edge,
 * thinned to at most `MAX_SEGMENTS` segments with the newest kept.
 */
function trailPoints(
  times: Float64Array,
  time: number,
  duration: number,
): number[] {
  const start = Math.max(0, firstAfter(times, time - duration) - 1);
  const end = lastAtOrBefore(times, time) + 1;
  const stride = Math.max(1, Math.ceil((end - start) / MAX_SEGMENTS));
  const points: number[] = [];

  for (let i = start; i < end; i += stride) points.push(i);
  if (points.at(-1) !== end - 1) points.push(end - 1);
  return points;
}

/**
 * Draws the pointer's path over the last `duration` ms as line segments that
 * fade with age. It reads the recorded track, so it is right after a seek, and
 * nothing re-renders while the pointer rests.
 */
export function Trail({ duration }: TrailProps) {
  const { samples, times } = usePointerTrack();
  const select = useCallback(
    ({ currentTime }: ReplayStoreState) => {
      const moved = lastAtOrBefore(times, currentTime);
      const recent = firstAfter(times, currentTime - duration);
      return moved >= recent ? currentTime : -1;
    },
    [times, duration],
  );
  const time = useReplayStore(select);
  const frame = useFrameGeometry();
  if (time < 0 || frame.width === 0) return null;

  const points = trailPoints(times, time, duration);
  const segments = points.slice(1).map((sampleIndex, n) => {
    const from = samples[points[n] ?? sampleIndex];
    const to = samples[sampleIndex];
    if (!from || !to) return null;
    const a = toStage(from.x, from.y, frame);
    const b = toStage(to.x, to.y, frame);
    const age = Math.min(1, Math.max(0, (time - to.time) / duration));
    return (
      <line
        key={sampleIndex}
        x1={a.left}
        y1={a.top}
        x2={b.left}
        y2={b.top}
        strokeOpacity={0.85 * (1 - age)}
      />
    );
  });

  return (
    <svg className="reprise-overlay__trail" width="1" height="1">
      {segments}
    </svg>
  );
}
