import type { HeatmapData } from '../types';
import type {
  FromWorker,
  ToWorker,
  WorkerAggregateOptions,
  WorkerRecording,
} from './protocol';

/** Options of `aggregateInWorker`. */
export interface WorkerOptions extends WorkerAggregateOptions {
  /**
   * Makes the worker. @default the bundled `heatmap.worker.ts` as a module
   * worker (bundlers such as Vite resolve the `new URL(...)` pattern)
   */
  createWorker?: (() => Worker) | undefined;
  /** Recordings sent ahead of the one being read. @default 2 */
  maxInFlight?: number | undefined;
  /** Called with the number of recordings read so far. @default none */
  onProgress?: ((recordings: number) => void) | undefined;
  /** Stops the run and terminates the worker. */
  signal?: AbortSignal | undefined;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./heatmap.worker.ts', import.meta.url), {
    type: 'module',
    name: 'reprise-heatmap',
  });
}

/**
 * Aggregates recordings in a Web Worker, so parsing and walking them
 * never run on the calling thread. `source` is read lazily and at most
 * `maxInFlight` recordings wait in the worker, so a source of 10,000
 * sessions never sits in memory at once. ArrayBuffers are transferred;
 * strings and event arrays are copied. Boxes are not measured in a
 * worker: element-anchored clicks sit at their element's centre.
 * @throws Error when the worker fails; the worker is then terminated.
 */
export async function aggregateInWorker(
  source: Iterable<WorkerRecording> | AsyncIterable<WorkerRecording>,
  options: WorkerOptions = {},
): Promise<HeatmapData> {
  const {
    createWorker = defaultWorker,
    maxInFlight = 2,
    onProgress,
    signal,
    ...rest
  } = options;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
    throw new RangeError(
      `Invalid maxInFlight ${String(maxInFlight)}: use an integer of 1 or more.`,
    );
  }
  signal?.throwIfAborted();
  const worker = createWorker();
  const channel = openChannel(worker, signal);
  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);

  try {
    send({ type: 'start', options: rest });
    let sent = 0;
    for await (const input of source) {
      while (sent - channel.acked >= maxInFlight) await channel.nextAck();
      send(
        { type: 'recording', position: sent, input },
        input instanceof ArrayBuffer ? [input] : [],
      );
      sent += 1;
      onProgress?.(channel.acked);
    }
    send({ type: 'finish' });
    const data = await channel.done;
    onProgress?.(channel.acked);
    return data;
  } finally {
    worker.terminate();
  }
}

/** Tracks acknowledgements and the final result of one worker. */
function openChannel(worker: Worker, signal: AbortSignal | undefined) {
  let fail: (error: Error) => void = () => undefined;
  let finish: (data: HeatmapData) => void = () => undefined;
  let wake: () => void = () => undefined;
  const done = new Promise<HeatmapData>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  // Keeps a rejection of `done` from being unhandled while still sending.
  done.catch(() => undefined);
  const channel = {
    acked: 0,
    done,
    nextAck: () =>
      Promise.race([
        new Promise<void>((resolve) => (wake = resolve)),
        done.then(() => undefined),
      ]),
  };

  worker.onmessage = (message: MessageEvent<FromWorker>) => {
    const data = message.data;
    if (data.type === 'ack') {
      channel.acked = data.position + 1;
      wake();
    } else if (data.type === 'done') finish(data.data);
    else fail(new Error(`The heatmap worker failed: ${data.message}`));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(
      new Error(
        `The heatmap worker failed to run: ${event.message || 'no message'}.`,
      ),
    );
  };
  signal?.addEventListener('abort', () => fail(signal.reason as Error), {
    once: true,
  });
  return channel;
}
