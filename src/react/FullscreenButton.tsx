import { classNames } from './classNames';
import { usePlayerRegion } from './shortcuts/PlayerRegionContext';
import { useLabelTooltip } from './shortcuts/useLabelTooltip';
import './player.css';

export interface FullscreenButtonProps {
  /** Accessible name outside full screen. @default 'Full screen' */
  enterLabel?: string;
  /** Accessible name in full screen. @default 'Exit full screen' */
  exitLabel?: string;
  /** Extra class names. @default none */
  className?: string;
}

/**
 * Puts the enclosing `<PlayerRegion>` in full screen and back. Its name
 * says what a press does, and follows the browser's state, so leaving
 * with Escape updates it too. Renders nothing outside a region or where
 * the browser cannot show the region in full screen.
 */
export function FullscreenButton({
  enterLabel = 'Full screen',
  exitLabel = 'Exit full screen',
  className,
}: FullscreenButtonProps) {
  const region = usePlayerRegion();
  const active = region?.fullscreen.active ?? false;
  const label = active ? exitLabel : enterLabel;
  const { setReference, getReferenceProps, tooltip } = useLabelTooltip(label);
  if (!region?.fullscreen.supported) return null;

  return (
    <>
      <button
        type="button"
        ref={setReference}
        className={classNames('reprise-player__button', className)}
        aria-label={label}
        {...getReferenceProps({ onClick: region.fullscreen.toggle })}
      >
        <svg
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          className="reprise-player__stroke-icon"
        >
          <path d={active ? EXIT_PATH : ENTER_PATH} />
        </svg>
      </button>
      {tooltip}
    </>
  );
}

/** Four corners pointing out. */
const ENTER_PATH = 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5';
/** Four corners pointing in. */
const EXIT_PATH = 'M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5';
