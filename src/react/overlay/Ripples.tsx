import { useCallback } from 'react';
import type { ReplayStoreState } from '../../store/createReplayStore';
import { useReplayStore } from '../../store/hooks';
import { firstAfter, lastAtOrBefore } from '../panels/timeIndex';
import type { ClickIndex } from './clickIndex';
import { placeAt, useFrameGeometry } from './frameGeometry';

export interface RipplesProps {
  index: ClickIndex;
  /** How long a ripple lasts, in ms of playback time. */
  duration: number;
}

/** Most ripples drawn at once; older ones in a burst are left out. */
const MAX_RIPPLES = 12;

/** Index range `[start, end)` of the clicks in `(time - span, time]`. */
function rippleRange(times: Float64Array, time: number, span: number) {
  return {
    start: firstAfter(times, time - span),
    end: lastAtOrBefore(times, time) + 1,
  };
}

/**
 * Draws a ripple at each click for `duration` ms after playback passes it. The
 * ripple follows the playback time, not engine events, so it shows after a seek
 * too and does not move while paused. Between clicks the selector returns -1
 * and nothing re-renders.
 */
export function Ripples({ index, duration }: RipplesProps) {
  const { clicks, clickTimes } = index;
  const select = useCallback(
    ({ currentTime }: ReplayStoreState) => {
      const { start, end } = rippleRange(clickTimes, currentTime, duration);
      return end > start ? currentTime : -1;
    },
    [clickTimes, duration],
  );
  const time = useReplayStore(select);
  const frame = useFrameGeometry();
  if (time < 0 || frame.width === 0) return null;

  const { start, end } = rippleRange(clickTimes, time, duration);
  return clicks.slice(Math.max(start, end - MAX_RIPPLES), end).map((click) => {
    const progress = Math.min(1, Math.max(0, (time - click.time) / duration));
    return (
      <span
        key={click.id}
        className="reprise-overlay__ripple"
        data-click-id={click.id}
        style={{
          transform: `${placeAt(click.x, click.y, frame)} scale(${
            0.35 + 0.65 * progress
          })`,
          opacity: 1 - progress,
        }}
      />
    );
  });
}
