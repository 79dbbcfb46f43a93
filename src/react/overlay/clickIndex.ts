import type { RecordingInsights } from '../../insights';
import { timesOf } from '../panels/timeIndex';

/** A click with a recorded position, in recorded page px. */
export interface PlacedClick {
  id: string;
  /** Playback time, in ms. */
  time: number;
  x: number;
  y: number;
}

/** One rage click burst and where each of its clicks landed. */
export interface PlacedRage {
  id: string;
  /** Playback times of the first and the last click, in ms. */
  time: number;
  endTime: number;
  count: number;
  /** The burst's clicks that have a position, in time order. */
  steps: PlacedClick[];
  stepTimes: Float64Array;
}

/**
 * Clicks and rage clicks sorted by time, with typed arrays of their
 * times, built once per recording so the overlay binary-searches them
 * on each tick instead of scanning the insights.
 */
export interface ClickIndex {
  clicks: PlacedClick[];
  clickTimes: Float64Array;
  rages: PlacedRage[];
  rageTimes: Float64Array;
}

export function indexClicks(insights: RecordingInsights | null): ClickIndex {
  const clicks = placed(insights?.clicks ?? []);
  const rages = (insights?.rageClicks ?? [])
    .map((rage): PlacedRage => {
      const steps = placed(
        rage.reason.clicks.map(({ clickId, time, x, y }) => ({
          id: clickId,
          time,
          x,
          y,
        })),
      );
      const { id, time, endTime, count } = rage;
      return { id, time, endTime, count, steps, stepTimes: timesOf(steps) };
    })
    .sort((a, b) => a.time - b.time);

  return {
    clicks,
    clickTimes: timesOf(clicks),
    rages,
    rageTimes: timesOf(rages),
  };
}

interface MaybePlaced {
  id: string;
  time: number;
  x: number | undefined;
  y: number | undefined;
}

/** Keeps the items with a position, sorted by time. */
function placed(items: readonly MaybePlaced[]): PlacedClick[] {
  const result: PlacedClick[] = [];
  for (const { id, time, x, y } of items) {
    if (x !== undefined && y !== undefined) result.push({ id, time, x, y });
  }
  return result.sort((a, b) => a.time - b.time);
}
