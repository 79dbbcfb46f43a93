import { useEffect, useRef } from 'react';
import type { Replayer, ReplayLogger } from '../../engine/types';
import { createOnceLogger } from '../../engine/logger';
import type {
  ReplayStore,
  ReplayStoreState,
} from '../../store/createReplayStore';
import type { InitialPosition } from './initialPosition';
import { resolveInitialPosition } from './initialPosition';

/**
 * Seeks each newly connected engine to the opening position once, so a
 * deep link opens where it points. Later changes of the position props
 * apply to the next engine (a new recording), not to the one playing.
 */
export function useInitialPosition(
  store: ReplayStore,
  position: InitialPosition,
  logger: ReplayLogger | undefined,
): void {
  const latest = useRef({ position, logger });

  useEffect(() => {
    latest.current = { position, logger };
  });

  useEffect(() => {
    let positioned: Replayer | null = null;

    const apply = (state: ReplayStoreState): void => {
      const { replayer } = state;
      if (!replayer || replayer === positioned || state.status === 'error') {
        return;
      }
      const { position: wanted, logger: sink } = latest.current;
      // Error ids are looked up in the insights, which the engine finds
      // after its first frame.
      if (wanted.initialErrorId && !state.insights) return;
      positioned = replayer;

      const resolved = resolveInitialPosition(state.insights, wanted);
      if (wanted.initialErrorId && !resolved.errorFound) {
        createOnceLogger(sink).warn(
          `No marker or insight has the id "${wanted.initialErrorId}"; ` +
            'the player opens at initialTime or at the start instead.',
        );
      }
      if (resolved.time !== undefined) void state.seek(resolved.time);
    };

    apply(store.getState());
    return store.subscribe(apply);
  }, [store]);
}
