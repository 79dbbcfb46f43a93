export { createIdleState, createReplayStore } from './createReplayStore';
export type {
  ReplayActions,
  ReplayStore,
  ReplayStoreState,
} from './createReplayStore';
export { useReplayer, useReplayStore, useReplayStoreApi } from './hooks';
export { ReplayStoreContext } from './ReplayStoreContext';
export {
  selectCurrentTime,
  selectDiagnostics,
  selectDuration,
  selectError,
  selectInactivePeriods,
  selectInsights,
  selectIsPlaying,
  selectIsReady,
  selectReplayer,
  selectSkipInactive,
  selectSpeed,
  selectStatus,
} from './selectors';
