import { IncrementalSource } from '@rrweb/types';
import type { Recording } from '../events/types';
import { incrementalData, USER_ACTIVITY_SOURCES } from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';
import type { Resolved } from './Resolved';

/** Bucketing of the activity histogram. */
export interface ActivityOptions {
  /** Width of one bucket, in ms. @default 1000 */
  bucketSize?: number | undefined;
  /**
   * Maximum number of buckets. A longer recording gets wider buckets, in whole
   * multiples of 1000 ms, so a day-long recording stays small.
   * @default 10000
   */
  maxBuckets?: number | undefined;
}

/**
 * Event counts per time bucket, for an activity graph. Bucket `i` covers
 * playback times [i * bucketSize, (i + 1) * bucketSize).
 */
export interface ActivityHistogram {
  /** Width of one bucket, in ms. */
  bucketSize: number;
  /** User activity events (same kinds as for inactive periods). */
  interactions: number[];
  /** Mutation events. */
  mutations: number[];
}

/** Applies defaults field by field: an explicit `undefined` keeps one. */
export function resolveActivityOptions(
  options: ActivityOptions = {},
): Resolved<ActivityOptions> {
  return {
    bucketSize: options.bucketSize ?? 1000,
    maxBuckets: options.maxBuckets ?? 10000,
  };
}

/** Counts interactions and mutations per bucket of a `duration` ms span. */
export function createActivityCollector(
  duration: number,
  options?: ActivityOptions,
): Collector<ActivityHistogram> {
  const resolved = resolveActivityOptions(options);
  const bucketSize = widenBucket(duration, resolved);
  const count = Math.max(1, Math.floor(Math.max(0, duration) / bucketSize) + 1);
  const histogram: ActivityHistogram = {
    bucketSize,
    interactions: new Array<number>(count).fill(0),
    mutations: new Array<number>(count).fill(0),
  };

  return {
    visit(event, { time }) {
      const data = incrementalData(event);
      if (!data) return;
      const bucket = Math.min(
        count - 1,
        Math.max(0, Math.floor(time / bucketSize)),
      );

      if (data.source === IncrementalSource.Mutation) {
        histogram.mutations[bucket] = (histogram.mutations[bucket] ?? 0) + 1;
      } else if (USER_ACTIVITY_SOURCES.has(data.source as number)) {
        histogram.interactions[bucket] =
          (histogram.interactions[bucket] ?? 0) + 1;
      }
    },
    finish: () => histogram,
  };
}

/** Builds the activity histogram of `recording`. */
export function findActivity(
  recording: Recording,
  options?: ActivityOptions,
): ActivityHistogram {
  return collect(
    recording,
    createActivityCollector(recording.duration, options),
  );
}

function widenBucket(
  duration: number,
  { bucketSize, maxBuckets }: Resolved<ActivityOptions>,
): number {
  const size = bucketSize > 0 ? bucketSize : 1000;
  if (Math.floor(duration / size) + 1 <= maxBuckets) return size;
  if (maxBuckets < 2) return Math.floor(duration) + 1;
  return Math.ceil(duration / (maxBuckets - 1) / 1000) * 1000;
}
