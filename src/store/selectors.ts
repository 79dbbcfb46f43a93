import type { Replayer } from '../engine/types';
import type { ReplayStoreState } from './createReplayStore';

/*
 * Selectors return primitives or stable references, so a component that
 * uses one re-renders only when that value changes. Only time displays
 * and the timeline should read `currentTime`: it changes every frame
 * while playing.
 */

type Selector<T> = (state: ReplayStoreState) => T;

export const selectStatus: Selector<ReplayStoreState['status']> = (state) =>
  state.status;

export const selectIsPlaying: Selector<boolean> = (state) =>
  state.status === 'playing';

/** Playback time in ms from the recording start. Changes every frame. */
export const selectCurrentTime: Selector<number> = (state) => state.currentTime;

/** Recording length in ms. */
export const selectDuration: Selector<number> = (state) => state.duration;

export const selectSpeed: Selector<number> = (state) => state.speed;

export const selectError: Selector<Error | null> = (state) => state.error;

/** True once an engine is connected and has not failed. */
export const selectIsReady: Selector<boolean> = (state) =>
  state.replayer !== null && state.status !== 'error';

export const selectReplayer: Selector<Replayer | null> = (state) =>
  state.replayer;

export const selectDiagnostics: Selector<ReplayStoreState['diagnostics']> = (
  state,
) => state.diagnostics;

/** Insights of the recording shown; null until an engine connects. */
export const selectInsights: Selector<ReplayStoreState['insights']> = (state) =>
  state.insights;

export const selectSkipInactive: Selector<boolean> = (state) =>
  state.skipInactive;

/** Stretches without user activity, in ms, as the engine skips them. */
export const selectInactivePeriods: Selector<
  ReplayStoreState['inactivePeriods']
> = (state) => state.inactivePeriods;
