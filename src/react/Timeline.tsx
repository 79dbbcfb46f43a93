import type { KeyboardEvent } from 'react';
import { useReplayStore, useReplayStoreApi } from '../store/hooks';
import {
  selectCurrentTime,
  selectDuration,
  selectIsReady,
} from '../store/selectors';
import { classNames } from './classNames';
import { formatTime } from './formatTime';
import { useScrub } from './useScrub';
import './player.css';

export interface TimelineProps {
  /** Time moved by the arrow keys, in ms. @default 5000 */
  keyStep?: number;
  /**
   * Time moved by PageUp and PageDown, in ms.
   * @default a tenth of the recording, and at least `keyStep`
   */
  pageStep?: number;
  /** Accessible name of the slider. @default 'Seek' */
  label?: string;
  /** Extra class names for the slider. @default none */
  className?: string;
}

/**
 * Renders the progress track as a slider whose values are ms from the
 * recording start. A click or drag seeks. The arrow keys move by
 * `keyStep`, PageUp and PageDown by `pageStep`, Home and End to the ends.
 */
export function Timeline({
  keyStep = 5000,
  pageStep,
  label = 'Seek',
  className,
}: TimelineProps) {
  const store = useReplayStoreApi();
  const currentTime = useReplayStore(selectCurrentTime);
  const duration = useReplayStore(selectDuration);
  const ready = useReplayStore(selectIsReady);
  const scrub = useScrub(store, ready);

  const displayedTime = Math.min(scrub.time ?? currentTime, duration);
  const percent = duration > 0 ? (displayedTime / duration) * 100 : 0;
  const page = pageStep ?? Math.max(keyStep, duration / 10);
  const valueText =
    `${formatTime(displayedTime, duration)} of ` + formatTime(duration);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (!ready) return;
    const target = keyTarget(event.key, displayedTime, duration, keyStep, page);
    if (target === null) return;

    event.preventDefault();
    void store.getState().seek(target);
  };

  return (
    <div
      role="slider"
      tabIndex={ready ? 0 : -1}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-valuenow={Math.round(displayedTime)}
      aria-valuetext={valueText}
      aria-disabled={ready ? undefined : true}
      className={classNames('reprise-player__timeline', className)}
      onKeyDown={onKeyDown}
      onPointerDown={scrub.onPointerDown}
      onPointerMove={scrub.onPointerMove}
      onPointerUp={scrub.onPointerUp}
      onPointerCancel={scrub.onPointerCancel}
    >
      <div className="reprise-player__track">
        <div
          className="reprise-player__played"
          style={{ width: `${percent}%` }}
        />
      </div>
      <div className="reprise-player__handle" style={{ left: `${percent}%` }} />
    </div>
  );
}

/** Returns the time a key moves to, within the recording, or null. */
function keyTarget(
  key: string,
  time: number,
  duration: number,
  step: number,
  page: number,
): number | null {
  const moves: Record<string, number> = {
    ArrowRight: time + step,
    ArrowUp: time + step,
    ArrowLeft: time - step,
    ArrowDown: time - step,
    PageUp: time + page,
    PageDown: time - page,
    Home: 0,
    End: duration,
  };
  const target = moves[key];
  return target === undefined ? null : Math.min(Math.max(target, 0), duration);
}
