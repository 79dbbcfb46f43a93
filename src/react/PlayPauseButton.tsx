import { useReplayStore, useReplayStoreApi } from '../store/hooks';
import { selectIsPlaying, selectIsReady } from '../store/selectors';
import { classNames } from './classNames';
import { PauseIcon, PlayIcon } from './icons';
import './player.css';

export interface PlayPauseButtonProps {
  /** Accessible name while paused. @default 'Play' */
  playLabel?: string;
  /** Accessible name while playing. @default 'Pause' */
  pauseLabel?: string;
  /** Extra class names for the button. @default none */
  className?: string;
}

/**
 * Toggles playback. Its name says what a press does ("Play" or "Pause"),
 * and it is disabled until the engine is ready or when it has failed.
 */
export function PlayPauseButton({
  playLabel = 'Play',
  pauseLabel = 'Pause',
  className,
}: PlayPauseButtonProps) {
  const store = useReplayStoreApi();
  const playing = useReplayStore(selectIsPlaying);
  const ready = useReplayStore(selectIsReady);

  return (
    <button
      type="button"
      className={classNames('reprise-player__button', className)}
      aria-label={playing ? pauseLabel : playLabel}
      title={playing ? pauseLabel : playLabel}
      disabled={!ready}
      onClick={() => store.getState().togglePlay()}
    >
      {playing ? <PauseIcon /> : <PlayIcon />}
    </button>
  );
}
