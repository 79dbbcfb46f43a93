import { describe, expect, it } from 'vitest';
import { DensityGrid } from '../../src/heatmap/render/DensityGrid';
import { colorize } from '../../src/heatmap/render/renderHeatmap';
import { createValueScale } from '../../src/heatmap/render/scales';
import { legendStops } from '../../src/heatmap/render/legend';
import { paletteTable } from '../../src/heatmap/render/palettes';

describe('DensityGrid', () => {
  it('bins points into cells and skips outside ones', () => {
    const grid = new DensityGrid(10, 6, 2);
    const result = grid.add({
      xs: [0, 1.9, 3, 9.9, -1, 10],
      ys: [0, 1, 5, 5.9, 0, 0],
      weights: [1, 2, 3, 4, 5, 6],
    });

    expect(result).toEqual({ added: 4, outside: 2 });
    expect(grid.columns).toBe(5);
    expect(grid.rows).toBe(3);
    expect(Array.from(grid.counts)).toEqual([
      3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 4,
    ]);
  });

  it('blurs a point into a flat square with no soft part', () => {
    const grid = new DensityGrid(7, 7, 1);
    grid.add({ xs: [3], ys: [3] });

    const density = grid.blur(1, 0);

    for (let row = 0; row < 7; row++) {
      for (let column = 0; column < 7; column++) {
        const inside = Math.abs(row - 3) <= 1 && Math.abs(column - 3) <= 1;
        expect(density[row * 7 + column]).toBeCloseTo(inside ? 1 / 9 : 0, 6);
      }
    }
  });

  it('keeps the total weight while blurring away from edges', () => {
    const grid = new DensityGrid(40, 40, 1);
    grid.add({ xs: [20, 21, 19], ys: [20, 18, 22], weights: [2, 1, 1] });

    const density = grid.blur(9, 1);
    const total = density.reduce((sum, value) => sum + value, 0);

    expect(total).toBeCloseTo(4, 4);
    // Soft blur peaks at the heavier point and falls off with distance.
    expect(density[20 * 40 + 20]!).toBeGreaterThan(density[20 * 40 + 26]!);
    expect(density[20 * 40 + 26]!).toBeGreaterThan(density[20 * 40 + 32]!);
  });

  it('sums raw weights near a point', () => {
    const grid = new DensityGrid(100, 100, 5);
    grid.add({ xs: [10, 12, 50, 90], ys: [10, 11, 50, 90] });

    expect(grid.sumNear(11, 11, 4)).toBe(2);
    expect(grid.sumNear(50, 50, 30)).toBe(1);
    expect(grid.sumNear(50, 50, 100)).toBe(4);
  });

  it('rejects an empty area', () => {
    expect(() => new DensityGrid(0, 10, 1)).toThrow(
      /Invalid density grid 0x10/,
    );
  });
});

describe('value scales', () => {
  const values = Float32Array.from([0, 1, 2, 4, 8]);

  it('maps linearly to the maximum', () => {
    const scale = createValueScale('linear', values);
    expect(scale.max).toBe(8);
    expect(scale.toPosition(2)).toBe(0.25);
    expect(scale.toValue(0.5)).toBe(4);
  });

  it('maps logarithmically', () => {
    const scale = createValueScale('log', values);
    expect(scale.toPosition(8)).toBe(1);
    expect(scale.toPosition(Math.expm1(Math.log1p(8) / 2))).toBeCloseTo(0.5, 6);
  });

  it('maps to the share of non-zero cells at or below', () => {
    const scale = createValueScale('percentile', values);
    expect(scale.toPosition(0)).toBe(0);
    expect(scale.toPosition(1)).toBe(0.25);
    expect(scale.toPosition(4)).toBe(0.75);
    expect(scale.toPosition(8)).toBe(1);
  });

  it('caps at a fixed maximum', () => {
    const scale = createValueScale('linear', values, 4);
    expect(scale.toPosition(8)).toBe(1);
    expect(scale.toPosition(1)).toBe(0.25);
  });

  it('rejects an unknown scale', () => {
    expect(() => createValueScale('sqrt' as 'log', values)).toThrow(
      /Unknown heatmap scale "sqrt"/,
    );
  });

  it('labels legend stops with densities', () => {
    const stops = legendStops(createValueScale('linear', values), 'viridis', 3);
    expect(stops.map((stop) => [stop.position, stop.value])).toEqual([
      [0, 0],
      [0.5, 4],
      [1, 8],
    ]);
  });
});

describe('colorize', () => {
  it('gives each cell its palette entry', () => {
    const table = paletteTable('blues', { opacity: 1, fadeIn: 1 });
    const density = Float32Array.from([0, 2, 4]);
    const scale = createValueScale('linear', density);

    const pixels = colorize(density, 3, 1, scale, table);

    expect(Array.from(pixels.slice(0, 4))).toEqual([0, 0, 0, 0]);
    expect(Array.from(pixels.slice(4, 8))).toEqual(
      Array.from(table.slice(128 * 4, 129 * 4)),
    );
    expect(Array.from(pixels.slice(8, 12))).toEqual(
      Array.from(table.slice(255 * 4, 256 * 4)),
    );
    expect(pixels[11]).toBe(255);
  });

  it('rejects an unknown palette', () => {
    expect(() => paletteTable('rainbow' as 'turbo')).toThrow(
      /Unknown heatmap palette "rainbow"/,
    );
  });
});
