import { useEffect, useRef } from 'react';
import type { ReplayStore } from '../../store/createReplayStore';

/** Shortest time between two `onTimeChange` calls, in ms. */
export const TIME_CHANGE_INTERVAL_MS = 250;

/**
 * Calls `onTimeChange` with the playback time in ms when it changes: at
 * once after a quiet spell, then at most every `TIME_CHANGE_INTERVAL_MS`
 * (4 times a second during playback). The last time always arrives,
 * so a seek is always reported, at most that interval later.
 */
export function useTimeChange(
  store: ReplayStore,
  onTimeChange: ((timeMs: number) => void) | undefined,
): void {
  const callback = useRef(onTimeChange);
  const enabled = onTimeChange !== undefined;

  useEffect(() => {
    callback.current = onTimeChange;
  });

  useEffect(() => {
    if (!enabled) return;
    let lastCall = -Infinity;
    let lastSent: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const send = (): void => {
      timer = null;
      const time = store.getState().currentTime;
      lastCall = performance.now();
      if (time === lastSent) return;
      lastSent = time;
      callback.current?.(time);
    };

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.currentTime === previous.currentTime || timer !== null) return;
      const wait = lastCall + TIME_CHANGE_INTERVAL_MS - performance.now();
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, enabled]);
}
