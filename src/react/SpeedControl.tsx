import { useReplayStore, useReplayStoreApi } from '../store/hooks';
import { selectSpeed, selectStatus } from '../store/selectors';
import { classNames } from './classNames';
import './player.css';

/** Playback rates offered by default. */
export const DEFAULT_SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8, 16];

export interface SpeedControlProps {
  /** Rates to offer, in the order shown. @default DEFAULT_SPEEDS */
  speeds?: readonly number[];
  /** Accessible name of the select. @default 'Playback speed' */
  label?: string;
  /** Extra class names for the select. @default none */
  className?: string;
}

/**
 * Renders a select of playback rates. A rate set elsewhere that is not
 * in `speeds` is added to the list, so the select never shows a wrong
 * value.
 */
export function SpeedControl({
  speeds = DEFAULT_SPEEDS,
  label = 'Playback speed',
  className,
}: SpeedControlProps) {
  const store = useReplayStoreApi();
  const speed = useReplayStore(selectSpeed);
  const failed = useReplayStore(selectStatus) === 'error';
  const options = speeds.includes(speed)
    ? speeds
    : [...speeds, speed].sort((a, b) => a - b);

  return (
    <select
      className={classNames('reprise-player__speed', className)}
      aria-label={label}
      title={label}
      value={String(speed)}
      disabled={failed}
      onChange={(event) =>
        store.getState().setSpeed(Number(event.target.value))
      }
    >
      {options.map((option) => (
        <option key={option} value={String(option)}>
          {`${option}\u00d7`}
        </option>
      ))}
    </select>
  );
}
