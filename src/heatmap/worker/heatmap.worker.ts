/// <reference lib="webworker" />
import { createAggregation } from '../aggregate/aggregateHeatmap';
import type { Aggregation } from '../aggregate/aggregateHeatmap';
import { isPlainObject } from '../../events/isPlainObject';
import type { FromWorker, ToWorker, WorkerRecording } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let aggregation: Aggregation | null = null;
let queue: Promise<void> = Promise.resolve();

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = (message: MessageEvent<ToWorker>) => {
  const data = message.data;
  // Recordings are read strictly in order, one at a time.
  queue = queue
    .then(() => handle(data))
    .catch((error: unknown) => {
      post({
        type: 'error',
        message: (error as Error).message ?? String(error),
      });
    });
};

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'start') {
    aggregation = createAggregation(message.options);
    return;
  }
  if (!aggregation)
    throw new Error('The heatmap worker got data before start.');

  if (message.type === 'recording') {
    const { position } = message;
    let input: unknown;
    try {
      input = await readInput(message.input);
    } catch (error) {
      aggregation.reject(position, (error as Error).message);
      post({ type: 'ack', position });
      return;
    }
    await aggregation.add(input, position);
    post({ type: 'ack', position: message.position });
  } else {
    post({ type: 'done', data: aggregation.finish() });
    aggregation = null;
  }
}

/** Turns what was sent into something `parseRecording` accepts. */
async function readInput(input: WorkerRecording): Promise<unknown> {
  if (input instanceof ArrayBuffer) {
    return new TextDecoder().decode(input);
  }
  if (
    isPlainObject(input) &&
    typeof input.url === 'string' &&
    !('events' in input)
  ) {
    const response = await fetch(input.url);
    if (!response.ok) {
      throw new Error(`Fetching ${input.url} failed: HTTP ${response.status}.`);
    }
    return response.text();
  }
  return input;
}
