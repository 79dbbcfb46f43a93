import { parseRecording } from '../../src/events/parseRecording';
import type { Recording } from '../../src/events/types';
import { aggregateHeatmap } from '../../src/heatmap/aggregate/aggregateHeatmap';
import type { AggregateOptions } from '../../src/heatmap/aggregate/aggregateHeatmap';
import { createReplayBoxMeasurer } from '../../src/heatmap/aggregate/createReplayBoxMeasurer';
import type { HeatmapData } from '../../src/heatmap/types';
import { fetchRecording } from '../recordings';
import type { RecordingName } from '../recordings';

/** Data a heatmap story's loader provides. */
export interface HeatmapStoryData {
  data: HeatmapData;
  background: Recording;
}

const cache = new Map<string, Promise<HeatmapStoryData>>();

/**
 * Loads recordings, aggregates them with boxes measured by replaying
 * each one, and parses `background`. Results are kept per name list, so
 * switching between stories of the same sessions does not redo the work.
 */
export function heatmapLoader(
  names: readonly RecordingName[],
  background: RecordingName,
  options: Omit<AggregateOptions, 'measureBoxes'> = {},
) {
  const key = JSON.stringify([names, background, options]);
  return async () => {
    let loaded = cache.get(key);
    if (!loaded) {
      loaded = load(names, background, options);
      cache.set(key, loaded);
    }
    return { heatmap: await loaded };
  };
}

async function load(
  names: readonly RecordingName[],
  background: RecordingName,
  options: Omit<AggregateOptions, 'measureBoxes'>,
): Promise<HeatmapStoryData> {
  async function* recordings() {
    for (const name of names) yield await fetchRecording(name);
  }
  const data = await aggregateHeatmap(recordings(), {
    ...options,
    measureBoxes: createReplayBoxMeasurer(),
  });
  return { data, background: parseRecording(await fetchRecording(background)) };
}
