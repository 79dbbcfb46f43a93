import { useEffect, useRef } from 'react';
import type { CreateReplayerOptions } from '../engine/options';
import type { Replayer } from '../engine/types';
import type { Recording } from '../events/types';
import type { ReplayStore } from '../store/createReplayStore';
import type { LoadedRecording } from './loadRecording';
import { recordedViewport, toError } from './loadRecording';

/** Makes an engine; `createReplayer` from the engine fits. */
export type ReplayerFactory = (
  recording: Recording,
  options: CreateReplayerOptions,
) => Replayer;

/**
 * Engine options a provider passes through, such as `assets`, masking or
 * a logger; the provider sets `root` and `speed` itself.
 */
export type EngineOptions = Omit<CreateReplayerOptions, 'root' | 'speed'>;

interface EngineSettings {
  store: ReplayStore;
  loaded: LoadedRecording;
  root: HTMLElement | null;
  createReplayer: ReplayerFactory;
  autoPlay: boolean;
  options: EngineOptions;
}

/**
 * Keeps one engine alive while there is both a recording and a root
 * element, and mirrors it into `store`. A new recording or root destroys
 * the old engine first. The factory, `autoPlay` and options are read when
 * the engine is made, so changing them alone never rebuilds it.
 */
export function useReplayEngine(settings: EngineSettings): void {
  const { store, loaded, root } = settings;
  const latest = useRef(settings);

  useEffect(() => {
    latest.current = settings;
  });

  useEffect(() => {
    const actions = store.getState();
    if (loaded.error) {
      actions.reset();
      actions.fail(loaded.error);
      return;
    }

    actions.reset(idleStateOf(loaded.recording));
    if (!root) return;

    const { createReplayer, autoPlay, options } = latest.current;
    let replayer: Replayer;
    try {
      const speed = store.getState().speed;
      replayer = createReplayer(loaded.recording, { ...options, root, speed });
    } catch (error) {
      actions.fail(toError(error));
      return;
    }

    const disconnect = actions.connect(replayer);
    if (autoPlay) replayer.play();
    return () => {
      disconnect();
      replayer.destroy();
    };
  }, [store, loaded, root]);
}

/** Returns what the player shows before an engine reports: length, size. */
export function idleStateOf(recording: Recording) {
  const viewport = recordedViewport(recording) ?? { width: 0, height: 0 };
  return {
    duration: recording.duration,
    viewport,
    diagnostics: recording.diagnostics,
  };
}
