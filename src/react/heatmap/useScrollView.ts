import { useCallback, useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { HeatmapFrame } from './useHeatmapFrame';

/** Px a line key (arrow) scrolls; Page keys scroll a viewport. */
const LINE = 40;

/**
 * Keeps the view's page offset and scrolls the background frame with
 * it: the wheel over `layer`, and arrow, Page, Home and End keys when
 * the layer has focus. The wheel listener is not passive, so scrolling
 * the heatmap does not scroll the embedding page as well.
 */
export function useScrollView(
  frame: HeatmapFrame | null,
  layer: HTMLElement | null,
) {
  const [scrollY, setScrollY] = useState(0);
  const maxScroll = frame
    ? Math.max(0, frame.pageHeight - frame.viewport.height)
    : 0;
  const scrollTo = useCallback(
    (y: number) => setScrollY(Math.round(Math.min(maxScroll, Math.max(0, y)))),
    [maxScroll],
  );

  useEffect(() => {
    frame?.replayer.document.defaultView?.scrollTo(0, scrollY);
  }, [frame, scrollY]);

  useEffect(() => {
    if (!layer || !frame) return;
    const onWheel = (event: WheelEvent) => {
      if (maxScroll === 0) return;
      event.preventDefault();
      setScrollY((y) =>
        Math.round(
          Math.min(maxScroll, Math.max(0, y + event.deltaY / frame.scale)),
        ),
      );
    };
    layer.addEventListener('wheel', onWheel, { passive: false });
    return () => layer.removeEventListener('wheel', onWheel);
  }, [layer, frame, maxScroll]);

  const onKeyDown = (event: KeyboardEvent) => {
    const page = frame?.viewport.height ?? 0;
    const moves: Record<string, number> = {
      ArrowDown: scrollY + LINE,
      ArrowUp: scrollY - LINE,
      PageDown: scrollY + page,
      PageUp: scrollY - page,
      Home: 0,
      End: maxScroll,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    scrollTo(target);
  };

  return { scrollY, maxScroll, scrollTo, onKeyDown };
}
