import type { AggregateOptions } from '../aggregate/aggregateHeatmap';
import type { UrlNormalization } from '../aggregate/normalizeUrl';
import type { HeatmapData } from '../types';

/**
 * Aggregation options that can cross into a worker: no functions, so
 * the URL normalizer is the declarative form and boxes are not measured.
 */
export type WorkerAggregateOptions = Omit<
  AggregateOptions,
  'normalizeUrl' | 'measureBoxes' | 'onProgress' | 'signal'
> & { normalizeUrl?: UrlNormalization | undefined };

/**
 * A recording for the worker: JSON text, UTF-8 JSON bytes (transferred,
 * not copied), a URL the worker fetches itself, or events (copied by
 * structured clone on the sending thread, the slowest choice).
 */
export type WorkerRecording = string | ArrayBuffer | { url: string } | unknown;

export type ToWorker =
  | { type: 'start'; options: WorkerAggregateOptions }
  | { type: 'recording'; position: number; input: WorkerRecording }
  | { type: 'finish' };

export type FromWorker =
  | { type: 'ack'; position: number }
  | { type: 'done'; data: HeatmapData }
  | { type: 'error'; message: string };
