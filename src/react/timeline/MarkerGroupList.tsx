import type { TimelineMarker } from '../../insights';
import { classNames } from '../classNames';
import { formatTime } from '../formatTime';
import { MarkerIcon } from './MarkerIcon';
import type { MarkerDetail, MarkerDetails } from './markerDetails';
import { detailOf, markerName } from './markerDetails';
import { MARKER_KINDS } from './markerKinds';

export interface MarkerGroupListProps {
  markers: readonly TimelineMarker[];
  details: MarkerDetails;
  /** Recording length in ms, for the time format. */
  duration: number;
  /** Id of the marker a deep link points at, or null. */
  highlightedId: string | null;
  onChoose: (marker: TimelineMarker) => void;
}

/** Renders a group's markers as a list of buttons, in time order. */
export function MarkerGroupList({
  markers,
  details,
  duration,
  highlightedId,
  onChoose,
}: MarkerGroupListProps) {
  return (
    <ul className="reprise-popover__list">
      {markers.map((marker) => (
        <li key={marker.id}>
          <GroupItem
            marker={marker}
            detail={detailOf(marker, details)}
            duration={duration}
            highlighted={marker.id === highlightedId}
            onChoose={onChoose}
          />
        </li>
      ))}
    </ul>
  );
}

interface GroupItemProps {
  marker: TimelineMarker;
  detail: MarkerDetail;
  duration: number;
  highlighted: boolean;
  onChoose: (marker: TimelineMarker) => void;
}

function GroupItem({
  marker,
  detail,
  duration,
  highlighted,
  onChoose,
}: GroupItemProps) {
  return (
    <button
      type="button"
      className={classNames(
        'reprise-popover__item',
        highlighted && 'reprise-popover__item--highlighted',
      )}
      aria-label={markerName(marker, detail, duration)}
      aria-current={highlighted ? 'true' : undefined}
      onClick={() => onChoose(marker)}
    >
      <span className={`reprise-popover__icon reprise-kind--${marker.kind}`}>
        <MarkerIcon kind={marker.kind} />
      </span>
      <span className="reprise-popover__time">
        {formatTime(marker.time, duration)}
      </span>
      <span className="reprise-popover__label">
        <span className="reprise-popover__kind">
          {MARKER_KINDS[marker.kind].name}
        </span>
        {detail.subject}
      </span>
    </button>
  );
}
