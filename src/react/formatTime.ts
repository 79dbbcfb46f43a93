const HOUR_MS = 3_600_000;

/**
 * Formats a playback time in ms as `m:ss`, or `h:mm:ss` when the time or
 * `referenceMs` (usually the recording length) reaches an hour, so the
 * elapsed and total times of one player share a layout. Seconds are
 * rounded down: a time shows the second it is in.
 */
export function formatTime(ms: number, referenceMs: number = ms): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = pad(totalSeconds % 60);

  if (hours > 0 || referenceMs >= HOUR_MS) {
    return `${hours}:${pad(minutes)}:${seconds}`;
  }
  return `${minutes}:${seconds}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
