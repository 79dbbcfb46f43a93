import { describe, expect, test } from 'vitest';
import { paletteTable } from '../../src/heatmap/render/palettes';
import { renderHeatmap } from '../../src/heatmap/render/renderHeatmap';

function pixel(canvas: HTMLCanvasElement, x: number, y: number) {
  return Array.from(canvas.getContext('2d')!.getImageData(x, y, 1, 1).data);
}

/**
 * Compares a pixel with a palette entry. The canvas stores premultiplied
 * alpha, so colour channels of translucent pixels come back up to 1 off.
 */
function expectColor(actual: number[], expected: number[]) {
  expect(actual[3]).toBe(expected[3]);
  for (let channel = 0; channel < 3; channel++) {
    expect(Math.abs(actual[channel]! - expected[channel]!)).toBeLessThanOrEqual(
      1,
    );
  }
}

describe('renderHeatmap on a small grid', () => {
  test('draws a flat square of the top colour around one point', () => {
    const canvas = document.createElement('canvas');
    const top = Array.from(paletteTable('viridis').slice(255 * 4));

    const rendering = renderHeatmap(
      canvas,
      { xs: [10], ys: [10] },
      { width: 40, height: 30 },
      { radius: 4, blur: 0, cellSize: 1, palette: 'viridis' },
    );

    expect([canvas.width, canvas.height]).toEqual([40, 30]);
    expect(rendering.scale.max).toBeCloseTo(1 / 81, 6);
    expectColor(pixel(canvas, 10, 10), top);
    expectColor(pixel(canvas, 6, 14), top);
    expect(pixel(canvas, 15, 10)[3]).toBe(0);
    expect(pixel(canvas, 30, 25)[3]).toBe(0);
  });

  test('scales the hot spot by point weight under a fixed max', () => {
    const canvas = document.createElement('canvas');
    const rendering = renderHeatmap(
      canvas,
      { xs: [5, 25], ys: [5, 5], weights: [1, 4] },
      { width: 30, height: 10 },
      {
        radius: 1,
        blur: 0,
        cellSize: 1,
        max: 4 / 9,
        palette: 'blues',
        opacity: 1,
        fadeIn: 1,
      },
    );
    const table = paletteTable('blues', { opacity: 1, fadeIn: 1 });
    const entry = (i: number) => Array.from(table.slice(i * 4, i * 4 + 4));

    expect(rendering.outside).toBe(0);
    expectColor(pixel(canvas, 25, 5), entry(255));
    expectColor(pixel(canvas, 5, 5), entry(64));
  });

  test('counts points outside the area and doubles pixels at ratio 2', () => {
    const canvas = document.createElement('canvas');
    const rendering = renderHeatmap(
      canvas,
      { xs: [5, 500], ys: [5, 5] },
      { width: 20, height: 10 },
      { radius: 2, pixelRatio: 2 },
    );

    expect(rendering.outside).toBe(1);
    expect([canvas.width, canvas.height]).toEqual([40, 20]);
  });
});
