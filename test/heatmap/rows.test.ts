import { describe, expect, it } from 'vitest';
import { placeRows } from '../../src/heatmap/rows/placeRows';
import { scrollDepth } from '../../src/heatmap/rows/scrollDepth';
import { topElements } from '../../src/heatmap/rows/topElements';
import type { HeatmapRow } from '../../src/heatmap/types';

const row = (overrides: Partial<HeatmapRow>): HeatmapRow => ({
  kind: 'click',
  page: '/',
  bucket: '1024-1439',
  selector: '',
  x: 0,
  y: 0,
  count: 1,
  ...overrides,
});

describe('placeRows', () => {
  it('places element rows inside their box and page rows as they are', () => {
    const boxes = { '#a': { left: 100, top: 50, width: 200, height: 20 } };
    const placed = placeRows(
      [
        row({ selector: '#a', x: 0.25, y: 0.5, count: 3 }),
        row({ x: 7, y: 9 }),
        row({ selector: '#gone', count: 4 }),
      ],
      (selector) => boxes[selector as '#a'],
    );

    expect(Array.from(placed.xs)).toEqual([150, 7]);
    expect(Array.from(placed.ys)).toEqual([60, 9]);
    expect(Array.from(placed.weights)).toEqual([3, 1]);
    expect(placed.unlocated).toBe(4);
    expect(placed.elements).toEqual([
      { selector: '#a', box: boxes['#a'], count: 3 },
    ]);
  });
});

describe('topElements', () => {
  it('ranks selectors and shares of all points', () => {
    const top = topElements([
      row({ selector: '#a', count: 2 }),
      row({ selector: '#b', x: 0.2, count: 5 }),
      row({ selector: '#a', x: 0.9, count: 2 }),
      row({ count: 1 }),
    ]);

    expect(top).toEqual([
      { selector: '#b', count: 5, share: 0.5 },
      { selector: '#a', count: 4, share: 0.4 },
    ]);
  });
});

describe('scrollDepth', () => {
  it('gives the share of sessions reaching each depth and the mean fold', () => {
    const depth = scrollDepth(
      [
        row({ kind: 'scroll', y: 100, count: 1 }),
        row({ kind: 'scroll', y: 200, count: 3 }),
        row({ kind: 'fold', y: 100, count: 2 }),
        row({ kind: 'fold', y: 200, count: 2 }),
        row({ kind: 'click', y: 5000 }),
      ],
      100,
    );

    expect(depth.sessions).toBe(4);
    expect(depth.averageFold).toBe(150);
    expect(depth.shares).toEqual([
      { depth: 0, share: 1 },
      { depth: 100, share: 1 },
      { depth: 200, share: 0.75 },
    ]);
  });
});
