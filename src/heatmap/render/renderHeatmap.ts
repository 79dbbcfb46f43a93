import { DensityGrid } from './DensityGrid';
import type { PointSet } from './DensityGrid';
import { LUT_SIZE, paletteTable } from './palettes';
import type { OpacityRamp, PaletteName } from './palettes';
import { createValueScale } from './scales';
import type { ScaleKind, ValueScale } from './scales';

/** Drawing options; every field has a default. */
export interface RenderOptions extends OpacityRamp {
  /** Radius each point spreads over, CSS px. @default 20 */
  radius?: number | undefined;
  /** Soft share of the radius, 0 (hard edge) to 1. @default 0.85 */
  blur?: number | undefined;
  /** Colour scheme. @default 'turbo' */
  palette?: PaletteName | undefined;
  /** Value to colour mapping. @default 'linear' */
  scale?: ScaleKind | undefined;
  /** Density mapped to the top colour; 'auto' is the largest. @default 'auto' */
  max?: number | 'auto' | undefined;
  /**
   * Grid cell size, CSS px. Smaller is sharper and slower.
   * @default a quarter of the radius, at least 1
   */
  cellSize?: number | undefined;
  /** Canvas pixels per CSS px. @default 1 */
  pixelRatio?: number | undefined;
  /**
   * Point coordinates of the canvas's top-left corner, for a view of a
   * scrolled page. @default { x: 0, y: 0 }
   */
  origin?: { x: number; y: number } | undefined;
  /**
   * Peak of the whole point set, from `measurePeak`, so that a view of
   * part of a page keeps the page's scale. @default the drawn area's peak
   */
  peak?: HeatmapPeak | undefined;
}

/**
 * The busiest spot of a point set. `count` is in the unit legends and
 * read-outs show: the most raw (un-blurred) points inside one square of
 * side `2 * radius`, so it never exceeds the number of points. `density`
 * is the largest blurred value, the top of the colour scale.
 */
export interface HeatmapPeak {
  density: number;
  count: number;
}

/** What a render produced, for the legend and hover read-outs. */
export interface HeatmapRendering {
  grid: DensityGrid;
  /** Blurred density per cell. */
  density: Float32Array;
  scale: ValueScale;
  palette: PaletteName;
  /** Points outside the drawn area. */
  outside: number;
  /** Weight of the points above and below the drawn area. */
  above: number;
  below: number;
  /** Peak the scale was built on. */
  peak: HeatmapPeak;
  /**
   * Factor from blurred density to the unit legends show, points per
   * square of side `2 * radius`: `peak.count / peak.density`. Colours
   * follow the soft blurred density, but the numbers are counted without
   * blur, so the top of a legend is the busiest square's true count.
   * NOTE: lower ticks scale that count in proportion to density, which
   * is an estimate where the blur has merged nearby points.
   */
  unit: number;
  radius: number;
  /** One RGBA pixel per grid cell, row-major. */
  pixels: Uint8ClampedArray<ArrayBuffer>;
  /** Drawn area, CSS px. */
  size: { width: number; height: number };
}

/** A canvas the renderer can draw on, in a window or a worker. */
export type HeatmapCanvas = HTMLCanvasElement | OffscreenCanvas;

/**
 * Draws `points` as a heatmap over the whole of `canvas`, whose CSS size
 * is `width` x `height` px: `computeHeatmap`, then `drawHeatmap`.
 */
export function renderHeatmap(
  canvas: HeatmapCanvas,
  points: PointSet,
  size: { width: number; height: number },
  options: RenderOptions = {},
): HeatmapRendering {
  const rendering = computeHeatmap(points, size, options);
  drawHeatmap(canvas, rendering, options.pixelRatio ?? 1);
  return rendering;
}

/**
 * Bins `points` into a density grid, blurs it, and maps it through the
 * scale and palette into an image of one pixel per cell. The cost grows
 * with the number of points only in the binning pass. Needs no canvas.
 */
export function computeHeatmap(
  points: PointSet,
  size: { width: number; height: number },
  options: RenderOptions = {},
): HeatmapRendering {
  const radius = options.radius ?? 20;
  const cellSize = options.cellSize ?? Math.max(1, Math.round(radius / 4));
  const palette = options.palette ?? 'turbo';
  const table = paletteTable(palette, options);

  const grid = new DensityGrid(size.width, size.height, cellSize);
  const origin = options.origin ?? { x: 0, y: 0 };
  const { outside } = grid.add(points, origin.x, origin.y);
  const density = grid.blur(radius, options.blur ?? 0.85);
  const peak = options.peak ?? {
    density: largest(density),
    count: grid.maxNear(radius),
  };
  const scale = createValueScale(
    options.scale ?? 'linear',
    density,
    options.max ?? (options.peak ? peak.density : 'auto'),
  );
  const pixels = colorize(density, grid.columns, grid.rows, scale, table);
  const { above, below } = splitOutside(points, origin.y, size.height);
  return {
    grid,
    density,
    scale,
    palette,
    outside,
    above,
    below,
    peak,
    unit: peak.density > 0 ? peak.count / peak.density : 0,
    radius,
    pixels,
    size,
  };
}

