import { useMemo } from 'react';
import type { RecordingInsights } from '../../insights';
import type { ReplayStoreState } from '../../store/createReplayStore';
import { useReplayStore } from '../../store/hooks';
import { classNames } from '../classNames';
import { indexClicks } from './clickIndex';
import { Cursor } from './Cursor';
import { RageRing } from './RageRing';
import { Ripples } from './Ripples';
import { Trail } from './Trail';
import './overlay.css';

export interface ClickOverlayProps {
  /** Draws the recorded pointer. @default true */
  showCursor?: boolean;
  /** Draws a ripple at each click as playback passes it. @default true */
  showRipples?: boolean;
  /** Draws the pointer's path of the last `trailDuration` ms. @default false */
  showTrail?: boolean;
  /**
   * Rings rage click bursts in red, with their click count, while the
   * playhead is inside them. @default true
   */
  highlightRageClicks?: boolean;
  /** How long a ripple lasts, in ms of playback time. @default 600 */
  rippleDuration?: number;
  /** Length of the trail, in ms of playback time. @default 1000 */
  trailDuration?: number;
  /** Extra class names for the overlay. @default none */
  className?: string;
}

const selectInsights = (state: ReplayStoreState): RecordingInsights | null =>
  state.insights;

const selectFailed = (state: ReplayStoreState): boolean =>
  state.status === 'error';

/**
 * Draws the pointer, click ripples, rage click rings and an optional
 * pointer trail over the replay. Render it inside the stage, next to the
 * engine's root element: it covers the stage, takes no pointer events
 * and is hidden from assistive technology (the event list carries the
 * same facts). Everything is derived from the playback time, so it is
 * right after seeks, and each part re-renders only while it changes. It
 * draws nothing while the player shows an error.
 */
export function ClickOverlay({
  showCursor = true,
  showRipples = true,
  showTrail = false,
  highlightRageClicks = true,
  rippleDuration = 600,
  trailDuration = 1000,
  className,
}: ClickOverlayProps) {
  const insights = useReplayStore(selectInsights);
  const failed = useReplayStore(selectFailed);
  const index = useMemo(() => indexClicks(insights), [insights]);
  if (failed) return null;

  return (
    <div
      className={classNames('reprise-overlay', className)}
      aria-hidden="true"
    >
      <div className="reprise-overlay__origin">
        {showTrail && <Trail duration={trailDuration} />}
        {showRipples && <Ripples index={index} duration={rippleDuration} />}
        {highlightRageClicks && (
          <RageRing index={index} linger={rippleDuration} />
        )}
        {showCursor && <Cursor />}
      </div>
    </div>
  );
}
