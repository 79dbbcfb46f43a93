import { createContext, useContext } from 'react';

/** Connection from `<ReplayProvider>` to the `<PlayerFrame>` inside it. */
export interface PlayerRoot {
  /**
   * Ref callback for the element the engine renders into: the engine is
   * created when it receives an element and destroyed when it gets null.
   */
  attachRoot: (element: HTMLElement | null) => void;
  /** Width / height of the recorded viewport at the start. */
  aspectRatio: number;
}

export const PlayerRootContext = createContext<PlayerRoot | null>(null);

/** Returns the nearest provider's root connection; throws outside one. */
export function usePlayerRoot(): PlayerRoot {
  const root = useContext(PlayerRootContext);
  if (!root) {
    throw new Error(
      '[reprise] <PlayerFrame> must be rendered inside <ReplayProvider>.',
    );
  }
  return root;
}
