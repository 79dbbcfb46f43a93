import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { ReactNode } from 'react';
import { createReplayer as createEngine } from '../engine/createReplayer';
import type { Recording, RecordingInput } from '../events/types';
import { createReplayStore } from '../store/createReplayStore';
import { ReplayStoreContext } from '../store/ReplayStoreContext';
import { selectInsights } from '../store/selectors';
import { MarkerHighlightContext } from './deepLink/MarkerHighlightContext';
import { useInitialPosition } from './deepLink/useInitialPosition';
import { useTimeChange } from './deepLink/useTimeChange';
import { loadRecording, recordedViewport } from './loadRecording';
import { PlayerRootContext } from './PlayerRootContext';
import type { PlayerRoot } from './PlayerRootContext';
import { idleStateOf, useReplayEngine } from './useReplayEngine';
import type { EngineOptions, ReplayerFactory } from './useReplayEngine';

/** Used when the recording does not say how large its viewport was. */
const FALLBACK_ASPECT_RATIO = 16 / 9;

export interface ReplayProviderProps {
  /**
   * The recording: rrweb events in any form `parseRecording` accepts
   * (array, JSON string, wrapper object, packed events), or a `Recording`
   * parsed already. A new value replaces the engine.
   */
  events: RecordingInput | Recording;
  /** Playback rate, also applied when it changes later. @default 1 */
  speed?: number;
  /** Starts playing as soon as the engine is ready. @default false */
  autoPlay?: boolean;
  /**
   * Jumps over stretches without user activity while playing. Also
   * applied when it changes later; the skip switch changes it too.
   * @default true
   */
  skipInactive?: boolean;
  /**
   * Playback time, in ms, to open at once an engine is ready, as from
   * `parseReplayUrl(url).time`. Read for each new engine.
   * @default the start
   */
  initialTime?: number | undefined;
  /**
   * Id of a marker or insight (`console-5`, `rage-click-40`) to open at:
   * playback starts 2 s before it and the timeline highlights its
   * marker. Wins over `initialTime` when the recording has it; an
   * unknown id logs a warning. Read for each new engine.
   * @default none
   */
  initialErrorId?: string | undefined;
  /**
   * Called with the playback time in ms when it changes, at most 4 times
   * a second. The time reached by a seek is always reported. Use it to
   * keep a `buildReplayUrl` link in the address bar, for example.
   * @default none
   */
  onTimeChange?: ((timeMs: number) => void) | undefined;
  /**
   * Makes the engine. Read when an engine is made, so a new function
   * takes effect with the next recording.
   * @default createReplayer from the engine
   */
  createReplayer?: ReplayerFactory;
  /**
   * Further engine options, such as the `assets` policy, masking and
   * redaction, or a logger. Read when an engine is made.
   * @default {}
   */
  replayerOptions?: EngineOptions;
  /** The player's parts: `<PlayerFrame>`, controls, panels. @default none */
  children?: ReactNode;
}

/**
 * Owns one store and one engine for the components inside it, so
 * several players can live on one page. The recording is parsed here;
 * the engine is created once `<PlayerFrame>` mounts its root element.
 */
export function ReplayProvider({
  events,
  speed = 1,
  autoPlay = false,
  skipInactive = true,
  initialTime,
  initialErrorId,
  onTimeChange,
  createReplayer = createEngine,
  replayerOptions = {},
  children,
}: ReplayProviderProps) {
  const loaded = useMemo(() => loadRecording(events), [events]);
  const [store] = useState(() =>
    createReplayStore({
      speed,
      skipInactive,
      ...(loaded.recording ? idleStateOf(loaded.recording) : {}),
    }),
  );
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const insights = useStore(store, selectInsights);

  useEffect(() => {
    store.getState().setSpeed(speed);
  }, [store, speed]);

  useEffect(() => {
    store.getState().setSkipInactive(skipInactive);
  }, [store, skipInactive]);

  useInitialPosition(
    store,
    { initialTime, initialErrorId },
    replayerOptions.logger,
  );
  useTimeChange(store, onTimeChange);

  useReplayEngine({
    store,
    loaded,
    root,
    createReplayer,
    autoPlay,
    options: replayerOptions,
  });

  const playerRoot = useMemo<PlayerRoot>(
    () => ({ attachRoot: setRoot, aspectRatio: aspectRatioOf(loaded) }),
    [loaded],
  );

  const linkedMarker = useMemo(() => {
    if (!initialErrorId || !insights) {
      return { highlightedId: null, missingId: null };
    }
    const found = insights.markers.some(({ id }) => id === initialErrorId);
    return found
      ? { highlightedId: initialErrorId, missingId: null }
      : { highlightedId: null, missingId: initialErrorId };
  }, [initialErrorId, insights]);

  return (
    <ReplayStoreContext.Provider value={store}>
      <PlayerRootContext.Provider value={playerRoot}>
        <MarkerHighlightContext.Provider value={linkedMarker}>
          {children}
        </MarkerHighlightContext.Provider>
      </PlayerRootContext.Provider>
    </ReplayStoreContext.Provider>
  );
}

function aspectRatioOf({ recording }: ReturnType<typeof loadRecording>) {
  const viewport = recording && recordedViewport(recording);
  return viewport ? viewport.width / viewport.height : FALLBACK_ASPECT_RATIO;
}
