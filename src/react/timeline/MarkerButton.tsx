import { memo } from 'react';
import type { TimelineMarker } from '../../insights';
import { classNames } from '../classNames';
import { formatTime } from '../formatTime';
import { PlayerPortal } from '../shortcuts/PlayerPortal';
import { MarkerIcon } from './MarkerIcon';
import { MARKER_KINDS } from './markerKinds';
import type { MarkerDetail } from './markerDetails';
import { markerName } from './markerDetails';
import { useMarkerTooltip } from './useMarkerTooltip';

export interface MarkerButtonProps {
  marker: TimelineMarker;
  detail: MarkerDetail;
  /** Recording length in ms, for the time format. */
  duration: number;
  /** Horizontal position of the marker, 0 to 1 of the track width. */
  position: number;
  /** 0 for the marker the Tab key reaches, -1 for the others. */
  tabIndex: number;
  /** Whether a deep link points at this marker. */
  highlighted: boolean;
  /** Seeks to a time in ms. */
  onSeek: (timeMs: number) => void;
}

/**
 * Draws one marker as a button that seeks to it. Its tooltip names the
 * kind and time, the label and, for flagged clicks, the reason.
 */
export const MarkerButton = memo(function MarkerButton({
  marker,
  detail,
  duration,
  position,
  tabIndex,
  highlighted,
  onSeek,
}: MarkerButtonProps) {
  const {
    open,
    setReference,
    setFloating,
    floatingStyles,
    getReferenceProps,
    getFloatingProps,
  } = useMarkerTooltip();

  return (
    <>
      <button
        type="button"
        ref={setReference}
        className={markerClassNames(marker, highlighted)}
        style={{ left: `${position * 100}%` }}
        tabIndex={tabIndex}
        aria-label={markerName(marker, detail, duration)}
        aria-current={highlighted ? 'true' : undefined}
        data-marker-key={marker.id}
        {...getReferenceProps({ onClick: () => onSeek(marker.time) })}
      >
        <MarkerIcon kind={marker.kind} />
      </button>
      {open && (
        <PlayerPortal>
          <div
            ref={setFloating}
            className="reprise-tooltip"
            style={floatingStyles}
            data-reprise-floating=""
            {...getFloatingProps()}
          >
            <MarkerSummary
              marker={marker}
              detail={detail}
              duration={duration}
            />
          </div>
        </PlayerPortal>
      )}
    </>
  );
});

/** Class names that give a marker its kind's colour and its size. */
export function markerClassNames(
  marker: TimelineMarker,
  highlighted: boolean,
): string {
  return classNames(
    'reprise-marker',
    `reprise-marker--${marker.kind}`,
    `reprise-marker--${marker.severity}`,
    highlighted && 'reprise-marker--highlighted',
  );
}

interface MarkerSummaryProps {
  marker: TimelineMarker;
  detail: MarkerDetail;
  duration: number;
}

/** Renders the body of a marker's tooltip. */
function MarkerSummary({ marker, detail, duration }: MarkerSummaryProps) {
  return (
    <>
      <p className="reprise-tooltip__title">
        <span className={`reprise-tooltip__kind reprise-kind--${marker.kind}`}>
          <MarkerIcon kind={marker.kind} />
          {MARKER_KINDS[marker.kind].name}
        </span>
        <span className="reprise-tooltip__time">
          {formatTime(marker.time, duration)}
        </span>
      </p>
      <p className="reprise-tooltip__label">{marker.label}</p>
      {detail.reason && (
        <p className="reprise-tooltip__reason">{detail.reason}</p>
      )}
    </>
  );
}
