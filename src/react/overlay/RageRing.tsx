import { useCallback } from 'react';
import type { ReplayStoreState } from '../../store/createReplayStore';
import { useReplayStore } from '../../store/hooks';
import { lastAtOrBefore } from '../panels/timeIndex';
import type { ClickIndex } from './clickIndex';
import { placeAt, useFrameGeometry } from './frameGeometry';

export interface RageRingProps {
  index: ClickIndex;
  /** How long the ring stays after the burst's last click, in ms. */
  linger: number;
}

/**
 * Returns `rage:step` for the burst under the playhead (from its first
 * click to `linger` ms after its last) and the latest of its clicks
 * played, or '' outside every burst. A string key, so the ring
 * re-renders only when it moves.
 */
function activeRage(
  { rages, rageTimes }: ClickIndex,
  time: number,
  linger: number,
): string {
  const rageIndex = lastAtOrBefore(rageTimes, time);
  const rage = rages[rageIndex];
  if (!rage || time > rage.endTime + linger) return '';

  const step = Math.max(0, lastAtOrBefore(rage.stepTimes, time));
  return `${rageIndex}:${step}`;
}

/**
 * Draws a red pulsing ring with the click count over a rage click burst, while
 * the playhead is inside the burst and for `linger` ms after it.
 */
export function RageRing({ index, linger }: RageRingProps) {
  const select = useCallback(
    ({ currentTime }: ReplayStoreState) =>
      activeRage(index, currentTime, linger),
    [index, linger],
  );
  const key = useReplayStore(select);
  const frame = useFrameGeometry();
  if (key === '' || frame.width === 0) return null;

  const [rageIndex = 0, stepIndex = 0] = key.split(':').map(Number);
  const rage = index.rages[rageIndex];
  const step = rage?.steps[stepIndex];
  if (!rage || !step) return null;

  return (
    <span
      className="reprise-overlay__rage"
      data-rage-id={rage.id}
      style={{ transform: placeAt(step.x, step.y, frame) }}
    >
      <span className="reprise-overlay__rage-ring" />
      <span className="reprise-overlay__rage-count">{`${rage.count}×`}</span>
    </span>
  );
}
