import { useMemo } from 'react';
import type { PointerSample } from '../../engine/types';
import { useReplayer } from '../../store/hooks';
import { timesOf } from '../panels/timeIndex';

/** Every recorded pointer position, with a typed array of their times. */
export interface PointerTrack {
  samples: readonly PointerSample[];
  times: Float64Array;
}

const NO_TRACK: PointerTrack = { samples: [], times: new Float64Array() };

/**
 * Returns the connected engine's pointer track with an index of its times.
 * The state holds only the pointer at the playhead, but the trail needs the
 * positions before it too, including right after a seek.
 */
export function usePointerTrack(): PointerTrack {
  const replayer = useReplayer();

  return useMemo(() => {
    if (!replayer) return NO_TRACK;
    const samples = replayer.pointerTrack;
    return { samples, times: timesOf(samples) };
  }, [replayer]);
}
