import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export interface ToggleButtonProps {
  /** Whether the option is on; shown as `aria-pressed`. */
  pressed: boolean;
  /** Called with the new state when the button is pressed. */
  onPressedChange: (pressed: boolean) => void;
  /** The visible label, also the accessible name. */
  children: ReactNode;
  /** Number shown in a badge after the label. @default none */
  count?: number;
  /** `error` draws the badge in the error colour. @default 'neutral' */
  tone?: 'neutral' | 'error';
  /** Tooltip text. @default none */
  title?: string;
}

/** Renders a button that switches a filter on and off (`aria-pressed`). */
export function ToggleButton({
  pressed,
  onPressedChange,
  children,
  count,
  tone = 'neutral',
  title,
}: ToggleButtonProps) {
  return (
    <button
      type="button"
      className={classNames(
        'reprise-panel__toggle',
        tone === 'error' && 'reprise-panel__toggle--error',
      )}
      aria-pressed={pressed}
      title={title}
      onClick={() => onPressedChange(!pressed)}
    >
      {children}
      {count !== undefined && ' '}
      {count !== undefined && (
        <span className="reprise-panel__count">{count}</span>
      )}
    </button>
  );
}
