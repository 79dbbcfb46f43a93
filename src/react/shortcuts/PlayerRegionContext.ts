import { createContext, useContext } from 'react';
import type { Fullscreen } from './useFullscreen';

/** Values `<PlayerRegion>` shares with the parts inside it. */
export interface PlayerRegionValue {
  /**
   * The region element: the target of full screen and the root of
   * tooltips and popovers, so they stay visible in full screen.
   */
  element: HTMLElement | null;
  /** Full screen state of the region. */
  fullscreen: Fullscreen;
  /** Whether the keyboard shortcut help is open. */
  helpOpen: boolean;
  setHelpOpen(open: boolean): void;
}

export const PlayerRegionContext = createContext<PlayerRegionValue | null>(
  null,
);

/** Returns the nearest `<PlayerRegion>`'s value, or null outside one. */
export function usePlayerRegion(): PlayerRegionValue | null {
  return useContext(PlayerRegionContext);
}
