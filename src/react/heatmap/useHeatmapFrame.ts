import { useEffect, useRef, useState } from 'react';
import { createReplayer } from '../../engine/createReplayer';
import type { CreateReplayerOptions } from '../../engine/options';
import type { Replayer, Viewport } from '../../engine/types';
import type { Recording } from '../../events/types';

/** The background frame once built. */
export interface HeatmapFrame {
  replayer: Replayer;
  viewport: Viewport;
  scale: number;
  /** Full height of the replayed page, CSS px. */
  pageHeight: number;
}

const silentLogger = { warn: () => undefined };

/**
 * Builds the background frame: an engine for `recording` in `root`,
 * seeked to `time`, with the page scrolled to the top so heatmap rows
 * are read in page coordinates. Returns null until the frame is built
 * and tracks the engine's scale as the root is resized.
 */
export function useHeatmapFrame(
  recording: Recording | null,
  root: HTMLElement | null,
  time: number,
  options: Omit<CreateReplayerOptions, 'root'> | undefined,
): { frame: HeatmapFrame | null; error: Error | null } {
  const [frame, setFrame] = useState<HeatmapFrame | null>(null);
  const [error, setError] = useState<Error | null>(null);
  // Options are read when the engine is made, like the player's, so a
  // new options object alone never rebuilds the frame.
  const latestOptions = useRef(options);
  useEffect(() => {
    latestOptions.current = options;
  });

  useEffect(() => {
    if (!recording || !root) return;
    let replayer: Replayer;
    try {
      replayer = createReplayer(recording, {
        logger: silentLogger,
        checkpoints: false,
        ...latestOptions.current,
        root,
      });
    } catch (caught) {
      queueMicrotask(() => setError(caught as Error));
      return;
    }
    let active = true;
    const describe = (): HeatmapFrame => {
      const { viewport, scale } = replayer.getState();
      const doc = replayer.document;
      const pageHeight = Math.max(
        viewport.height,
        doc.documentElement?.scrollHeight ?? 0,
        doc.body?.scrollHeight ?? 0,
      );
      return { replayer, viewport, scale, pageHeight };
    };
    const unsubscribe = replayer.subscribe((state, previous) => {
      if (
        state.scale !== previous.scale ||
        state.viewport !== previous.viewport
      ) {
        setFrame((current) => (current ? describe() : current));
      }
    });
    void replayer.seek(time).then(() => {
      if (!active) return;
      replayer.document.defaultView?.scrollTo(0, 0);
      setError(null);
      setFrame(describe());
    });
    return () => {
      active = false;
      unsubscribe();
      replayer.destroy();
      queueMicrotask(() => setFrame(null));
    };
  }, [recording, root, time]);

  return { frame, error };
}
