import type { RecordingInsights } from '../../insights';

/**
 * Returns the playback time, in ms, of the marker or insight with `id`:
 * markers first, then console entries, network requests, clicks and the
 * rest, so ids of entries that have no marker (a `console.log`) work too.
 */
export function findInsightTime(
  insights: RecordingInsights,
  id: string,
): number | undefined {
  const lists: readonly (readonly { id: string; time: number }[])[] = [
    insights.markers,
    insights.console.entries,
    insights.network.requests,
    insights.clicks,
    insights.rageClicks,
    insights.deadClicks,
    insights.errorClicks,
    insights.navigations,
    insights.customEvents,
  ];
  for (const list of lists) {
    const found = list.find((item) => item.id === id);
    if (found) return found.time;
  }
  return undefined;
}
