import { useEffect, useState } from 'react';
import { ReplayPlayer } from '../src/react/ReplayPlayer';
import { fetchRecording } from './recordings';
import type { RecordingName } from './recordings';

export interface RecordingPlayerProps {
  /** Name of the bundled recording to fetch and play. */
  recording: RecordingName;
  /** Playback rate. @default 1 */
  speed?: number;
  /** Start playing once ready. @default false */
  autoPlay?: boolean;
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
}: RecordingPlayerProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchRecording(recording, controller.signal).then(
      (events) => setLoaded({ name: recording, events }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ name: recording, error: asError(error) });
      },
    );
    return () => controller.abort();
  }, [recording]);

  if (loaded?.name !== recording) {
    return <p role="status">Loading {recording}…</p>;
  }
  if ('error' in loaded) {
    return <p role="alert">{loaded.error.message}</p>;
  }
  return (
    <ReplayPlayer events={loaded.events} speed={speed} autoPlay={autoPlay} />
  );
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
