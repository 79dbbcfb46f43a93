import { useReplayStore, useReplayStoreApi } from '../store/hooks';
import { selectSkipInactive, selectStatus } from '../store/selectors';
import { classNames } from './classNames';
import './player.css';

export interface SkipInactiveToggleProps {
  /** Visible label and accessible name. @default 'Skip inactivity' */
  label?: string;
  /** Extra class names. @default none */
  className?: string;
}

/**
 * Renders a switch that turns skipping of inactive periods on and off.
 * While on,
 * playback jumps over stretches without user activity, and the timeline
 * marks them as skipped.
 */
export function SkipInactiveToggle({
  label = 'Skip inactivity',
  className,
}: SkipInactiveToggleProps) {
  const store = useReplayStoreApi();
  const skipping = useReplayStore(selectSkipInactive);
  const failed = useReplayStore(selectStatus) === 'error';

  return (
    <button
      type="button"
      role="switch"
      aria-checked={skipping}
      className={classNames('reprise-switch', className)}
      disabled={failed}
      onClick={() => store.getState().setSkipInactive(!skipping)}
    >
      <span className="reprise-switch__track" aria-hidden="true">
        <span className="reprise-switch__thumb" />
      </span>
      <span className="reprise-switch__label">{label}</span>
    </button>
  );
}
