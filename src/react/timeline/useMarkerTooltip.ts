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
  useRole,
} from '@floating-ui/react';
import { useState } from 'react';

/** Delay before a hovered marker shows its tooltip, in ms. */
const OPEN_DELAY = 100;

/**
 * Wires a tooltip to a marker: it opens on hover and on keyboard focus,
 * and closes on leave, blur, Escape or a press elsewhere. The reference
 * gets `aria-describedby` while it is open.
 */
export function useMarkerTooltip() {
  const [open, setOpen] = useState(false);
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: 'top',
    strategy: 'fixed',
    middleware: [offset(10), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useHover(context, { delay: { open: OPEN_DELAY, close: 0 } }),
    useFocus(context),
    useDismiss(context),
    useRole(context, { role: 'tooltip' }),
  ]);

  const { setReference, setFloating } = refs;
  return {
    open,
    setReference,
    setFloating,
    floatingStyles,
    getReferenceProps,
    getFloatingProps,
  };
}
