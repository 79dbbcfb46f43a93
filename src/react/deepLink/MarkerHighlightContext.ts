import { createContext, useContext } from 'react';

/** The marker a deep link points at, as found in the recording. */
export interface LinkedMarker {
  /** Id of the marker the timeline highlights; null when there is none. */
  highlightedId: string | null;
  /**
   * Id the deep link named that no marker of the loaded recording has;
   * null when the link found its marker or named none.
   */
  missingId: string | null;
}

export const MarkerHighlightContext = createContext<LinkedMarker>({
  highlightedId: null,
  missingId: null,
});

export function useHighlightedMarker(): string | null {
  return useContext(MarkerHighlightContext).highlightedId;
}

export function useMissingLinkedMarker(): string | null {
  return useContext(MarkerHighlightContext).missingId;
}
