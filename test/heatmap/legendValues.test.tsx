import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { legendStops } from '../../src/heatmap/render/legend';
import {
  computeHeatmap,
  measurePeak,
} from '../../src/heatmap/render/renderHeatmap';
import type { HeatmapRendering } from '../../src/heatmap/render/renderHeatmap';
import { HeatmapContext } from '../../src/react/heatmap/HeatmapContext';
import type { HeatmapView } from '../../src/react/heatmap/HeatmapContext';
import { HeatmapLegend } from '../../src/react/heatmap/HeatmapLegend';
import { UnlocatedNote } from '../../src/react/heatmap/UnlocatedNote';

/** Value of the legend's top tick, in the unit it names. */
function legendTop(rendering: HeatmapRendering): number {
  const stops = legendStops(rendering.scale, rendering.palette);
  return stops[stops.length - 1]!.value * rendering.unit;
}

/** Twelve clicks in a 4 px burst, as a rage click on one tile. */
const BURST = {
  xs: [50, 51, 52, 53, 50, 51, 52, 53, 50, 51, 52, 53],
  ys: [60, 60, 60, 60, 61, 61, 61, 61, 62, 62, 62, 62],
};

function view(
  rendering: HeatmapRendering | null,
  extra: Partial<HeatmapView> = {},
): HeatmapView {
  return {
    mode: 'rage',
    page: '/',
    bucket: 'all',
    rows: [],
    palette: 'turbo',
    rendering,
    elements: [],
    unlocated: 0,
    depth: null,
    canvas: null,
    highlight: null,
    setHighlight: () => {},
    ...extra,
  };
}

describe('legend values per 2 x radius square', () => {
  it('tops out at the points in the busiest square, not above', () => {
    const rendering = computeHeatmap(
      BURST,
      { width: 200, height: 200 },
      { radius: 20 },
    );

    expect(rendering.peak.count).toBe(12);
    expect(legendTop(rendering)).toBeCloseTo(12, 5);
  });

  it('reads 1 for points far apart, whatever the blur', () => {
    for (const blur of [0, 0.5, 0.85, 1]) {
      const rendering = computeHeatmap(
        { xs: [20, 100, 180], ys: [20, 100, 180] },
        { width: 200, height: 200 },
        { radius: 20, blur },
      );
      expect(legendTop(rendering)).toBeCloseTo(1, 5);
    }
  });

  it('counts weights within the square, as the hover read-out does', () => {
    const points = { xs: [30, 45, 160], ys: [30, 40, 160], weights: [5, 2, 3] };
    const rendering = computeHeatmap(
      points,
      { width: 200, height: 200 },
      { radius: 20 },
    );

    expect(legendTop(rendering)).toBeCloseTo(7, 5);
    expect(rendering.grid.sumNear(38, 35, 20)).toBe(7);
  });

  it('keeps the page scale for a view with no points in it', () => {
    const peak = measurePeak(BURST, { radius: 20 });
    const rendering = computeHeatmap(
      BURST,
      { width: 200, height: 40 },
      { radius: 20, origin: { x: 0, y: 0 }, peak },
    );

    expect(rendering.below).toBe(12);
    expect(rendering.above).toBe(0);
    expect(legendTop(rendering)).toBeCloseTo(12, 5);
  });
});

describe('HeatmapLegend', () => {
  it('names the points below the view and keeps non-zero ticks', () => {
    const peak = measurePeak(BURST, { radius: 20 });
    const rendering = computeHeatmap(
      BURST,
      { width: 200, height: 40 },
      { radius: 20, peak },
    );
    render(
      <HeatmapContext.Provider value={view(rendering)}>
        <HeatmapLegend />
      </HeatmapContext.Provider>,
    );

    const legend = screen.getByRole('figure');
    expect(legend).toHaveTextContent(
      '12 rage clicks below the visible area: scroll to see them',
    );
    expect(legend).toHaveTextContent('rage clicks per 40 px square');
    expect(legend).toHaveTextContent('12.0');
    expect(legend).not.toHaveTextContent('0.0 0.0');
  });

  it('names the points above a view scrolled past them', () => {
    const rendering = computeHeatmap(
      BURST,
      { width: 200, height: 40 },
      { radius: 20, origin: { x: 0, y: 100 }, peak: measurePeak(BURST) },
    );
    render(
      <HeatmapContext.Provider value={view(rendering)}>
        <HeatmapLegend />
      </HeatmapContext.Provider>,
    );

    expect(screen.getByRole('figure')).toHaveTextContent(
      '12 rage clicks above the visible area: scroll to see them',
    );
  });
});

describe('UnlocatedNote', () => {
  it('says how many points have no element in the frame', () => {
    render(
      <HeatmapContext.Provider value={view(null, { unlocated: 53 })}>
        <UnlocatedNote />
      </HeatmapContext.Provider>,
    );

    expect(screen.getByRole('note')).toHaveTextContent(
      '53 of the points shown are on elements this frame does not have.',
    );
  });

  it('renders nothing when every point has its element', () => {
    render(
      <HeatmapContext.Provider value={view(null)}>
        <UnlocatedNote />
      </HeatmapContext.Provider>,
    );

    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('measurePeak', () => {
  it('bounds its grid for points far apart', () => {
    const peak = measurePeak(
      { xs: [10, 12, 10], ys: [10, 10, 1e9] },
      { radius: 20 },
    );

    expect(peak.count).toBe(2);
  });

  it('reads zero for no points', () => {
    expect(measurePeak({ xs: [], ys: [] })).toEqual({ density: 0, count: 0 });
  });

  it('skips points without a position', () => {
    const peak = measurePeak({ xs: [10, Number.NaN, 11], ys: [10, 5, 10] });

    expect(peak.count).toBe(2);
  });
});
