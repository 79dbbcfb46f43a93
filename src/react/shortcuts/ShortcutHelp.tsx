import {
  FloatingFocusManager,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
} from '@floating-ui/react';
import { useId, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../useIsomorphicLayoutEffect';
import type { ShortcutDescription } from './shortcutList';
import { PLAYER_SHORTCUTS, TIMELINE_SHORTCUTS } from './shortcutList';

export interface ShortcutHelpProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Heading and accessible name. @default 'Keyboard shortcuts' */
  title?: string;
}

/**
 * Lists every keyboard shortcut in a modal dialog over the player.
 * Escape, the Close button or a press on the backdrop closes it, and
 * focus returns to where it was before it opened.
 */
export function ShortcutHelp({
  open,
  onOpenChange,
  title = 'Keyboard shortcuts',
}: ShortcutHelpProps) {
  const { refs, context } = useFloating({ open, onOpenChange });
  const { setFloating } = refs;
  const { getFloatingProps } = useInteractions([
    useDismiss(context, { outsidePress: false }),
    useRole(context, { role: 'dialog' }),
  ]);
  const headingId = useId();
  const returnTo = useRef<Element | null>(null);

  // The focus manager would return focus to the first tabbable element
  // inside the region when the region itself had focus (it is not
  // tabbable), so focus goes back to the exact element here instead.
  useIsomorphicLayoutEffect(() => {
    if (open) {
      returnTo.current = document.activeElement;
      return;
    }
    const element = returnTo.current;
    returnTo.current = null;
    if (element instanceof HTMLElement && element.isConnected) element.focus();
  }, [open]);

  if (!open) return null;

  return (
    <div
      className="reprise-help-backdrop"
      data-reprise-floating=""
      onClick={(event) => {
        if (event.target === event.currentTarget) onOpenChange(false);
      }}
    >
      <FloatingFocusManager context={context} returnFocus={false}>
        <div
          ref={setFloating}
          className="reprise-help"
          aria-labelledby={headingId}
          aria-modal="true"
          {...getFloatingProps()}
        >
          <h2 id={headingId} className="reprise-help__title">
            {title}
          </h2>
          <ShortcutTable rows={PLAYER_SHORTCUTS} caption="In the player" />
          <ShortcutTable rows={TIMELINE_SHORTCUTS} caption="On the timeline" />
          <button
            type="button"
            className="reprise-help__close"
            onClick={() => onOpenChange(false)}
          >
            Close
          </button>
        </div>
      </FloatingFocusManager>
    </div>
  );
}

interface ShortcutTableProps {
  rows: readonly ShortcutDescription[];
  caption: string;
}

function ShortcutTable({ rows, caption }: ShortcutTableProps) {
  return (
    <table className="reprise-help__table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(({ keys, description }) => (
          <tr key={description}>
            <th scope="row">
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </th>
            <td>{description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
