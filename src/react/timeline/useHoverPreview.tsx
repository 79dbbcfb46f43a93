import { autoUpdate, offset, shift, useFloating } from '@floating-ui/react';
import { useState } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import { formatTime } from '../formatTime';
import { PlayerPortal } from '../shortcuts/PlayerPortal';

export interface HoverPreview {
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave: () => void;
  /** The floating time label while the pointer is over the track. */
  element: ReactNode;
}

/**
 * Shows the time under a mouse or pen pointer in a label that follows it
 * along the track. Touch has no hover and a finger would hide the label,
 * so touch gets none. The label repeats what the slider's value text
 * gives assistive technology, so it is hidden from it.
 */
export function useHoverPreview(duration: number): HoverPreview {
  const [time, setTime] = useState<number | null>(null);
  const { refs, floatingStyles } = useFloating({
    open: time !== null,
    placement: 'top',
    strategy: 'fixed',
    middleware: [offset(6), shift({ padding: 4 })],
    whileElementsMounted: autoUpdate,
  });

  const { setFloating, setPositionReference } = refs;

  const onPointerMove = (event: PointerEvent<HTMLElement>): void => {
    if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;

    const x = Math.min(Math.max(event.clientX, box.left), box.right);
    const rect = new DOMRect(x, box.top, 0, box.height);
    setPositionReference({ getBoundingClientRect: () => rect });
    setTime(((x - box.left) / box.width) * duration);
  };

  const element = time !== null && (
    <PlayerPortal>
      <div
        ref={setFloating}
        className="reprise-time-preview"
        style={floatingStyles}
        aria-hidden="true"
        data-reprise-floating=""
      >
        {formatTime(time, duration)}
      </div>
    </PlayerPortal>
  );

  return { onPointerMove, onPointerLeave: () => setTime(null), element };
}
