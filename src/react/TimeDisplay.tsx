import { useReplayStore } from '../store/hooks';
import { selectCurrentTime, selectDuration } from '../store/selectors';
import { classNames } from './classNames';
import { formatTime } from './formatTime';
import './player.css';

export interface TimeDisplayProps {
  /** Text between the elapsed and the total time. @default ' / ' */
  separator?: string;
  /** Extra class names. @default none */
  className?: string;
}

/**
 * Elapsed and total time, `m:ss` or `h:mm:ss` for recordings of an hour
 * or more. It re-renders on every playback tick, so it stays small.
 */
export function TimeDisplay({
  separator = ' / ',
  className,
}: TimeDisplayProps) {
  const currentTime = useReplayStore(selectCurrentTime);
  const duration = useReplayStore(selectDuration);

  return (
    <span className={classNames('reprise-player__time', className)}>
      {formatTime(currentTime, duration)}
      {separator}
      {formatTime(duration, duration)}
    </span>
  );
}
