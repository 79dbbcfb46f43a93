import { memo, useMemo, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { TimelineMarker } from '../../insights';
import { groupMarkers } from './groupMarkers';
import type { MarkerCluster } from './groupMarkers';
import { MarkerButton } from './MarkerButton';
import type { MarkerDetails } from './markerDetails';
import { detailOf } from './markerDetails';
import { MarkerGroupButton } from './MarkerGroupButton';

export interface TimelineMarkersProps {
  markers: readonly TimelineMarker[];
  details: MarkerDetails;
  /** Recording length in ms. */
  duration: number;
  /** Track width in CSS px; 0 while unknown, which turns grouping off. */
  width: number;
  /** Markers closer than this, in CSS px, are drawn as one group. */
  groupDistance: number;
  /** Id of the marker a deep link points at, or null. */
  highlightedId: string | null;
  /** Label of the toolbar. */
  label: string;
  /** Seeks to a time in ms. */
  onSeek: (timeMs: number) => void;
}

/**
 * Draws the markers above the track as a toolbar with one Tab stop: the
 * arrow keys, Home and End move between markers, so a recording with
 * hundreds of clicks does not add hundreds of Tab stops. The Tab stop
 * starts on the highlighted marker, if any.
 */
export const TimelineMarkers = memo(function TimelineMarkers({
  markers,
  details,
  duration,
  width,
  groupDistance,
  highlightedId,
  label,
  onSeek,
}: TimelineMarkersProps) {
  const clusters = useMemo(
    () => groupMarkers(markers, duration, width, groupDistance),
    [markers, duration, width, groupDistance],
  );
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const tabKey = tabStopOf(clusters, activeKey, highlightedId);

  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    const key = event.target.getAttribute('data-marker-key');
    if (key !== null) setActiveKey(key);
  };

  return (
    <div
      role="toolbar"
      aria-label={label}
      className="reprise-timeline__markers"
      onKeyDown={moveFocus}
      onFocus={onFocus}
    >
      {clusters.map((cluster) => {
        const tabIndex = cluster.key === tabKey ? 0 : -1;
        if (cluster.markers.length > 1) {
          return (
            <MarkerGroupButton
              key={cluster.key}
              cluster={cluster}
              details={details}
              duration={duration}
              tabIndex={tabIndex}
              highlightedId={highlightedId}
              onSeek={onSeek}
            />
          );
        }
        return (
          <MarkerButton
            key={cluster.key}
            marker={cluster.lead}
            detail={detailOf(cluster.lead, details)}
            duration={duration}
            position={cluster.position}
            tabIndex={tabIndex}
            highlighted={cluster.lead.id === highlightedId}
            onSeek={onSeek}
          />
        );
      })}
    </div>
  );
});

function tabStopOf(
  clusters: readonly MarkerCluster[],
  activeKey: string | null,
  highlightedId: string | null,
): string | undefined {
  if (clusters.some(({ key }) => key === activeKey)) {
    return activeKey ?? undefined;
  }
  const highlighted = clusters.find(({ markers }) =>
    markers.some(({ id }) => id === highlightedId),
  );
  return (highlighted ?? clusters[0])?.key;
}

/** Moves focus between the toolbar's markers with the arrows, Home, End. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const items = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('[data-marker-key]'),
  ];
  const index = items.indexOf(event.target as HTMLElement);
  if (index < 0) return;

  const targets: Record<string, number> = {
    ArrowLeft: index - 1,
    ArrowUp: index - 1,
    ArrowRight: index + 1,
    ArrowDown: index + 1,
    Home: 0,
    End: items.length - 1,
  };
  const target = targets[event.key];
  if (target === undefined) return;

  event.preventDefault();
  items[Math.min(Math.max(target, 0), items.length - 1)]?.focus();
}
