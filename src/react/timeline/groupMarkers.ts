import type { TimelineMarker } from '../../insights';
import { outranks } from './markerKinds';

/** One marker, or several close together, as drawn on the timeline. */
export interface MarkerCluster {
  /** The first marker's id: stable while the markers stay together. */
  key: string;
  /** Markers in time order; one for a lone marker. */
  markers: readonly TimelineMarker[];
  /** The marker whose look the cluster takes: the most severe one. */
  lead: TimelineMarker;
  /** Horizontal position of the cluster, 0 to 1 of the track width. */
  position: number;
}

/**
 * Merges markers into clusters until no two clusters are drawn less than
 * `distance` px apart on a track `width` px wide. A cluster is drawn
 * midway between its first and last marker. Without a known width (0,
 * as before layout) every marker stays on its own.
 */
export function groupMarkers(
  markers: readonly TimelineMarker[],
  duration: number,
  width: number,
  distance: number,
): MarkerCluster[] {
  const fractionOf = (time: number): number =>
    duration > 0 ? Math.min(Math.max(time / duration, 0), 1) : 0;
  let runs = [...markers]
    .sort((a, b) => a.time - b.time)
    .map((marker) => [marker]);

  // Each pass merges neighbours that are too close. A merge moves the
  // cluster's midpoint towards its left neighbour, so passes repeat until
  // one changes nothing; each pass removes at least one cluster.
  let merged = width > 0;
  while (merged) {
    merged = false;
    const next: TimelineMarker[][] = [];
    for (const run of runs) {
      const previous = next.at(-1);
      const gap = previous
        ? (midpoint(run, fractionOf) - midpoint(previous, fractionOf)) * width
        : Infinity;
      if (previous && gap < distance) {
        previous.push(...run);
        merged = true;
      } else {
        next.push([...run]);
      }
    }
    runs = next;
  }
  return runs.map((run) => clusterOf(run, fractionOf));
}

function midpoint(
  run: readonly TimelineMarker[],
  fractionOf: (time: number) => number,
): number {
  const first = run[0]?.time ?? 0;
  const last = run.at(-1)?.time ?? first;
  return (fractionOf(first) + fractionOf(last)) / 2;
}

function clusterOf(
  run: TimelineMarker[],
  fractionOf: (time: number) => number,
): MarkerCluster {
  const first = run[0] as TimelineMarker;
  const lead = run.reduce((best, marker) =>
    outranks(marker, best) ? marker : best,
  );
  return {
    key: first.id,
    markers: run,
    lead,
    position: midpoint(run, fractionOf),
  };
}
