/**
 * Formats a duration in ms for a sentence: `850 ms` under a
 * second, else seconds with one decimal (`1.2 s`), minutes past 100 s.
 */
export function formatDuration(ms: number): string {
  const rounded = Math.round(ms);
  if (Math.abs(rounded) < 1000) return `${rounded} ms`;
  if (Math.abs(rounded) < 100_000) return `${(rounded / 1000).toFixed(1)} s`;
  return `${(rounded / 60_000).toFixed(1)} min`;
}
