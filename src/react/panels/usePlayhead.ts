import { useCallback, useState } from 'react';
import type { RecordingInsights } from '../../insights';
import type { ReplayStoreState } from '../../store/createReplayStore';
import { useReplayStore, useReplayStoreApi } from '../../store/hooks';
import { lastAtOrBefore } from './timeIndex';

const selectInsights = (state: ReplayStoreState): RecordingInsights | null =>
  state.insights;

const selectFailed = (state: ReplayStoreState): boolean =>
  state.status === 'error';

/**
 * Returns the recording's insights (null until they are computed) and
 * `settled`, which is true once there are insights or the recording has failed,
 * so a panel stops saying it is loading.
 */
export function useInsights(): {
  insights: RecordingInsights | null;
  settled: boolean;
} {
  const insights = useReplayStore(selectInsights);
  const failed = useReplayStore(selectFailed);
  return { insights, settled: insights !== null || failed };
}

/**
 * Index of the last of `times` (ascending, ms) at or before the
 * playhead, or -1. The caller re-renders only when the index changes,
 * not on every playback tick.
 */
export function usePlayheadIndex(times: ArrayLike<number>): number {
  const select = useCallback(
    (state: ReplayStoreState) => lastAtOrBefore(times, state.currentTime),
    [times],
  );
  return useReplayStore(select);
}

/**
 * Returns the row to mark as current: the last at or before the playhead,
 * except that a row the person chose stays marked while the playhead is exactly
 * at its time, even when later rows share that time. `times` must be the same
 * array while the rows are the same, and a new array drops the choice.
 */
export function useCurrentRow(times: Float64Array): {
  current: number;
  markChosen: (index: number) => void;
} {
  const playhead = usePlayheadIndex(times);
  const [chosen, setChosen] = useState<{
    times: Float64Array;
    index: number;
  } | null>(null);
  const chosenTime = chosen?.times === times ? times[chosen.index] : undefined;
  const atChosen = useReplayStore(
    useCallback(
      (state: ReplayStoreState) => state.currentTime === chosenTime,
      [chosenTime],
    ),
  );
  const tied = atChosen && chosen !== null && playhead >= 0;
  const markChosen = useCallback(
    (index: number) => setChosen({ times, index }),
    [times],
  );

  return {
    current: tied ? chosen.index : playhead,
    markChosen,
  };
}

/** Returns a function that moves playback to a time in ms. */
export function useSeek(): (timeMs: number) => void {
  const store = useReplayStoreApi();
  return useCallback(
    (timeMs: number) => void store.getState().seek(timeMs),
    [store],
  );
}
