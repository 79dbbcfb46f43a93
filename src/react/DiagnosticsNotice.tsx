import { useReplayStore } from '../store/hooks';
import { selectDiagnostics } from '../store/selectors';
import { classNames } from './classNames';
import { useMissingLinkedMarker } from './deepLink/MarkerHighlightContext';
import './player.css';

export interface DiagnosticsNoticeProps {
  /** Extra class names. @default none */
  className?: string;
}

/**
 * Shows the problems replay survived (events skipped, content the
 * sanitizer neutralized, assets not loaded, malformed nodes) as a
 * collapsed list, so a frame that differs from the recorded page is
 * explained. A deep link to a marker the recording does not have is
 * named here first. Renders nothing while there is nothing to show.
 */
export function DiagnosticsNotice({ className }: DiagnosticsNoticeProps) {
  const diagnostics = useReplayStore(selectDiagnostics);
  const missingMarker = useMissingLinkedMarker();
  if (diagnostics.length === 0 && missingMarker === null) return null;

  const total = diagnostics.reduce((sum, { count }) => sum + count, 0);
  return (
    <div className={classNames('reprise-player__diagnostics', className)}>
      {missingMarker !== null && (
        <p role="status" className="reprise-player__missing-marker">
          The link points at <code>{missingMarker}</code>, which this recording
          does not have, so the replay opened at the link&apos;s time or at the
          start.
        </p>
      )}
      {diagnostics.length > 0 && (
        <details>
          <summary>
            Replay notes: {diagnostics.length}{' '}
            {diagnostics.length === 1 ? 'kind' : 'kinds'} of problem, {total}{' '}
            {total === 1 ? 'time' : 'times'}
          </summary>
          <ul>
            {diagnostics.map(({ code, message, count }) => (
              <li key={code}>
                <code>{code}</code> ({count}×): {message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
