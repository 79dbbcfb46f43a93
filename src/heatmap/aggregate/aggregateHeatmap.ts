import { isRecording } from '../../events/isRecording';
import { parseRecording } from '../../events/parseRecording';
import type { Recording, RecordingInput } from '../../events/types';
import type { DeadClickOptions } from '../../insights/deadClicks';
import type { RageClickOptions } from '../../insights/rageClicks';
import type { HeatmapData } from '../types';
import { collectSession } from './collectSession';
import type { BoxMeasurer } from './ElementBox';
import { HeatmapAggregator } from './HeatmapAggregator';
import { createUrlNormalizer } from './normalizeUrl';
import type { UrlNormalizer } from './normalizeUrl';
import { checkBreakpoints, DEFAULT_BREAKPOINTS } from './widthBucket';

/** Options of `aggregateHeatmap`; every field has a default. */
export interface AggregateOptions {
  /** Turns a recorded href into the page key of its rows. @default origin + path */
  normalizeUrl?: UrlNormalizer | undefined;
  /** Viewport width breakpoints in CSS px. @default [768, 1024, 1440] */
  breakpoints?: readonly number[] | undefined;
  /** Cell size of page-coordinate rows (moves, fallbacks), CSS px. @default 8 */
  cellSize?: number | undefined;
  /** Step of element-relative positions, a fraction of the box. @default 0.02 */
  positionStep?: number | undefined;
  /** Step of scroll depths and fold heights, CSS px. @default 50 */
  depthStep?: number | undefined;
  /** Collect pointer movement samples. @default true */
  moves?: boolean | undefined;
  rageClicks?: RageClickOptions | undefined;
  deadClicks?: DeadClickOptions | undefined;
  /**
   * Measures target boxes for exact element-relative positions. Without
   * one, element-anchored clicks sit at their element's centre.
   * @default none
   */
  measureBoxes?: BoxMeasurer | undefined;
  /** Called after each recording with the number read so far. @default none */
  onProgress?: ((recordings: number) => void) | undefined;
  /** Stops reading; the promise then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** One input: anything `parseRecording` accepts, or a parsed recording. */
export type HeatmapSource = RecordingInput | Recording;

/**
 * Aggregates recordings into heatmap rows, reading `source` one
 * recording at a time so only the current one is in memory. A recording
 * that cannot be parsed is counted in `stats.rejected` and described in
 * `errors`; the others still count.
 * @throws RangeError or SyntaxError for invalid options, before reading.
 */
export async function aggregateHeatmap(
  source: Iterable<HeatmapSource> | AsyncIterable<HeatmapSource>,
  options: AggregateOptions = {},
): Promise<HeatmapData> {
  const run = createAggregation(options);
  let position = 0;
  for await (const input of source) {
    options.signal?.throwIfAborted();
    await run.add(input, position);
    position += 1;
    options.onProgress?.(position);
  }
  return run.finish();
}

/** An aggregation fed one recording at a time, as the worker uses it. */
export interface Aggregation {
  add(input: HeatmapSource, position: number): Promise<void>;
  /** Counts a recording that could not be read at all. */
  reject(position: number, message: string): void;
  finish(): HeatmapData;
}

/** Checks the options and starts an empty aggregation. */
export function createAggregation(options: AggregateOptions = {}): Aggregation {
  const grid = {
    cellSize: positive(options.cellSize ?? 8, 'cellSize'),
    positionStep: positive(options.positionStep ?? 0.02, 'positionStep'),
    depthStep: positive(options.depthStep ?? 50, 'depthStep'),
  };
  const session = {
    pageKey: createUrlNormalizer(options.normalizeUrl),
    breakpoints: checkBreakpoints(options.breakpoints ?? DEFAULT_BREAKPOINTS),
    rageClicks: options.rageClicks,
    deadClicks: options.deadClicks,
    moves: options.moves ?? true,
  };
  const aggregator = new HeatmapAggregator(grid);
  const errors: string[] = [];
  const reject = (position: number, message: string) => {
    aggregator.stats.rejected += 1;
    errors.push(`Recording ${position}: ${message}`);
  };

  return {
    reject,
    async add(input, position) {
      let recording: Recording;
      try {
        recording = isRecording(input) ? input : parseRecording(input);
      } catch (error) {
        reject(position, (error as Error).message);
        return;
      }
      const facts = collectSession(recording, session);
      const boxes =
        options.measureBoxes && facts.clicks.length > 0
          ? await options.measureBoxes(recording, facts.clicks)
          : undefined;
      aggregator.addSession(
        facts,
        options.measureBoxes ? (boxes ?? []) : undefined,
      );
    },
    finish: () => ({
      rows: aggregator.rows(),
      stats: aggregator.stats,
      errors,
    }),
  };
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(
      `Invalid heatmap option ${name}: ${String(value)}. Use a positive number.`,
    );
  }
  return value;
}
