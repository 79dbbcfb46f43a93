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
 * Measures the box of each click's target at the click's time, in the
 * same order as `clicks`; undefined where the element has no box. The
 * exact measurer replays the recording in the browser
 * (`createReplayBoxMeasurer`); without one, positions are estimated.
 */
export type BoxMeasurer = (
  recording: Recording,
  clicks: readonly SessionClick[],
) => Promise<(ElementBox | undefined)[]>;
