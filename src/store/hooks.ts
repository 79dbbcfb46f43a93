import { useContext } from 'react';
import { useStore } from 'zustand';
import type { Replayer } from '../engine/types';
import type { ReplayStore, ReplayStoreState } from './createReplayStore';
import { ReplayStoreContext } from './ReplayStoreContext';
import { selectReplayer } from './selectors';

/** Returns the nearest `<ReplayProvider>`'s store; throws outside one. */
export function useReplayStoreApi(): ReplayStore {
  const store = useContext(ReplayStoreContext);
  if (!store) {
    throw new Error(
      '[reprise] Player components must be rendered inside <ReplayProvider>.',
    );
  }
  return store;
}

/**
 * Reads one slice of the player state. The component re-renders only
 * when the selected value changes (compared with `Object.is`), so return
 * primitives or stable references, as the selectors in this folder do.
 */
export function useReplayStore<T>(selector: (state: ReplayStoreState) => T): T {
  return useStore(useReplayStoreApi(), selector);
}

/** Returns the connected engine, or null before it is created. */
export function useReplayer(): Replayer | null {
  return useReplayStore(selectReplayer);
}
