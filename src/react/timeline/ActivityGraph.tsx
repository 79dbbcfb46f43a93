import { memo, useMemo } from 'react';
import type { ActivityHistogram } from '../../insights';

/** Columns drawn at most; more buckets are merged by their maximum. */
const MAX_COLUMNS = 400;
/** Width and height of the drawing's coordinate space. */
const VIEW_WIDTH = 1000;
const VIEW_HEIGHT = 100;

export interface ActivityGraphProps {
  activity: ActivityHistogram;
  /** Recording length in ms; the graph spans 0 to this. */
  duration: number;
}

/**
 * Draws interactions and mutations per time bucket as two step areas
 * behind the track. Each series is scaled to its own maximum, by square
 * root, so a burst of thousands of mutations does not flatten the
 * seconds around it: the graph shows where something happens, not how
 * much. It is decoration and hidden from assistive technology.
 */
export const ActivityGraph = memo(function ActivityGraph({
  activity,
  duration,
}: ActivityGraphProps) {
  const paths = useMemo(
    () => ({
      mutations: areaPath(activity.mutations, activity.bucketSize, duration),
      interactions: areaPath(
        activity.interactions,
        activity.bucketSize,
        duration,
      ),
    }),
    [activity, duration],
  );

  return (
    <svg
      className="reprise-timeline__activity"
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <path className="reprise-timeline__mutations" d={paths.mutations} />
      <path className="reprise-timeline__interactions" d={paths.interactions} />
    </svg>
  );
});

/** Builds a closed step-area path of `counts`; empty when all are 0. */
export function areaPath(
  counts: readonly number[],
  bucketSize: number,
  duration: number,
): string {
  const perColumn = Math.max(1, Math.ceil(counts.length / MAX_COLUMNS));
  const columns: number[] = [];
  for (let start = 0; start < counts.length; start += perColumn) {
    columns.push(Math.max(0, ...counts.slice(start, start + perColumn)));
  }
  const max = Math.max(0, ...columns);
  if (max === 0 || duration <= 0) return '';

  const xOf = (bucket: number): number =>
    round(Math.min((bucket * bucketSize) / duration, 1) * VIEW_WIDTH);
  const steps = columns.map((count, column) => {
    const y = round(VIEW_HEIGHT * (1 - Math.sqrt(count / max)));
    const left = xOf(column * perColumn);
    const right = xOf((column + 1) * perColumn);
    return `L${left} ${y}L${right} ${y}`;
  });
  return `M0 ${VIEW_HEIGHT}${steps.join('')}L${VIEW_WIDTH} ${VIEW_HEIGHT}Z`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
