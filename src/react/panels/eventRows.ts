import type {
  MarkerKind,
  RecordingInsights,
  TimelineMarker,
} from '../../insights';

/** One row of the event list: a timeline marker and, if flagged, why. */
export interface EventRow extends TimelineMarker {
  /**
   * Reason a rage, dead or error click was flagged; undefined for other rows.
   */
  reason: string | undefined;
}

/** Kinds in the order their filters are offered. */
export const EVENT_KINDS: readonly MarkerKind[] = [
  'click',
  'rage-click',
  'dead-click',
  'error-click',
  'error',
  'network-error',
  'navigation',
  'custom',
];

/** Names of the kind filters, one per kind. */
export const KIND_FILTER_LABELS: Record<MarkerKind, string> = {
  click: 'Clicks',
  'rage-click': 'Rage clicks',
  'dead-click': 'Dead clicks',
  'error-click': 'Error clicks',
  error: 'Console errors',
  'network-error': 'Failed requests',
  navigation: 'Navigations',
  custom: 'Custom events',
};

/**
 * Builds the rows from the markers, which are sorted by time already,
 * and adds the reason of each flagged click.
 */
export function buildEventRows(insights: RecordingInsights): EventRow[] {
  const reasons = new Map<string, string>();
  for (const rage of insights.rageClicks) {
    reasons.set(rage.id, rage.reason.message);
  }
  for (const dead of insights.deadClicks) {
    reasons.set(dead.id, dead.reason.message);
  }
  for (const error of insights.errorClicks) {
    reasons.set(error.id, error.reason.message);
  }
  return insights.markers.map((marker) => ({
    ...marker,
    reason: reasons.get(marker.id),
  }));
}

/** Number of rows of each kind. */
export function countKinds(
  rows: readonly EventRow[],
): Partial<Record<MarkerKind, number>> {
  const counts: Partial<Record<MarkerKind, number>> = {};
  for (const row of rows) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
  return counts;
}
