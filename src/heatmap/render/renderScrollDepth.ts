import type { ScrollDepth } from '../rows/scrollDepth';
import { paletteColor } from './palettes';
import type { PaletteName } from './palettes';
import type { HeatmapCanvas } from './renderHeatmap';

/** Options of `renderScrollDepth`. */
export interface ScrollDepthRenderOptions {
  /** Colour scheme; a full share takes the top colour. @default 'turbo' */
  palette?: PaletteName | undefined;
  /** Opacity of the bands, 0 to 1. @default 0.45 */
  opacity?: number | undefined;
  /** Page offset of the canvas top, CSS px. @default 0 */
  scrollY?: number | undefined;
  /** Canvas pixels per CSS px. @default 1 */
  pixelRatio?: number | undefined;
  /**
   * Screen size of one CSS px of `size`, for a canvas shown scaled down
   * (a frame fitted into a smaller stage): labels are drawn larger by its
   * inverse so they read at 12 px on screen. @default 1
   */
  displayScale?: number | undefined;
}

/** On-screen height of the label text, CSS px. */
const LABEL_FONT_PX = 12;

/**
 * Paints the scroll-depth map: one band per depth step coloured by the
 * share of sessions that reached it, a labelled line every 25 % of
 * sessions lost, and the average fold as a dashed line. Depths beyond
 * the deepest session stay clear.
 */
export function renderScrollDepth(
  canvas: HeatmapCanvas,
  depth: ScrollDepth,
  size: { width: number; height: number },
  options: ScrollDepthRenderOptions = {},
): void {
  const ratio = options.pixelRatio ?? 1;
  const scrollY = options.scrollY ?? 0;
  const palette = options.palette ?? 'turbo';
  canvas.width = Math.round(size.width * ratio);
  canvas.height = Math.round(size.height * ratio);
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | null;
  if (!context) throw new Error('The scroll-depth canvas has no 2D context.');
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);

  const step = depth.shares[1]
    ? depth.shares[1].depth - depth.shares[0]!.depth
    : 0;
  context.globalAlpha = options.opacity ?? 0.45;
  for (const { depth: top, share } of depth.shares) {
    const y = top - scrollY;
    if (y + step < 0 || y > size.height || share <= 0) continue;
    context.fillStyle = paletteColor(palette, share);
    context.fillRect(0, y, size.width, Math.max(1, step));
  }
  context.globalAlpha = 1;

  const zoom = 1 / Math.max(1e-3, options.displayScale ?? 1);
  const label = (text: string, y: number) =>
    drawLabel(context, text, y, size.height, zoom);
  context.font = `${LABEL_FONT_PX * zoom}px sans-serif`;
  let nextMark = 0.75;
  for (const { depth: top, share } of depth.shares) {
    if (share > nextMark || nextMark <= 0) continue;
    drawLine(context, top - scrollY, size.width, '#ffffff', []);
    label(`${Math.round(share * 100)}% reached ${top} px`, top - scrollY);
    while (nextMark >= share) nextMark -= 0.25;
  }
  if (depth.averageFold > 0) {
    const y = depth.averageFold - scrollY;
    drawLine(context, y, size.width, '#111827', [6, 4]);
    label(`Average fold ${Math.round(depth.averageFold)} px`, y);
  }
}

function drawLine(
  context: CanvasRenderingContext2D,
  y: number,
  width: number,
  color: string,
  dash: number[],
): void {
  context.save();
  context.strokeStyle = color;
  context.lineWidth = 2;
  context.setLineDash(dash);
  context.beginPath();
  context.moveTo(0, y);
  context.lineTo(width, y);
  context.stroke();
  context.restore();
}

/**
 * Draws a label above the line at `y`, or below it when there is no room
 * above, kept inside `0..height` so a line at an edge keeps its label
 * whole. Lengths are in screen px times `zoom`.
 */
function drawLabel(
  context: CanvasRenderingContext2D,
  text: string,
  y: number,
  height: number,
  zoom: number,
): void {
  if (y < 0 || y > height) return;
  const boxHeight = 18 * zoom;
  const gap = 2 * zoom;
  const width = context.measureText(text).width + 12 * zoom;
  const above = y - gap - boxHeight;
  const top =
    above >= 0 ? above : Math.min(y + gap, Math.max(0, height - boxHeight));
  context.fillStyle = 'rgba(17, 24, 39, 0.85)';
  context.fillRect(8 * zoom, top, width, boxHeight);
  context.fillStyle = '#ffffff';
  context.fillText(text, 14 * zoom, top + 13 * zoom);
}
