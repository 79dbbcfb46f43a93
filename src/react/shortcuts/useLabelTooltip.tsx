import {
  autoUpdate,
  flip,
  offset,
  shift,
  useDismiss,
  useFloating,
  useFocus,
  useHover,
  useInteractions,
} from '@floating-ui/react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { PlayerPortal } from './PlayerPortal';

/** Delay before a hovered control shows its label, in ms. */
const OPEN_DELAY = 400;

/**
 * Shows an icon button's name in a tooltip on hover and on keyboard
 * focus. The button's `aria-label` already gives assistive technology
 * the same words, so the tooltip is hidden from it.
 */
export function useLabelTooltip(label: string) {
  const [open, setOpen] = useState(false);
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: 'top',
    strategy: 'fixed',
    middleware: [offset(6), flip(), shift({ padding: 4 })],
    whileElementsMounted: autoUpdate,
  });
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useHover(context, { delay: { open: OPEN_DELAY, close: 0 } }),
    useFocus(context, { visibleOnly: true }),
    useDismiss(context),
  ]);

  const { setReference, setFloating } = refs;
  const tooltip: ReactNode = open && (
    <PlayerPortal>
      <div
        ref={setFloating}
        className="reprise-tooltip reprise-tooltip--label"
        style={floatingStyles}
        aria-hidden="true"
        data-reprise-floating=""
        {...getFloatingProps()}
      >
        {label}
      </div>
    </PlayerPortal>
  );

  return { setReference, getReferenceProps, tooltip };
}
