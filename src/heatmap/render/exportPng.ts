import { legendGradient } from './legend';
import type { HeatmapRendering } from './renderHeatmap';

/** Options of `exportHeatmapPng`. */
export interface PngExportOptions {
  /** Title printed above the legend, such as the page and mode. @default '' */
  title?: string | undefined;
  /** Colour behind the heatmap; transparent when unset. @default none */
  background?: string | undefined;
  /** Height of the legend strip below the map, CSS px. @default 40 */
  legendHeight?: number | undefined;
}

/**
 * Encodes the heatmap layer as a PNG with a legend strip and title. The
 * replayed page behind it is a live document in an iframe, which a
 * canvas cannot draw, so the PNG contains the heatmap layer only.
 */
export async function exportHeatmapPng(
  canvas: HTMLCanvasElement,
  rendering: HeatmapRendering | null,
  options: PngExportOptions = {},
): Promise<Blob> {
  const legendHeight = options.legendHeight ?? 40;
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height + legendHeight;
  const context = out.getContext('2d');
  if (!context) throw new Error('The PNG export canvas has no 2D context.');

  if (options.background) {
    context.fillStyle = options.background;
    context.fillRect(0, 0, out.width, out.height);
  }
  context.drawImage(canvas, 0, 0);
  context.fillStyle = '#111827';
  context.fillRect(0, canvas.height, out.width, legendHeight);
  context.fillStyle = '#ffffff';
  context.font = '12px sans-serif';
  context.fillText(options.title ?? '', 8, canvas.height + 15);

  if (rendering) {
    const barWidth = Math.min(240, out.width / 2);
    const left = out.width - barWidth - 8;
    const gradient = context.createLinearGradient(left, 0, left + barWidth, 0);
    for (const [index, color] of gradientColors(rendering).entries()) {
      gradient.addColorStop(index / 10, color);
    }
    context.fillStyle = gradient;
    context.fillRect(left, canvas.height + 8, barWidth, 10);
    context.fillStyle = '#ffffff';
    context.fillText('0', left, canvas.height + 32);
    const max = formatValue(rendering.scale.max * rendering.unit);
    context.fillText(
      max,
      left + barWidth - context.measureText(max).width,
      canvas.height + 32,
    );
  }
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new Error('Encoding the heatmap as PNG failed.')),
      'image/png',
    ),
  );
}

function gradientColors(rendering: HeatmapRendering): string[] {
  const css = legendGradient(rendering.palette, 11);
  return [...css.matchAll(/(rgb\([^)]*\)|#[0-9a-f]{6})/gi)].map(
    (match) => match[1]!,
  );
}

function formatValue(value: number): string {
  return value >= 10 ? String(Math.round(value)) : value.toPrecision(2);
}
