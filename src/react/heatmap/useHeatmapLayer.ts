import { useEffect, useMemo } from 'react';
import type { RenderOptions } from '../../heatmap/render/renderHeatmap';
import {
  computeHeatmap,
  drawHeatmap,
  measurePeak,
} from '../../heatmap/render/renderHeatmap';
import { renderScrollDepth } from '../../heatmap/render/renderScrollDepth';
import { locateInDocument, placeRows } from '../../heatmap/rows/placeRows';
import { scrollDepth } from '../../heatmap/rows/scrollDepth';
import type { HeatmapRow } from '../../heatmap/types';
import type { HeatmapMode } from './HeatmapContext';
import type { HeatmapFrame } from './useHeatmapFrame';

/**
 * Places the rows on the frame's elements once per frame and rows, and
 * redraws the canvas whenever the view scrolls or an option changes.
 */
export function useHeatmapLayer(settings: {
  canvas: HTMLCanvasElement | null;
  frame: HeatmapFrame | null;
  rows: readonly HeatmapRow[];
  mode: HeatmapMode;
  scrollY: number;
  depthStep: number;
  options: RenderOptions;
}) {
  const { canvas, frame, rows, mode, scrollY, depthStep, options } = settings;
  const placed = useMemo(
    () =>
      frame && mode !== 'scroll'
        ? placeRows(rows, locateInDocument(frame.replayer.document))
        : null,
    [frame, rows, mode],
  );
  const depth = useMemo(
    () => (mode === 'scroll' ? scrollDepth(rows, depthStep) : null),
    [rows, mode, depthStep],
  );
  const { radius, blur, palette, scale, max, opacity, fadeIn, cellSize } =
    options;
  const viewport = frame?.viewport;
  // One peak for the whole page, so the scale neither changes nor falls
  // to zero as the view scrolls away from the points.
  const peak = useMemo(
    () => (placed ? measurePeak(placed, { radius, blur, cellSize }) : null),
    [placed, radius, blur, cellSize],
  );

  const rendering = useMemo(
    () =>
      placed && viewport && peak
        ? computeHeatmap(placed, viewport, {
            radius,
            blur,
            palette,
            scale,
            max,
            opacity,
            fadeIn,
            cellSize,
            origin: { x: 0, y: scrollY },
            peak,
          })
        : null,
    [
      placed,
      peak,
      viewport,
      scrollY,
      radius,
      blur,
      palette,
      scale,
      max,
      opacity,
      fadeIn,
      cellSize,
    ],
  );

  useEffect(() => {
    if (!canvas || !viewport) return;
    const pixelRatio = globalThis.devicePixelRatio || 1;
    if (depth) {
      renderScrollDepth(canvas, depth, viewport, {
        palette,
        scrollY,
        pixelRatio,
        displayScale: frame?.scale ?? 1,
      });
    } else if (rendering) {
      drawHeatmap(canvas, rendering, pixelRatio);
    }
  }, [canvas, viewport, depth, rendering, palette, scrollY, frame?.scale]);

  return { rendering, placed, depth };
}
