import { flip, offset, shift, useFloating } from '@floating-ui/react';
import { useState } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import { elementsAt } from '../../heatmap/rows/placeRows';
import type { PlacedRows } from '../../heatmap/rows/placeRows';
import type { HeatmapRendering } from '../../heatmap/render/renderHeatmap';
import type { ScrollDepth } from '../../heatmap/rows/scrollDepth';
import type { HeatmapMode } from './HeatmapContext';
import { MODE_NOUNS } from './modeNames';
import type { HeatmapFrame } from './useHeatmapFrame';

/** Elements listed under the pointer at most. */
const MAX_ELEMENTS = 3;

interface HoverPoint {
  clientX: number;
  clientY: number;
  /** Point in the frame's viewport, CSS px of the recorded page. */
  x: number;
  y: number;
}

/**
 * Shows, next to the pointer, the value under it (points within the
 * radius, counted without blur as the legend counts, or the share of sessions that reached that depth) and the
 * busiest elements whose box contains it.
 */
export function useHeatmapHover(settings: {
  frame: HeatmapFrame | null;
  mode: HeatmapMode;
  scrollY: number;
  rendering: HeatmapRendering | null;
  placed: PlacedRows | null;
  depth: ScrollDepth | null;
  depthStep: number;
}) {
  const [point, setPoint] = useState<HoverPoint | null>(null);
  const { refs, floatingStyles } = useFloating({
    open: point !== null,
    placement: 'right-start',
    strategy: 'fixed',
    middleware: [offset(12), flip(), shift({ padding: 4 })],
  });
  const { frame } = settings;
  const { setFloating, setPositionReference } = refs;

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    if (!frame) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const { clientX, clientY } = event;
    setPositionReference({
      getBoundingClientRect: () => new DOMRect(clientX, clientY, 0, 0),
    });
    setPoint({
      clientX,
      clientY,
      x: (clientX - rect.left) / frame.scale,
      y: (clientY - rect.top) / frame.scale,
    });
  };
  const onPointerLeave = () => setPoint(null);

  const lines = point ? describePoint(point, settings) : null;
  const tooltip: ReactNode = lines && (
    <div
      ref={setFloating}
      role="tooltip"
      className="reprise-heatmap__tooltip"
      style={floatingStyles}
    >
      {lines.map((line, index) => (
        <div
          key={index}
          className={index === 0 ? 'reprise-heatmap__tooltip-value' : undefined}
        >
          {line}
        </div>
      ))}
    </div>
  );
  return { onPointerMove, onPointerLeave, tooltip };
}

function describePoint(
  point: HoverPoint,
  settings: Parameters<typeof useHeatmapHover>[0],
): string[] {
  const { mode, scrollY, rendering, placed, depth, depthStep } = settings;
  const pageY = point.y + scrollY;

  if (mode === 'scroll') {
    if (!depth || depth.sessions === 0) return ['No sessions on this page.'];
    const band = depth.shares[Math.floor(pageY / depthStep)];
    const share = band?.share ?? 0;
    return [
      `${Math.round(share * 100)}% of ${depth.sessions} sessions reached ${Math.round(pageY)} px`,
      `Average fold: ${Math.round(depth.averageFold)} px`,
    ];
  }
  if (!rendering) return [];
  const count = Math.round(
    rendering.grid.sumNear(point.x, point.y, rendering.radius),
  );
  // The first line counts a square around the pointer, and each element
  // line counts a whole box. Each line names its area, so both read as
  // true over a large element whose points are away from the pointer.
  const noun = MODE_NOUNS[mode];
  const lines = [
    `${count} ${noun} within ${rendering.radius} px of the pointer`,
  ];
  for (const element of elementsAt(
    placed?.elements ?? [],
    point.x,
    pageY,
  ).slice(0, MAX_ELEMENTS)) {
    lines.push(`${element.selector}: ${element.count} ${noun} on the element`);
  }
  return lines;
}
