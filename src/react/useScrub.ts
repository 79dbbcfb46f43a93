import { useEffect, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import type { ReplayStore } from '../store/createReplayStore';

interface Drag {
  pointerId: number;
  /** Latest pointer time, in ms. */
  target: number;
  /** Last time sent to the engine, in ms. */
  sent: number;
  /** Pending animation frame that will send `target`, if any. */
  frame: number | null;
  /** Whether playback was running when the drag began. */
  resume: boolean;
}

export interface Scrub {
  /** Time under the pointer while dragging, in ms; null otherwise. */
  time: number | null;
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
}

/**
 * Handles pointer seeking on a horizontal track. A press seeks at once.
 * A drag captures the pointer and seeks at most once per animation
 * frame, so fast moves never queue up seeks. Playback pauses during a
 * drag and resumes after it.
 */
export function useScrub(store: ReplayStore, enabled: boolean): Scrub {
  const [time, setTime] = useState<number | null>(null);
  const drag = useRef<Drag | null>(null);

  useEffect(() => () => cancelFrame(drag.current), []);

  const timeAt = (element: HTMLElement, clientX: number): number => {
    const box = element.getBoundingClientRect();
    if (box.width <= 0) return 0;
    const fraction = Math.min(Math.max((clientX - box.left) / box.width, 0), 1);
    return fraction * store.getState().duration;
  };

  const send = (state: Drag): void => {
    state.sent = state.target;
    void store.getState().seek(state.target);
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>): void => {
    if (!enabled || event.button !== 0) return;
    const element = event.currentTarget;

    // Default handling would select text and steal focus; keep the
    // slider focused so the keyboard continues where the pointer left.
    event.preventDefault();
    element.focus();
    element.setPointerCapture?.(event.pointerId);

    const { status, pause } = store.getState();
    const target = timeAt(element, event.clientX);
    const state: Drag = {
      pointerId: event.pointerId,
      target,
      sent: target,
      frame: null,
      resume: status === 'playing',
    };
    drag.current = state;
    if (state.resume) pause();
    setTime(target);
    send(state);
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>): void => {
    const state = drag.current;
    if (!state || event.pointerId !== state.pointerId) return;

    state.target = timeAt(event.currentTarget, event.clientX);
    setTime(state.target);
    state.frame ??= requestAnimationFrame(() => {
      state.frame = null;
      send(state);
    });
  };

  const finish = (event: PointerEvent<HTMLElement>): void => {
    const state = drag.current;
    if (!state || event.pointerId !== state.pointerId) return;

    // A cancelled pointer has no trustworthy position; keep the last one.
    if (event.type === 'pointerup') {
      state.target = timeAt(event.currentTarget, event.clientX);
    }
    drag.current = null;
    cancelFrame(state);
    setTime(null);
    const seeking =
      state.sent === state.target
        ? Promise.resolve()
        : store.getState().seek(state.target);
    // Playing from the very end would restart at 0; a drag to the end
    // means "go to the end", so playback stays stopped there.
    const { duration } = store.getState();
    if (state.resume && state.target < duration) {
      void seeking.then(() => store.getState().play());
    }
  };

  return {
    time,
    onPointerDown,
    onPointerMove,
    onPointerUp: finish,
    onPointerCancel: finish,
  };
}

function cancelFrame(state: Drag | null): void {
  if (state?.frame != null) cancelAnimationFrame(state.frame);
  if (state) state.frame = null;
}
