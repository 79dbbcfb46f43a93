import { formatTime } from '../formatTime';

/**
 * Formats a playback time for a panel row as `m:ss.t` (tenths), so
 * entries within one second still read apart. `referenceMs` picks the
 * hour format as `formatTime` does.
 */
export function formatPanelTime(ms: number, referenceMs: number): string {
  const tenths = Math.floor((Math.max(0, ms) % 1000) / 100);
  return `${formatTime(ms, referenceMs)}.${tenths}`;
}
