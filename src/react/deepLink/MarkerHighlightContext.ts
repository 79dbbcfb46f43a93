import { createContext, useContext } from 'react';

/**
 * Id of the marker a deep link points at, which the timeline highlights;
 * null when there is none.
 */
export const MarkerHighlightContext = createContext<string | null>(null);

export function useHighlightedMarker(): string | null {
  return useContext(MarkerHighlightContext);
}
