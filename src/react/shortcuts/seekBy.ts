import type { ReplayStore } from '../../store/createReplayStore';
import { selectIsReady } from '../../store/selectors';

/** Distance of a jump at 1x, in ms; a jump covers this times the speed. */
export const JUMP_MS = 5000;
/** Distance of a frame step, in ms, at any speed. */
export const STEP_MS = 100;

/**
 * Seeks `deltaMs` from the current time, within the recording. Playback
 * keeps its state. Does nothing until an engine is ready.
 */
export function seekBy(store: ReplayStore, deltaMs: number): void {
  const state = store.getState();
  if (!selectIsReady(state)) return;
  void state.seek(state.currentTime + deltaMs);
}

/**
 * Steps `deltaMs` (usually `STEP_MS` either way) and pauses first, since
 * stepping is for looking at single frames.
 */
export function stepBy(store: ReplayStore, deltaMs: number): void {
  const state = store.getState();
  if (!selectIsReady(state)) return;
  if (state.status === 'playing') state.pause();
  seekBy(store, deltaMs);
}
