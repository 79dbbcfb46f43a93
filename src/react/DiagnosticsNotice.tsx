import { useReplayStore } from '../store/hooks';
import { selectDiagnostics } from '../store/selectors';
import { classNames } from './classNames';
import './player.css';

export interface DiagnosticsNoticeProps {
  /** Extra class names. @default none */
  className?: string;
}

/**
 * Shows the problems replay survived (events skipped, content the
 * sanitizer neutralized, assets not loaded, malformed nodes) as a
 * collapsed list, so a frame that differs from the recorded page is
 * explained. Renders nothing while there are none.
 */
export function DiagnosticsNotice({ className }: DiagnosticsNoticeProps) {
  const diagnostics = useReplayStore(selectDiagnostics);
  if (diagnostics.length === 0) return null;

  const total = diagnostics.reduce((sum, { count }) => sum + count, 0);
  return (
    <details className={classNames('reprise-player__diagnostics', className)}>
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
  );
}
