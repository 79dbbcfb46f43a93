import type { KeyboardEvent, PointerEvent } from 'react';
import type { ActivityHistogram } from '../../insights';
import { useReplayStore, useReplayStoreApi } from '../../store/hooks';
import {
  selectCurrentTime,
  selectDuration,
  selectInactivePeriods,
  selectIsReady,
  selectSkipInactive,
} from '../../store/selectors';
import { classNames } from '../classNames';
import { formatTime } from '../formatTime';
import { useScrub } from '../useScrub';
import { ActivityGraph } from './ActivityGraph';
import { InactiveShading } from './InactiveShading';
import { keyTarget } from './keyTarget';
import { useHoverPreview } from './useHoverPreview';

export interface SeekSliderProps {
  /** Time moved by the arrow keys, in ms. */
  keyStep: number;
  /** Time moved by PageUp and PageDown, in ms; a tenth when undefined. */
  pageStep: number | undefined;
  label: string;
  className: string | undefined;
  /** Activity to draw behind the track, or null for none. */
  activity: ActivityHistogram | null;
  /** Track width in CSS px; 0 while unknown. */
  width: number;
  /** Callback ref that measures the track. */
  measure: (element: HTMLElement | null) => void;
}

/**
 * Renders the track as a slider whose values are ms from the recording
 * start, over the activity graph and the inactive periods. It is the
 * only part of the timeline that re-renders on every playback tick.
 */
export function SeekSlider(props: SeekSliderProps) {
  const { keyStep, pageStep, label, className, activity, width, measure } =
    props;
  const store = useReplayStoreApi();
  const currentTime = useReplayStore(selectCurrentTime);
  const duration = useReplayStore(selectDuration);
  const ready = useReplayStore(selectIsReady);
  const inactivePeriods = useReplayStore(selectInactivePeriods);
  const skipping = useReplayStore(selectSkipInactive);
  const scrub = useScrub(store, ready);
  const preview = useHoverPreview(duration);

  const displayedTime = Math.min(scrub.time ?? currentTime, duration);
  const percent = duration > 0 ? (displayedTime / duration) * 100 : 0;
  const page = pageStep ?? Math.max(keyStep, duration / 10);
  const valueText =
    `${formatTime(displayedTime, duration)} of ` + formatTime(duration);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (!ready || hasModifier(event)) return;
    const target = keyTarget(event.key, displayedTime, duration, keyStep, page);
    if (target === null) return;

    event.preventDefault();
    void store.getState().seek(target);
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>): void => {
    scrub.onPointerMove(event);
    preview.onPointerMove(event);
  };

  return (
    <div
      ref={measure}
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
      onPointerMove={onPointerMove}
      onPointerUp={scrub.onPointerUp}
      onPointerCancel={scrub.onPointerCancel}
      onPointerLeave={preview.onPointerLeave}
    >
      {activity && <ActivityGraph activity={activity} duration={duration} />}
      <InactiveShading
        periods={inactivePeriods}
        duration={duration}
        skipped={skipping}
        width={width}
      />
      <div className="reprise-player__track">
        <div
          className="reprise-player__played"
          style={{ width: `${percent}%` }}
        />
      </div>
      <div className="reprise-player__handle" style={{ left: `${percent}%` }} />
      {preview.element}
    </div>
  );
}

function hasModifier(event: KeyboardEvent<HTMLElement>): boolean {
  return event.shiftKey || event.altKey || event.ctrlKey || event.metaKey;
}
