import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { createReplayer as createEngine } from '../engine/createReplayer';
import type { Recording, RecordingInput } from '../events/types';
import { createReplayStore } from '../store/createReplayStore';
import { ReplayStoreContext } from '../store/ReplayStoreContext';
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
   * Makes the engine. Read when an engine is made, so a new function
   * takes effect with the next recording.
   * @default createReplayer from the engine
   */
  createReplayer?: ReplayerFactory;
  /**
   * Further engine options, such as `allowNetwork` or a logger. Read
   * when an engine is made.
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
  createReplayer = createEngine,
  replayerOptions = {},
  children,
}: ReplayProviderProps) {
  const loaded = useMemo(() => loadRecording(events), [events]);
  const [store] = useState(() =>
    createReplayStore({
      speed,
      ...(loaded.recording ? idleStateOf(loaded.recording) : {}),
    }),
  );
  const [root, setRoot] = useState<HTMLElement | null>(null);

  useEffect(() => {
    store.getState().setSpeed(speed);
  }, [store, speed]);

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

  return (
    <ReplayStoreContext.Provider value={store}>
      <PlayerRootContext.Provider value={playerRoot}>
        {children}
      </PlayerRootContext.Provider>
    </ReplayStoreContext.Provider>
  );
}

function aspectRatioOf({ recording }: ReturnType<typeof loadRecording>) {
  const viewport = recording && recordedViewport(recording);
  return viewport ? viewport.width / viewport.height : FALLBACK_ASPECT_RATIO;
}