/**
 * Largest grid `measurePeak` builds, in cells: a 1920 px page about
 * 54,000 px deep at a 5 px cell, about 80 MB with the blur and sums.
 */
const MAX_PEAK_CELLS = 1 << 22;
/** Widest area `measurePeak` covers, CSS px. */
const MAX_PEAK_WIDTH = 16_384;

/**
 * Measures the peak of every point, wherever it lies, on a grid over the
 * points' bounds, with the same radius, blur and cell size as
 * `computeHeatmap`. Pass it as `peak` to keep one scale while scrolling.
 */
export function measurePeak(
  points: PointSet,
  options: Pick<RenderOptions, 'radius' | 'blur' | 'cellSize'> = {},
): HeatmapPeak {
  const radius = options.radius ?? 20;
  const cellSize = options.cellSize ?? Math.max(1, Math.round(radius / 4));
  const { xs, ys } = points;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    // The grid skips a point it cannot bin, so the bounds skip it too.
    if (!Number.isFinite(xs[i]!) || !Number.isFinite(ys[i]!)) continue;
    left = Math.min(left, xs[i]!);
    right = Math.max(right, xs[i]!);
    top = Math.min(top, ys[i]!);
    bottom = Math.max(bottom, ys[i]!);
  }
  if (left === Infinity) return { density: 0, count: 0 };

  // A margin of the radius on each side keeps the blur away from edges.
  const x = Math.floor(left - radius);
  const y = Math.floor(top - radius);
  // NOTE: a point set spread wider than MAX_PEAK_CELLS allow (far-off
  // rows from an external store) is measured over its top-left part only.
  const width = Math.min(
    Math.ceil(right + radius) - x + cellSize,
    MAX_PEAK_WIDTH,
  );
  const columns = Math.ceil(width / cellSize);
  const height = Math.min(
    Math.ceil(bottom + radius) - y + cellSize,
    Math.floor(MAX_PEAK_CELLS / columns) * cellSize,
  );
  const grid = new DensityGrid(width, height, cellSize);
  grid.add(points, x, y);

  return {
    density: largest(grid.blur(radius, options.blur ?? 0.85)),
    count: grid.maxNear(radius),
  };
}

/** Sums the weight of the points above `top` and at or below `top + height`. */
function splitOutside(
  points: PointSet,
  top: number,
  height: number,
): { above: number; below: number } {
  const { ys, weights } = points;
  let above = 0;
  let below = 0;
  for (let i = 0; i < ys.length; i++) {
    const weight = weights ? weights[i]! : 1;
    if (ys[i]! < top) above += weight;
    else if (ys[i]! >= top + height) below += weight;
  }
  return { above, below };
}

function largest(values: Float32Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! > max) max = values[i]!;
  }
  return max;
}

/**
 * Paints a computed heatmap over the whole of `canvas`: the cell image
 * is scaled up with smoothing to `size` CSS px times `pixelRatio`.
 */
export function drawHeatmap(
  canvas: HeatmapCanvas,
  rendering: HeatmapRendering,
  pixelRatio = 1,
): void {
  const { grid, pixels, size } = rendering;
  canvas.width = Math.round(size.width * pixelRatio);
  canvas.height = Math.round(size.height * pixelRatio);
  const context = canvas.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new Error('The heatmap canvas has no 2D context.');

  const cells = createScratchCanvas(grid.columns, grid.rows);
  const cellContext = cells.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  cellContext.putImageData(
    new ImageData(pixels, grid.columns, grid.rows),
    0,
    0,
  );
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = true;
  context.drawImage(
    cells,
    0,
    0,
    grid.columns * grid.cellSize * pixelRatio,
    grid.rows * grid.cellSize * pixelRatio,
  );
}

/** Maps each cell's density to a palette colour, one RGBA pixel per cell. */
export function colorize(
  density: Float32Array,
  columns: number,
  rows: number,
  scale: ValueScale,
  table: Uint8ClampedArray,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(columns * rows * 4);
  const top = LUT_SIZE - 1;
  const pixels32 = new Uint32Array(pixels.buffer);
  const table32 = new Uint32Array(table.buffer, table.byteOffset, LUT_SIZE);
  const linear = scale.kind === 'linear' && scale.max > 0 ? top / scale.max : 0;

  for (let i = 0; i < density.length; i++) {
    const value = density[i]!;
    if (value <= 0) continue;
    const entry = linear
      ? Math.min(top, Math.round(value * linear))
      : Math.round(scale.toPosition(value) * top);
    pixels32[i] = table32[entry]!;
  }
  return pixels;
}

function createScratchCanvas(width: number, height: number): HeatmapCanvas {
  if (typeof OffscreenCanvas !== 'undefined')
    return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}
