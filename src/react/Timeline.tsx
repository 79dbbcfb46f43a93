import { useCallback, useMemo } from 'react';
import { useReplayStore, useReplayStoreApi } from '../store/hooks';
import { selectDuration, selectInsights } from '../store/selectors';
import { useHighlightedMarker } from './deepLink/MarkerHighlightContext';
import { collectMarkerDetails } from './timeline/markerDetails';
import { SeekSlider } from './timeline/SeekSlider';
import { TimelineMarkers } from './timeline/TimelineMarkers';
import { useElementWidth } from './timeline/useElementWidth';
import './player.css';

export interface TimelineProps {
  /** Time moved by the arrow keys, in ms. @default 5000 */
  keyStep?: number;
  /**
   * Time moved by PageUp and PageDown, in ms.
   * @default a tenth of the recording, and at least `keyStep`
   */
  pageStep?: number;
  /** Accessible name of the slider. @default 'Seek' */
  label?: string;
  /** Extra class names for the slider. @default none */
  className?: string;
  /** Draws the markers of clicks, errors, navigations... @default true */
  showMarkers?: boolean;
  /** Draws the activity graph behind the track. @default true */
  showActivity?: boolean;
  /**
   * Markers closer than this, in CSS px, are drawn as one group showing
   * their count. The default is the width of a large marker, so markers
   * never overlap.
   * @default 20
   */
  groupDistance?: number;
  /** Accessible name of the marker toolbar. @default 'Markers' */
  markersLabel?: string;
}

/**
 * Renders the progress track as a slider whose values are ms from the
 * recording start, with markers above it and the activity graph and
 * inactive periods behind it. A click or drag seeks, and hovering shows
 * the time under the pointer. The arrow keys move by `keyStep`, PageUp
 * and PageDown by `pageStep`, Home and End to the ends. Arrow keys with
 * a modifier are left to the player's shortcuts.
 */
export function Timeline({
  keyStep = 5000,
  pageStep,
  label = 'Seek',
  className,
  showMarkers = true,
  showActivity = true,
  groupDistance = 20,
  markersLabel = 'Markers',
}: TimelineProps) {
  const store = useReplayStoreApi();
  const duration = useReplayStore(selectDuration);
  const insights = useReplayStore(selectInsights);
  const highlightedId = useHighlightedMarker();
  const [measure, width] = useElementWidth();

  const details = useMemo(
    () => collectMarkerDetails(insights ?? EMPTY_INSIGHTS),
    [insights],
  );
  const seekTo = useCallback(
    (timeMs: number) => void store.getState().seek(timeMs),
    [store],
  );

  return (
    <div className="reprise-timeline">
      <div className="reprise-timeline__marker-row">
        {showMarkers && insights && insights.markers.length > 0 && (
          <TimelineMarkers
            markers={insights.markers}
            details={details}
            duration={duration}
            width={width}
            groupDistance={groupDistance}
            highlightedId={highlightedId}
            label={markersLabel}
            onSeek={seekTo}
          />
        )}
      </div>
      <SeekSlider
        keyStep={keyStep}
        pageStep={pageStep}
        label={label}
        className={className}
        activity={showActivity && insights ? insights.activity : null}
        width={width}
        measure={measure}
      />
    </div>
  );
}

const EMPTY_INSIGHTS = {
  clicks: [],
  rageClicks: [],
  deadClicks: [],
  errorClicks: [],
};
