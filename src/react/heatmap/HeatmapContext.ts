import { createContext, useContext } from 'react';
import type { PaletteName } from '../../heatmap/render/palettes';
import type { HeatmapRendering } from '../../heatmap/render/renderHeatmap';
import type { PlacedElement } from '../../heatmap/rows/placeRows';
import type { ScrollDepth } from '../../heatmap/rows/scrollDepth';
import type { HeatmapKind, HeatmapRow } from '../../heatmap/types';

/** What a `<Heatmap>` shares with the legend, lists and export inside it. */
export interface HeatmapView {
  mode: HeatmapMode;
  page: string;
  /** Width bucket shown, or `all`. */
  bucket: string;
  /** Rows of this page, bucket and mode. */
  rows: readonly HeatmapRow[];
  /** Palette the heatmap draws with. */
  palette: PaletteName;
  /** The last point rendering; null in scroll mode or before the frame. */
  rendering: HeatmapRendering | null;
  /** Elements of the rows found in the frame, busiest first. */
  elements: readonly PlacedElement[];
  /** Rows whose element is not in the background frame. */
  unlocated: number;
  depth: ScrollDepth | null;
  /** The heatmap canvas, for export. */
  canvas: HTMLCanvasElement | null;
  /** Selector whose box is outlined, from a list hover. */
  highlight: string | null;
  setHighlight(selector: string | null): void;
}

/** Modes of `<Heatmap>`: which rows it draws. */
export type HeatmapMode = Extract<
  HeatmapKind,
  'click' | 'move' | 'scroll' | 'rage' | 'dead'
>;

export const HeatmapContext = createContext<HeatmapView | null>(null);

/** Reads the enclosing `<Heatmap>`'s view, or null outside one. */
export function useHeatmapView(): HeatmapView | null {
  return useContext(HeatmapContext);
}
