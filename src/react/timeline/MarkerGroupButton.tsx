import { FloatingFocusManager } from '@floating-ui/react';
import { memo } from 'react';
import type { TimelineMarker } from '../../insights';
import { classNames } from '../classNames';
import { PlayerPortal } from '../shortcuts/PlayerPortal';
import type { MarkerCluster } from './groupMarkers';
import type { MarkerDetails } from './markerDetails';
import { groupName } from './markerDetails';
import { MarkerGroupList } from './MarkerGroupList';
import { useGroupPopover } from './useGroupPopover';

export interface MarkerGroupButtonProps {
  cluster: MarkerCluster;
  details: MarkerDetails;
  /** Recording length in ms, for the time format. */
  duration: number;
  /** 0 for the item the Tab key reaches, -1 for the others. */
  tabIndex: number;
  /** Id of the marker a deep link points at, if it is in this group. */
  highlightedId: string | null;
  /** Seeks to a time in ms. */
  onSeek: (timeMs: number) => void;
}

/**
 * Draws markers too close to tell apart as one button showing their
 * count. It opens a popover listing them; choosing one seeks to it and
 * closes the popover, and focus returns to the group.
 */
export const MarkerGroupButton = memo(function MarkerGroupButton({
  cluster,
  details,
  duration,
  tabIndex,
  highlightedId,
  onSeek,
}: MarkerGroupButtonProps) {
  const popover = useGroupPopover();
  const { setReference, setFloating, close } = popover;
  const { lead, markers } = cluster;
  const name = groupName(markers, duration);
  const highlighted = markers.some(({ id }) => id === highlightedId);

  const choose = (marker: TimelineMarker): void => {
    onSeek(marker.time);
    close();
  };

  return (
    <>
      <button
        type="button"
        ref={setReference}
        className={classNames(
          'reprise-marker',
          'reprise-marker--group',
          `reprise-marker--${lead.kind}`,
          `reprise-marker--${lead.severity}`,
          highlighted && 'reprise-marker--highlighted',
        )}
        style={{ left: `${cluster.position * 100}%` }}
        tabIndex={tabIndex}
        aria-label={name}
        data-marker-key={cluster.key}
        {...popover.getReferenceProps()}
      >
        {markers.length}
      </button>
      {popover.open && (
        <PlayerPortal>
          <FloatingFocusManager context={popover.context}>
            <div
              ref={setFloating}
              className="reprise-popover"
              style={popover.floatingStyles}
              aria-label={name}
              data-reprise-floating=""
              {...popover.getFloatingProps()}
            >
              <p className="reprise-popover__title" aria-hidden="true">
                {`${markers.length} markers`}
              </p>
              <MarkerGroupList
                markers={markers}
                details={details}
                duration={duration}
                highlightedId={highlightedId}
                onChoose={choose}
              />
            </div>
          </FloatingFocusManager>
        </PlayerPortal>
      )}
    </>
  );
});
