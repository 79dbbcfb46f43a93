import type { Recording } from '../../events/types';
import type { SessionClick } from './collectSession';

/** An element's border box in page coordinates, CSS px. */
export interface ElementBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Returns `element`'s border box plus its document's scroll, in page
 * coordinates, or undefined when it has no size (hidden).
 */
export function pageBox(element: Element): ElementBox | undefined {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return undefined;
  const view = element.ownerDocument.defaultView;
  return {
    left: rect.left + (view?.scrollX ?? 0),
    top: rect.top + (view?.scrollY ?? 0),
    width: rect.width,
    height: rect.height,
  };
}

/**
 * Measures the box of each click's target at the click's time, in the
 * same order as `clicks`; undefined where the element has no box. The
 * exact measurer replays the recording in the browser
 * (`createReplayBoxMeasurer`); without one, positions are estimated.
 */
export type BoxMeasurer = (
  recording: Recording,
  clicks: readonly SessionClick[],
) => Promise<(ElementBox | undefined)[]>;
