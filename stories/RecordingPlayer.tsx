import { useEffect, useState } from 'react';
import { ReplayPlayer } from '../src/react/ReplayPlayer';
import type { EngineOptions } from '../src/react/useReplayEngine';
import { fetchRecording } from './recordings';
import type { RecordingName } from './recordings';

export interface RecordingPlayerProps {
  /** Name of the bundled recording to fetch and play. */
  recording: RecordingName;
  /** Playback rate. @default 1 */
  speed?: number;
  /** Start playing once ready. @default false */
  autoPlay?: boolean;
  /** Engine options, such as masking and the asset policy. @default {} */
  replayerOptions?: EngineOptions;
  /** Changes the fetched events before they are played. @default none */
  prepare?: (raw: unknown) => unknown;
}

type Loaded =
  | { name: RecordingName; events: unknown }
  | { name: RecordingName; error: Error };

/**
 * Fetches a recording by name and shows it in a `<ReplayPlayer>`, the
 * way an embedder loads one from its own API before handing it over.
 */
export function RecordingPlayer({
  recording,
  speed = 1,
  autoPlay = false,
  replayerOptions,
  prepare,
}: RecordingPlayerProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchRecording(recording, controller.signal).then(
      (raw) =>
        setLoaded({ name: recording, events: prepare ? prepare(raw) : raw }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ name: recording, error: asError(error) });
      },
    );
    return () => controller.abort();
    // `prepare` is read with each new recording, like the player's options.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recording]);

  if (loaded?.name !== recording) {
    return <p role="status">Loading {recording}…</p>;
  }
  if ('error' in loaded) {
    return <p role="alert">{loaded.error.message}</p>;
  }
  return (
    <ReplayPlayer
      events={loaded.events}
      speed={speed}
      autoPlay={autoPlay}
      {...(replayerOptions ? { replayerOptions } : {})}
    />
  );
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
