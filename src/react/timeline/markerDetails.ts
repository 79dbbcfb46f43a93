import type { RecordingInsights, TimelineMarker } from '../../insights';
import { formatTime } from '../formatTime';
import { MARKER_KINDS } from './markerKinds';

/** Subject and reason of a marker, beyond its one-line label. */
export interface MarkerDetail {
  /** The clicked element or the message, without the kind's wording. */
  subject: string;
  /** Reason a click was flagged (rage, dead and error clicks only). */
  reason: string | undefined;
}

/** Marker details by marker id. */
export type MarkerDetails = ReadonlyMap<string, MarkerDetail>;

/**
 * Collects the subject and reason of every click marker from the
 * insights the markers were built from. Other kinds need no lookup:
 * their label is their subject.
 */
export function collectMarkerDetails(
  insights: Pick<
    RecordingInsights,
    'clicks' | 'rageClicks' | 'deadClicks' | 'errorClicks'
  >,
): MarkerDetails {
  const details = new Map<string, MarkerDetail>();

  for (const click of insights.clicks) {
    details.set(click.id, {
      subject: click.target.description,
      reason: undefined,
    });
  }
  for (const rage of insights.rageClicks) {
    details.set(rage.id, {
      subject: `${rage.target.description} (${rage.count} clicks)`,
      reason: rage.reason.message,
    });
  }
  for (const dead of insights.deadClicks) {
    details.set(dead.id, {
      subject: dead.click.target.description,
      reason: dead.reason.message,
    });
  }
  for (const errorClick of insights.errorClicks) {
    details.set(errorClick.id, {
      subject: errorClick.click.target.description,
      reason: errorClick.reason.message,
    });
  }
  return details;
}

/** Returns the detail of `marker`, falling back on its label. */
export function detailOf(
  marker: TimelineMarker,
  details: MarkerDetails,
): MarkerDetail {
  return details.get(marker.id) ?? { subject: marker.label, reason: undefined };
}

/**
 * Returns a marker's accessible name, such as
 * `Rage click at 1:23: button "Pay" (4 clicks)`.
 */
export function markerName(
  marker: TimelineMarker,
  detail: MarkerDetail,
  duration: number,
): string {
  const { name } = MARKER_KINDS[marker.kind];
  return `${name} at ${formatTime(marker.time, duration)}: ${detail.subject}`;
}

/**
 * Returns a group's accessible name, such as
 * `3 markers from 0:03 to 0:05: 1 rage click, 2 clicks`, with kinds in
 * the order they first occur.
 */
export function groupName(
  markers: readonly TimelineMarker[],
  duration: number,
): string {
  const counts = new Map<TimelineMarker['kind'], number>();
  for (const marker of markers) {
    counts.set(marker.kind, (counts.get(marker.kind) ?? 0) + 1);
  }
  const kinds = [...counts].map(([kind, count]) =>
    count === 1
      ? `1 ${MARKER_KINDS[kind].name.toLowerCase()}`
      : `${count} ${MARKER_KINDS[kind].plural}`,
  );

  const first = formatTime(markers[0]?.time ?? 0, duration);
  const last = formatTime(markers.at(-1)?.time ?? 0, duration);
  const span = first === last ? `at ${first}` : `from ${first} to ${last}`;
  return `${markers.length} markers ${span}: ${kinds.join(', ')}`;
}
