import { useReplayStore } from '../store/hooks';
import { selectError } from '../store/selectors';
import { classNames } from './classNames';
import './player.css';

export interface ErrorStateProps {
  /** Error to show instead of the player's own. @default the player's error */
  error?: Error | null;
  /** Heading above the reason. @default 'This recording cannot be played' */
  title?: string;
  /** Extra class names. @default none */
  className?: string;
}

/**
 * Renders why the recording cannot be played: the error's message and,
 * for a `RecordingError`, its code. Renders nothing while there is no
 * error.
 */
export function ErrorState({
  error,
  title = 'This recording cannot be played',
  className,
}: ErrorStateProps) {
  const playerError = useReplayStore(selectError);
  const displayedError = error === undefined ? playerError : error;
  if (!displayedError) return null;

  const code = errorCode(displayedError);
  return (
    <div
      role="alert"
      className={classNames('reprise-player__error', className)}
    >
      <p className="reprise-player__error-title">{title}</p>
      <p className="reprise-player__error-reason">{displayedError.message}</p>
      {code && (
        <p className="reprise-player__error-code">
          Error code: <code>{code}</code>
        </p>
      )}
    </div>
  );
}

function errorCode(error: Error): string | null {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && code !== '' ? code : null;
}
