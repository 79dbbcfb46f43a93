import { classNames } from '../classNames';
import { usePlayerRegion } from './PlayerRegionContext';
import { useLabelTooltip } from './useLabelTooltip';

export interface ShortcutHelpButtonProps {
  /** Accessible name. @default 'Keyboard shortcuts' */
  label?: string;
  /** Extra class names. @default none */
  className?: string;
}

/**
 * Opens the keyboard shortcut help of the enclosing `<PlayerRegion>`, so
 * the shortcuts can be found without knowing the `?` key. Renders
 * nothing outside a region.
 */
export function ShortcutHelpButton({
  label = 'Keyboard shortcuts',
  className,
}: ShortcutHelpButtonProps) {
  const region = usePlayerRegion();
  const { setReference, getReferenceProps, tooltip } = useLabelTooltip(label);
  if (!region) return null;

  return (
    <>
      <button
        type="button"
        ref={setReference}
        className={classNames('reprise-player__button', className)}
        aria-label={label}
        aria-haspopup="dialog"
        {...getReferenceProps({ onClick: () => region.setHelpOpen(true) })}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path fillRule="evenodd" d={KEYBOARD_PATH} />
        </svg>
      </button>
      {tooltip}
    </>
  );
}

/** A keyboard outline with eight keys and a space bar, cut out. */
const KEYBOARD_PATH =
  'M3 6.5A1.5 1.5 0 0 1 4.5 5h15A1.5 1.5 0 0 1 21 6.5v11a1.5 1.5 0 0 1-1.5 ' +
  '1.5h-15A1.5 1.5 0 0 1 3 17.5ZM5.5 8h2.5v2.5H5.5ZM9 8h2.5v2.5H9Zm3.5 ' +
  '0h2.5v2.5h-2.5ZM16 8h2.5v2.5H16ZM5.5 11.5h2.5V14H5.5ZM9 11.5h2.5V14H9Z' +
  'm3.5 0h2.5V14h-2.5Zm3.5 0h2.5V14H16ZM7.5 15.5h9V17h-9Z';
