/**
 * Returns the time, in ms within the recording, that a slider key moves
 * to from `time`, or null for a key the slider does not handle.
 */
export function keyTarget(
  key: string,
  time: number,
  duration: number,
  step: number,
  page: number,
): number | null {
  const moves: Record<string, number> = {
    ArrowRight: time + step,
    ArrowUp: time + step,
    ArrowLeft: time - step,
    ArrowDown: time - step,
    PageUp: time + page,
    PageDown: time - page,
    Home: 0,
    End: duration,
  };
  const target = moves[key];
  return target === undefined ? null : Math.min(Math.max(target, 0), duration);
}
